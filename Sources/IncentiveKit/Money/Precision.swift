/// The fixed precisions of the payout arithmetic (docs/calculation.md, "Rounding"). Each
/// rounding in the engine names the rule it follows, so a reader can find every place where
/// digits are dropped by searching for these names. Money is rounded to the currency's own
/// minor units (`Currency.minorDigits`), never to a number written here.
enum Precision {
  /// Metric values: fixed once from the exact ratio that defines them, half-even, so two
  /// implementations feed the same number into a curve.
  static let metricValue = 6
  /// Component multipliers (after curve, guards, blend and eligibility), half-even.
  static let componentMultiplier = 4
  /// The share of the period a person was employed, half-even.
  static let proration = 4
  /// The multiplier shown for a payout set by an approved amount: amount / target, so that
  /// target × multiplier rounds back to the amount.
  static let amountMultiplier = 10

  /// `amountMultiplier`, or more for a target of 10^10 minor units or more (100,000,000.00, a year's bonus in
  /// rupiah): rounded to `s` decimals the multiplier is off by at most 0.5 × 10^-s, which moves target × multiplier
  /// by less than half a minor unit only while the target is below 10^s minor units. At 10 decimals a target of
  /// 100,821,917,808.22 with an amount of 12,345.67 gave back 12,350.68.
  static func amountMultiplier(forTarget minorUnits: Int64) -> Int {
    var scale = amountMultiplier
    var bound: Int128 = 10_000_000_000
    while Int128(minorUnits.magnitude) >= bound {
      scale += 1
      bound *= 10
    }
    return scale
  }
}
