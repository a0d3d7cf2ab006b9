import Testing

@testable import IncentiveKit

@Suite("Money")
struct MoneyTests {
  let usd = Currency(code: "USD")!

  @Test("parses amounts in minor units without floating point")
  func parses() {
    #expect(Money("185000", currency: usd)?.minorUnits == 18_500_000)
    #expect(Money("0.10", currency: usd)?.minorUnits == 10)
    #expect(Money("12.5", currency: usd)?.minorUnits == 1250)
    #expect(Money("1.005", currency: usd) == nil)
    #expect(Money("1.000", currency: usd)?.minorUnits == 100)
    #expect(Money("1500", currency: Currency(code: "JPY")!)?.minorUnits == 1500)
    #expect(Money("1.5", currency: Currency(code: "JPY")!) == nil)
  }

  @Test(
    "currency minor digits follow ISO 4217",
    arguments: [
      ("usd", 2), ("EUR", 2), ("GBP", 2), ("CHF", 2), ("INR", 2), ("BIF", 0), ("CLP", 0), ("DJF", 0), ("GNF", 0),
      ("ISK", 0), ("JPY", 0), ("jpy", 0), ("KMF", 0), ("KRW", 0), ("PYG", 0), ("RWF", 0), ("UGX", 0), ("UYI", 0),
      ("VND", 0), ("VUV", 0), ("XAF", 0), ("XOF", 0), ("XPF", 0), ("BHD", 3), ("IQD", 3), ("JOD", 3), ("KWD", 3),
      ("LYD", 3), ("OMR", 3), ("TND", 3), ("tnd", 3),
      // Near the zero- and three-digit codes without being one of them.
      ("JPX", 2), ("KWE", 2), ("XAG", 2), ("BHF", 2), ("KPY", 2), ("AHD", 2), ("JOY", 2),
    ])
  func currencies(code: String, minorDigits: Int) {
    #expect(Currency(code: code)?.minorDigits == minorDigits)
    #expect(Currency(code: code)?.code == code.uppercased())
  }

  @Test("a currency code is three letters")
  func invalidCurrencies() {
    #expect(Currency(code: "US") == nil)
    #expect(Currency(code: "U$D") == nil)
    #expect(Currency(code: "USDX") == nil)
    #expect(Currency(code: "") == nil)
  }

  @Test("formats plain and grouped")
  func formats() {
    #expect(Money(minorUnits: 123_456_789).formatted(in: usd) == "1234567.89")
    #expect(Money(minorUnits: 123_456_789).grouped(in: usd) == "1,234,567.89")
    #expect(Money(minorUnits: -5).formatted(in: usd) == "-0.05")
    #expect(Money(minorUnits: 100_000).grouped(in: usd) == "1,000.00")
    #expect(Money(minorUnits: 99_999).grouped(in: usd) == "999.99")
  }
}

@Suite("Largest remainder")
struct LargestRemainderTests {
  @Test("parts sum exactly to the total, largest remainders first")
  func allocates() {
    // Shares 1109.588, 832.191, 832.191 cents×1000 over a total of 277397 cents:
    // floors 110958 + 83219 + 83219 = 277396; one cent missing goes to the largest remainder (.8).
    let parts = LargestRemainder.allocate(total: 277_397, shares: [110_958_800, 83_219_100, 83_219_100], denominator: 1000)
    #expect(parts == [110_959, 83_219, 83_219])
  }

  @Test("ties go to the earlier part")
  func ties() {
    // 100 cents in three equal shares: 33.333… each, one cent to the first.
    #expect(LargestRemainder.allocate(total: 100, shares: [100, 100, 100], denominator: 3) == [34, 33, 33])
  }

  @Test("two cents missing go to the two largest remainders")
  func twoMissing() {
    // Shares 10.4, 10.7, 10.9 (×10) total 32: floors 10+10+10 = 30, +1 to 10.9 and 10.7.
    #expect(LargestRemainder.allocate(total: 32, shares: [104, 107, 109], denominator: 10) == [10, 11, 11])
  }
}
