/// The rates of `fx.csv` by currency, and the two conversions the engine and reports make with
/// them (docs/calculation.md, "Currencies"): a plan-currency amount into a person's currency,
/// and a currency's total into the plan currency. Each rounds half-even once, to the minor
/// units of the currency it lands in.
struct ExchangeRates: Sendable {
  /// The currency the rates are stated against.
  var planCurrency: Currency
  var rates: [String: ExchangeRate]
  /// fx.csv as messages name it.
  var file: String

  /// No rates: everyone must be paid in the plan currency, or in theirs without a conversion.
  init(planCurrency: Currency) {
    self.planCurrency = planCurrency
    rates = [:]
    file = "fx.csv"
  }

  init(planCurrency: Currency, rates: [ExchangeRate], file: String = "fx.csv") throws(CalculationError) {
    self.planCurrency = planCurrency
    self.file = file
    var byCode: [String: ExchangeRate] = [:]
    for rate in rates {
      if let first = byCode[rate.currency.code] {
        throw .invalidRate(
          file: file, line: rate.line, reason: "a second rate for \(rate.currency.code) (first on line \(first.line))")
      }
      if rate.currency == planCurrency, rate.rate != .one {
        throw .invalidRate(
          file: file, line: rate.line, reason: "the plan currency \(planCurrency.code) has rate 1, not \(rate.rate)")
      }
      byCode[rate.currency.code] = rate
    }
    self.rates = byCode
  }

  /// The rate of `currency`, or an error naming it and what needed it.
  func rate(for currency: Currency, neededFor purpose: String) throws(CalculationError) -> ExchangeRate {
    guard let rate = rates[currency.code] else {
      throw .missingRate(currency: currency.code, planCurrency: planCurrency.code, file: file, purpose: purpose)
    }
    return rate
  }

  /// `amount` (plan currency, any decimals) in `currency`: `amount / rate`, half-even to its minor units.
  func fromPlan(_ amount: FixedDecimal, to currency: Currency, neededFor purpose: String) throws(CalculationError)
    -> FixedDecimal
  {
    if currency == planCurrency { return amount }
    let rate = try rate(for: currency, neededFor: purpose).rate
    // amount.units / 10^a ÷ (rate.units / 10^r) = amount.units × 10^r / (rate.units × 10^a)
    return Ratio(amount.units * pow10(rate.scale), rate.units * pow10(amount.scale))
      .rounded(toScale: currency.minorDigits)
  }

  /// `total` (in `currency`) in the plan currency: `total × rate`, half-even to plan minor units.
  func toPlan(_ total: Money, from currency: Currency) throws(CalculationError) -> Money {
    if currency == planCurrency { return total }
    let rate = try rate(for: currency, neededFor: "the total converted to \(planCurrency.code)").rate
    let (numerator, overflow) = (Int128(total.minorUnits) * pow10(planCurrency.minorDigits))
      .multipliedReportingOverflow(by: rate.units)
    let denominator = pow10(rate.scale) * pow10(currency.minorDigits)
    // A rate typed wrong (1000 for 0.0067) can take a total past what an amount holds: an error, where the
    // conversion trapped; the report then gives the total per currency without a converted sum.
    let converted = overflow ? nil : Int64(exactly: RoundingRule.halfEven.divide(numerator, by: denominator))
    guard let converted, Money(minorUnits: converted).isWithinContract else {
      throw .amountOutOfRange(engineer: currency.code, what: "total converted to \(planCurrency.code)")
    }
    return Money(minorUnits: converted)
  }
}
