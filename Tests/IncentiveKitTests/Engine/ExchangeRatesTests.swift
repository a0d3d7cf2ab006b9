import Testing

@testable import IncentiveKit

@Suite("Exchange rates")
struct ExchangeRatesTests {
  static let usd = Currency(code: "USD")!

  static func rates(_ rows: [(String, String)]) throws -> ExchangeRates {
    let parsed = rows.enumerated().map { index, row in
      ExchangeRate(
        currency: Currency(code: row.0)!, rate: FixedDecimal(row.1)!, asOf: ISO8601.parseDate("2026-09-30")!,
        source: "test", line: index + 2)
    }
    return try ExchangeRates(planCurrency: usd, rates: parsed)
  }

  @Test(
    "a plan amount into a person's currency: amount / rate, half-even to its minor units",
    arguments: [
      // 100,000 / 1.08 = 92,592.592592… → 92,592.59
      ("EUR", "1.08", "100000", "92592.59"),
      // 1,000 / 0.0067 = 149,253.73… → 149,254 (JPY has no minor unit)
      ("JPY", "0.0067", "1000", "149254"),
      // 25 / 3.2 = 7.8125 → 7.812 (KWD has three; half-even keeps the 2)
      ("KWD", "3.2", "25", "7.812"),
    ])
  func fromPlan(code: String, rate: String, amount: String, expected: String) throws {
    let converted = try Self.rates([(code, rate)]).fromPlan(
      FixedDecimal(amount)!, to: Currency(code: code)!, neededFor: "test")
    #expect(converted == FixedDecimal(expected)!)
    #expect(converted.scale == Currency(code: code)!.minorDigits)
  }

  @Test("a total into the plan currency: total × rate, half-even to cents")
  func toPlan() throws {
    // 302,466 JPY × 0.0067 = 2,026.5222 → 2,026.52
    let jpy = Currency(code: "JPY")!
    #expect(try Self.rates([("JPY", "0.0067")]).toPlan(Money(minorUnits: 302_466), from: jpy).minorUnits == 202_652)
    // 0.05 EUR × 1.5 = 0.075 → 0.08 (half-even: 7.5 cents rounds to the even 8)
    let eur = Currency(code: "EUR")!
    #expect(try Self.rates([("EUR", "1.5")]).toPlan(Money(minorUnits: 5), from: eur).minorUnits == 8)
  }

  @Test("a total whose conversion would pass what an amount holds is an error, not a trap")
  func toPlanOutOfRange() throws {
    let jpy = Currency(code: "JPY")!
    // 10^15 yen at 1000 (a rate typed for 0.0067) is 10^18 dollars, 10^20 cents: past Int64 and the contract.
    #expect(throws: CalculationError.amountOutOfRange(engineer: "JPY", what: "total converted to USD")) {
      try Self.rates([("JPY", "1000")]).toPlan(Money(minorUnits: 1_000_000_000_000_000), from: jpy)
    }
    // 10^13 yen at 1000 is 10^16 dollars, 10^18 cents: within Int64, past the contract's 10^15.
    #expect(throws: CalculationError.amountOutOfRange(engineer: "JPY", what: "total converted to USD")) {
      try Self.rates([("JPY", "1000")]).toPlan(Money(minorUnits: 10_000_000_000_000), from: jpy)
    }
  }

  @Test("a missing rate is an error naming the currency")
  func missing() throws {
    #expect(throws: CalculationError.missingRate(currency: "GBP", planCurrency: "USD", file: "fx.csv", purpose: "x")) {
      try Self.rates([("EUR", "1.08")]).fromPlan(FixedDecimal(1), to: Currency(code: "GBP")!, neededFor: "x")
    }
  }

  @Test("a second rate for a currency is an error at its line")
  func duplicate() throws {
    #expect(throws: CalculationError.invalidRate(file: "fx.csv", line: 3, reason: "a second rate for EUR (first on line 2)")) {
      try Self.rates([("EUR", "1.08"), ("EUR", "1.09")])
    }
  }
}
