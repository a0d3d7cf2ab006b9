@_spi(Synthetic) import IncentiveKit

/// The distributions a synthetic dataset draws from, in integer arithmetic only so the same seed gives the same
/// bytes on every machine (no `Double`, whose `exp` and `log` may differ between C libraries).
extension SeededGenerator {
  /// A uniform integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(uniform(below: UInt64(range.upperBound - range.lowerBound + 1)))
  }

  /// True `percent` times in a hundred.
  mutating func chance(_ percent: Int) -> Bool {
    uniform(below: 100) < UInt64(percent)
  }

  /// A positive value with a log-normal-like shape around `median`: a uniform draw between half and one and a half
  /// times the median, doubled or halved a geometric number of times (each further step half as likely, at most
  /// `maxDoublings`), so most values sit near the median and a few lie orders of magnitude above it, as lead and
  /// restore times do.
  mutating func heavyTailed(median: Int, maxDoublings: Int = 8) -> Int {
    var value = median / 2 + Int(uniform(below: UInt64(max(median, 1))))
    let bits = next()
    // Trailing ones of a random word are geometric: P(k) = 2^-(k+1).
    let steps = min((~bits).trailingZeroBitCount, maxDoublings)
    if bits >> 63 == 0 {
      value <<= steps
    } else {
      value >>= min(steps, 2)
    }
    return max(value, 1)
  }
}
