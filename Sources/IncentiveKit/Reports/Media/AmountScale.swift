/// A bar chart's scale in money: from zero to a round amount at or above the highest bar, with
/// four or five round ticks (1, 2 or 5 × a power of ten, in whole currency units), so bars are
/// read against an axis instead of against each other.
struct AmountScale {
  /// The amount at the right end of the axis, in minor units; at least 1.
  let top: Int64
  /// Tick amounts from zero to `top`.
  let ticks: [Money]

  init(highest: Money) {
    let high = max(highest.minorUnits, 1)
    var step: Int64 = 1
    search: while true {
      for factor: Int64 in [1, 2, 5] where high <= step * factor * 5 {
        step *= factor
        break search
      }
      step *= 10
    }
    let count = (high + step - 1) / step
    top = count * step
    ticks = (0...count).map { Money(minorUnits: $0 * step) }
  }

  /// Where `amount` falls between zero (0) and the top (1).
  func fraction(_ amount: Money) -> Double { Double(amount.minorUnits) / Double(top) }
}
