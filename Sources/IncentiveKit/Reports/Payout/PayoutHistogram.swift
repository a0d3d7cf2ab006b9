/// Payouts counted into equal bins whose edges are whole currency units (1, 2 or 5 × a power
/// of ten), so the histogram's axis labels are exact amounts rather than rounded floats.
struct PayoutHistogram: Sendable, Equatable {
  /// Lower edge of the first bin, in minor units.
  var start: Int64
  /// Width of every bin, in minor units; a multiple of one currency unit.
  var width: Int64
  /// Engineers per bin; bin `i` holds amounts in `[start + i·width, start + (i+1)·width)`.
  var counts: [Int]

  /// - Parameters:
  ///   - amounts: the payouts.
  ///   - minorDigits: the currency's minor digits (2 for USD), so edges fall on whole units.
  ///   - targetBins: about how many bins to aim for; the nice width may give a few more.
  init(amounts: [Money], minorDigits: Int, targetBins: Int = 10) {
    let unit = Int64(pow10(minorDigits))
    let low = min(amounts.map(\.minorUnits).min() ?? 0, 0)
    let high = max(amounts.map(\.minorUnits).max() ?? 0, low)
    start = Self.floor(low, to: unit)
    let needed = max((high - start + Int64(targetBins) - 1) / Int64(targetBins), unit)
    var width = unit
    var scale: Int64 = 1
    search: while true {
      for step: Int64 in [1, 2, 5] {
        width = unit * step * scale
        if width >= needed { break search }
      }
      scale *= 10
    }
    self.width = width
    var counts = [Int](repeating: 0, count: Int((high - start) / width) + 1)
    for amount in amounts { counts[Int((amount.minorUnits - start) / width)] += 1 }
    self.counts = counts
  }

  /// The lower edge of bin `index` (and, for `counts.count`, the upper edge of the last).
  func edge(_ index: Int) -> Money { Money(minorUnits: start + Int64(index) * width) }

  /// Rounds towards negative infinity to a multiple of `unit`.
  private static func floor(_ value: Int64, to unit: Int64) -> Int64 {
    value >= 0 ? value / unit * unit : -((-value + unit - 1) / unit * unit)
  }
}
