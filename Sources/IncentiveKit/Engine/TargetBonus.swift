/// The bonus at multiplier 1.0 for the period, computed exactly and rounded half-even to minor
/// units once. The plan's `ProrationMethod` says how the employed days enter:
/// `period_ratio` is `base × pct / 100 × period days / days in the year × proration` (proration
/// already rounded to 4 decimals); `days` is `base × pct / 100 × days employed / days in the year`.
struct TargetBonus: Sendable {
  var amount: Money
  /// The unrounded value in minor units, for `explain`.
  var exact: Ratio
  var method: ProrationMethod

  /// - Throws: `CalculationError.amountOutOfRange` naming `engineer` when the exact target (a base near 10^15
  ///   times a percentage near 1000 over a period of years) leaves `Int128` even in lowest terms, or the rounded
  ///   one leaves `Int64`: the message a payout too large gives, never a trap.
  init(
    engineer: String, base: Money, percent: FixedDecimal, period: Period, proration: Proration,
    method: ProrationMethod = .periodRatio
  ) throws(CalculationError) {
    let exact: Ratio
    if let direct = Self.exact(base: base, percent: percent, period: period, proration: proration, method: method) {
      exact = direct
    } else {
      // Only a product past Int128 comes here, so the usual ratio (and `explain`'s digits) stays as it was.
      // Trailing zeros carry no value but cost digits: `1000.000000000000` (12 decimals) took a 15-digit salary's
      // product out of Int128 where `1000` gave the target; the factors shared with the denominator go too.
      guard
        let reduced = Self.exact(
          base: base, percent: percent.withoutTrailingZeros(keeping: 0), period: period, proration: proration,
          method: method, reducing: true)
      else { throw .amountOutOfRange(engineer: engineer, what: "target bonus") }
      exact = reduced
    }
    guard let minor = Int64(exactly: RoundingRule.halfEven.divide(exact.numerator, by: exact.denominator)) else {
      throw .amountOutOfRange(engineer: engineer, what: "target bonus")
    }
    self.method = method
    self.exact = exact
    amount = Money(minorUnits: minor)
  }

  /// The exact target in minor units, or nil when its numerator leaves `Int128`. `reducing` divides each factor of
  /// the numerator by what it shares with the denominator before multiplying (two gcds: the slow path only).
  private static func exact(
    base: Money, percent: FixedDecimal, period: Period, proration: Proration, method: ProrationMethod,
    reducing: Bool = false
  ) -> Ratio? {
    var denominator = 100 * pow10(percent.scale) * Int128(period.daysInStartYear)
    let factor = reducing ? proration.factor.withoutTrailingZeros(keeping: 0) : proration.factor
    if method == .periodRatio { denominator *= pow10(factor.scale) }
    var numerator: Int128 = 1
    // One factor at a time, checked; no array: this runs once per person paid.
    func multiply(by value: Int128) -> Bool {
      var value = value
      if reducing { reduce(&value, &denominator) }
      let (product, overflow) = numerator.multipliedReportingOverflow(by: value)
      numerator = product
      return !overflow
    }
    guard multiply(by: Int128(base.minorUnits)), multiply(by: percent.units) else { return nil }
    switch method {
    case .periodRatio:
      guard multiply(by: Int128(period.days)), multiply(by: factor.units) else { return nil }
    case .days:
      guard multiply(by: Int128(proration.employedDays)) else { return nil }
    }
    return Ratio(numerator, denominator)
  }

  /// Divides `factor` and `denominator` (positive) by their greatest common divisor: the quotient's value stays,
  /// its digits go.
  private static func reduce(_ factor: inout Int128, _ denominator: inout Int128) {
    let common = greatestCommonDivisor(factor, denominator)
    factor /= common
    denominator /= common
  }
}
