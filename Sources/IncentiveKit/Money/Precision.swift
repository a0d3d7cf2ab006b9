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
}
