import Testing

@testable import IncentiveKit

@Suite("Payout totals: the order teams are listed in")
struct PayoutTotalsTests {
  static let usd = Currency(code: "USD")!
  static let eur = Currency(code: "EUR")!

  /// A precomposed é (C3 A9), which `==` takes as the same name as e and a combining acute (65 CC 81), and f (66),
  /// which byte order puts between them.
  static let precomposed = "\u{e9}"
  static let decomposed = "e\u{301}"

  static func entry(_ team: String, _ currency: Currency, cents: Int64) -> PayoutTotals.Entry {
    PayoutTotals.Entry(
      engineerID: "E-\(team)", team: team, currency: currency, payout: Money(minorUnits: cents), extrasTotal: .zero,
      hasExtras: false)
  }

  @Test(
    "team names in byte order, then currency codes",
    arguments: [
      ("a", "USD", "b", "EUR", true),
      ("b", "EUR", "a", "USD", false),
      ("a", "EUR", "a", "USD", true),
      ("a", "USD", "a", "EUR", false),
      ("a", "USD", "a", "USD", false),
      // Two spellings `==` takes as one name are still two names, in byte order: 65 CC 81 before C3 A9.
      (decomposed, "USD", precomposed, "EUR", true),
      (precomposed, "EUR", decomposed, "USD", false),
      (decomposed, "USD", "f", "USD", true),
      ("f", "USD", precomposed, "EUR", true),
    ])
  func order(team: String, code: String, other: String, otherCode: String, precedes: Bool) {
    #expect(
      TeamTotal.precedes(team: team, in: Currency(code: code)!, other, in: Currency(code: otherCode)!) == precedes)
  }

  @Test("two spellings of one name and a name between them: one list whatever order the totals are sorted from")
  func sameOrderFromEveryStart() throws {
    let totals = [
      TeamTotal(team: Self.precomposed, currency: Self.eur, headcount: 1, payout: Money(minorUnits: 100)),
      TeamTotal(team: Self.decomposed, currency: Self.usd, headcount: 1, payout: Money(minorUnits: 200)),
      TeamTotal(team: "f", currency: Self.usd, headcount: 1, payout: Money(minorUnits: 300)),
    ]
    // By bytes: 65 CC 81, then 66, then C3 A9. The rule that took the two spellings as one team gave a different list
    // depending on where the sort started (the dictionary's order, which changes from run to run).
    for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
      let sorted = order.map { totals[$0] }.sorted {
        TeamTotal.precedes(team: $0.team, in: $0.currency, $1.team, in: $1.currency)
      }
      #expect(sorted.map(\.payout.minorUnits) == [200, 300, 100])
    }
  }

  @Test("the payout totals list teams by that rule")
  func payoutTotalsUseTheRule() throws {
    var totals = PayoutTotals()
    for entry in [
      Self.entry(Self.precomposed, Self.eur, cents: 100), Self.entry(Self.decomposed, Self.usd, cents: 200),
      Self.entry("f", Self.usd, cents: 300),
    ] {
      try totals.add(entry)
    }
    #expect(totals.teams.map { Array($0.team.utf8) } == [[0x65, 0xCC, 0x81], [0x66], [0xC3, 0xA9]])
    #expect(totals.teams.map(\.payout.minorUnits) == [200, 300, 100])
  }

  /// A roster lists most of a team together, and the totals reuse the last payout's place for the next one of the
  /// same team and currency: interleaved teams, a currency change inside a team and a team met again later still
  /// add up to the sums worked by hand below.
  @Test("interleaved teams and currencies add up to the hand-worked sums")
  func interleavedTeamsAndCurrencies() throws {
    var totals = PayoutTotals(currencies: [Self.usd])
    let entries = [
      Self.entry("a", Self.usd, cents: 100), Self.entry("a", Self.usd, cents: 200),
      Self.entry("b", Self.usd, cents: 300), Self.entry("a", Self.usd, cents: 400),
      Self.entry("a", Self.eur, cents: 500), Self.entry("a", Self.usd, cents: 600),
      Self.entry("c", Self.usd, cents: 700), Self.entry("b", Self.usd, cents: 800),
    ]
    for entry in entries { try totals.add(entry) }
    // a/EUR 500; a/USD 100 + 200 + 400 + 600 = 1300 (4 people); b/USD 300 + 800 = 1100 (2); c/USD 700.
    #expect(totals.teams.map { "\($0.team)/\($0.currency.code)" } == ["a/EUR", "a/USD", "b/USD", "c/USD"])
    #expect(totals.teams.map(\.payout.minorUnits) == [500, 1300, 1100, 700])
    #expect(totals.teams.map(\.headcount) == [1, 4, 2, 1])
    let lines = totals.currencyTotals(rates: ExchangeRates(planCurrency: Self.usd)).lines
      .sorted { $0.currency.code < $1.currency.code }
    // EUR 500 (1); USD 1300 + 1100 + 700 = 3100 (7).
    #expect(lines.map(\.payout.minorUnits) == [500, 3100])
    #expect(lines.map(\.headcount) == [1, 7])
  }

  /// Two spellings `==` takes as one name, one after the other: one total, as the totals have always keyed them.
  /// (This pins the keying; which comparison the reuse of the last place makes cannot change it, since both roads
  /// reach the same key.)
  @Test("a second spelling of the last team joins its total")
  func secondSpellingJoinsTheTotal() throws {
    var totals = PayoutTotals()
    try totals.add(Self.entry(Self.precomposed, Self.usd, cents: 100))
    try totals.add(Self.entry(Self.decomposed, Self.usd, cents: 250))
    #expect(totals.teams.map(\.payout.minorUnits) == [350])
    #expect(totals.teams.map(\.headcount) == [2])
  }

  @Test("a total past the JSON contract's 10^15 minor units is an error, where it used to be written for check to refuse")
  func totalWithinContract() throws {
    var totals = PayoutTotals()
    // 600,000,000,000,000 + 400,000,000,000,000 = 10^15 exactly: the limit itself is an amount.
    try totals.add(Self.entry("a", Self.usd, cents: 600_000_000_000_000))
    try totals.add(Self.entry("b", Self.usd, cents: 400_000_000_000_000))
    #expect(throws: CalculationError.amountOutOfRange(engineer: "E-b", what: "team b's total (or the total)")) {
      try totals.add(Self.entry("b", Self.usd, cents: 1))
    }
  }

  @Test("targets adding up past Int64 are an error: the reports that add them up can't trap")
  func targetsWithinInt64() throws {
    var totals = PayoutTotals()
    // 9,223 targets of 10^15 cents are 9.223 × 10^18, under Int64's 9,223,372,036,854,775,807; one more is not.
    for index in 0..<9_223 {
      try totals.add(
        PayoutTotals.Entry(
          engineerID: "E\(index)", team: "t", currency: Self.usd, payout: .zero, extrasTotal: .zero, hasExtras: false,
          target: Money(minorUnits: 1_000_000_000_000_000)))
    }
    #expect(throws: CalculationError.amountOutOfRange(engineer: "E9223", what: "sum of everyone's targets")) {
      try totals.add(
        PayoutTotals.Entry(
          engineerID: "E9223", team: "t", currency: Self.usd, payout: .zero, extrasTotal: .zero, hasExtras: false,
          target: Money(minorUnits: 1_000_000_000_000_000)))
    }
  }
}
