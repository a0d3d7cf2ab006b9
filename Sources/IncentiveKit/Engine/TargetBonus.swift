/// The bonus at multiplier 1.0 for the period: `base × pct / 100 × period days / days in
/// the year × proration`, computed exactly and rounded half-even to minor units once.
struct TargetBonus: Sendable {
  var amount: Money
  /// The unrounded value, for `explain`.
  var exact: Ratio

  init(base: Money, percent: FixedDecimal, period: Period, proration: Proration, currency: Currency) {
    let numerator = Int128(base.minorUnits) * percent.units * Int128(period.days) * proration.factor.units
    let denominator = 100 * pow10(percent.scale) * Int128(period.daysInStartYear) * pow10(proration.factor.scale)
    exact = Ratio(numerator, denominator)
    amount = Money(minorUnits: Int64(RoundingRule.halfEven.divide(numerator, by: denominator)))
  }
}
