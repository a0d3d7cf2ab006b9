/// The bonus at multiplier 1.0 for the period, computed exactly and rounded half-even to minor
/// units once. The plan's `ProrationMethod` says how the employed days enter:
/// `period_ratio` is `base × pct / 100 × period days / days in the year × proration` (proration
/// already rounded to 4 decimals); `days` is `base × pct / 100 × days employed / days in the year`.
struct TargetBonus: Sendable {
  var amount: Money
  /// The unrounded value in minor units, for `explain`.
  var exact: Ratio
  var method: ProrationMethod

  init(
    base: Money, percent: FixedDecimal, period: Period, proration: Proration, method: ProrationMethod = .periodRatio
  ) {
    let numerator: Int128
    let denominator: Int128
    switch method {
    case .periodRatio:
      numerator = Int128(base.minorUnits) * percent.units * Int128(period.days) * proration.factor.units
      denominator = 100 * pow10(percent.scale) * Int128(period.daysInStartYear) * pow10(proration.factor.scale)
    case .days:
      numerator = Int128(base.minorUnits) * percent.units * Int128(proration.employedDays)
      denominator = 100 * pow10(percent.scale) * Int128(period.daysInStartYear)
    }
    self.method = method
    exact = Ratio(numerator, denominator)
    amount = Money(minorUnits: Int64(RoundingRule.halfEven.divide(numerator, by: denominator)))
  }
}
