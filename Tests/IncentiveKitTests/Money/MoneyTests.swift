import Testing

@_spi(Synthetic) @testable import IncentiveKit

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
      ("JMD", 2), ("KYD", 2), ("KPW", 2), ("BND", 2), ("KHR", 2), ("TZS", 2), ("UYU", 2),
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

  @Test(
    "a code is a currency in ISO 4217 that people are paid in: slips, metals and test codes are refused",
    arguments: [
      ("JYP", nil), ("USS", nil), ("EUO", nil), ("XAU", nil), ("XXX", nil), ("XTS", nil), ("XDR", nil), ("CLF", nil),
      // Current codes, new ones among them, and codes withdrawn since 2014 (a past period paid again).
      ("XCG", 2), ("ZWG", 2), ("SLE", 2), ("VED", 2), ("CHF", 2), ("UYI", 0), ("OMR", 3), ("HRK", 2), ("BGN", 2), ("BYR", 0),
      ("jpy", 0),
    ] as [(String, Int?)])
  func isoCodes(code: String, minorDigits: Int?) {
    #expect(Currency(code: code)?.minorDigits == minorDigits)
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

  @Test("more units missing than parts go round the parts in remainder order, again and again")
  func moreMissingThanParts() {
    // Shares 1.5 and 1.2 of a total of 7: floors 1 + 1 = 2, 5 missing: .5, .2, .5, .2, .5 → 1+3, 1+2.
    #expect(LargestRemainder.allocate(total: 7, shares: [15, 12], denominator: 10) == [4, 3])
  }

  @Test("shares above the total take units back from the smallest remainders first")
  func sharesAboveTotal() {
    // Shares 2.5, 2.9, 2.1 of a total of 4: floors 2 + 2 + 2 = 6, 2 too many: from .1 then .5 → 1, 2, 1.
    #expect(LargestRemainder.allocate(total: 4, shares: [25, 29, 21], denominator: 10) == [1, 2, 1])
  }

  @Test("the parts a full sort of the remainders gives, over random splits with ties and negative shares")
  func matchesSortedModel() {
    var random = SeededGenerator(seed: 2026_12_04)
    for _ in 0..<5_000 {
      let count = 1 + Int(random.uniform(below: 9))
      let denominator = Int128(1 + random.uniform(below: 12))
      // Few distinct values, so remainders tie often; some negative.
      let shares = (0..<count).map { _ in Int128(random.uniform(below: 60)) - 10 }
      let floors = shares.map { RoundingRule.down.divide($0, by: denominator) }
      // Totals around the floors' sum: units missing, none, or too many.
      let total = Int64(floors.reduce(0, +)) + Int64(random.uniform(below: UInt64(2 * count + 3))) - Int64(count)
      let parts = LargestRemainder.allocate(total: total, shares: shares, denominator: denominator)
      #expect(parts == Self.sortedModel(total: total, shares: shares, denominator: denominator))
      #expect(parts.reduce(0, +) == total)
    }
  }

  /// The rule in closed form: with the parts sorted by remainder (largest first, earlier part first on a tie), `k`
  /// units missing give every part `k / n` and the first `k % n` parts one more; `k` too many take `k / n` from every
  /// part and one more from the last `k % n`.
  static func sortedModel(total: Int64, shares: [Int128], denominator: Int128) -> [Int64] {
    let n = shares.count
    var floors = shares.map { RoundingRule.down.divide($0, by: denominator) }
    let remainders = zip(shares, floors).map { $0 - $1 * denominator }
    let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
    let missing = Int(Int128(total) - floors.reduce(0, +))
    let (rounds, rest) = (abs(missing) / n, abs(missing) % n)
    let sign = missing < 0 ? -1 : 1
    for (rank, part) in order.enumerated() {
      let extra = missing < 0 ? rank >= n - rest : rank < rest
      floors[part] += Int128(sign * (rounds + (extra ? 1 : 0)))
    }
    return floors.map { Int64($0) }
  }
}
