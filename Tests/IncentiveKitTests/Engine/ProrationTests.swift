import Testing

@testable import IncentiveKit

@Suite("Proration and target")
struct ProrationTests {
  static let q3 = Period(parsing: "2026-Q3")!

  static func engineer(start: String, end: String? = nil) -> Engineer {
    Engineer(
      id: "e1", name: nil, team: "t", role: "ic", level: nil, region: nil, timezone: nil, managerID: nil,
      startDate: ISO8601.parseDate(start)!, endDate: end.flatMap { ISO8601.parseDate($0) }, exitReason: nil,
      baseSalary: FixedDecimal(100_000), targetBonusPercent: FixedDecimal(10), currency: nil, line: 2)
  }

  @Test(
    "employed days over period days, 4 decimals half-even (92-day Q3)",
    arguments: [
      ("2020-01-01", nil as String?, 92, "1.0000"),
      ("2026-07-01", nil, 92, "1.0000"),  // starts on the first day
      ("2026-09-30", nil, 1, "0.0109"),  // starts on the last day: 1/92 = 0.010869…
      ("2020-01-01", "2026-07-01", 1, "0.0109"),  // leaves on the first day
      ("2020-01-01", "2026-09-30", 92, "1.0000"),  // leaves on the last day
      ("2026-08-17", nil, 45, "0.4891"),  // 45/92 = 0.489130…
      ("2020-01-01", "2026-08-31", 62, "0.6739"),  // 62/92 = 0.673913…
    ])
  func proration(start: String, end: String?, days: Int, factor: String) {
    let proration = Proration(Self.engineer(start: start, end: end), in: Self.q3)
    #expect(proration?.employedDays == days)
    #expect(proration?.factor.formatted(decimals: 4) == factor)
  }

  @Test("nobody employed in the period has no proration", arguments: [("2026-10-01", nil as String?), ("2020-01-01", "2026-06-30")])
  func absent(start: String, end: String?) {
    #expect(Proration(Self.engineer(start: start, end: end), in: Self.q3) == nil)
  }

  @Test("target: base × pct/100 × days/year days × proration, half-even to cents")
  func target() throws {
    let usd = Currency(code: "USD")!
    // 100,000.00 × 10% × 92/365 × 1 = 2520.5479452… → 2520.55
    let full = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 10_000_000), percent: FixedDecimal(10), period: Self.q3,
      proration: Proration(employedDays: 92, periodDays: 92))
    #expect(full.amount.minorUnits == 252_055)
    // 150,000 × 12.5% = 18,750; × 92/365 = 4,726.0274; × 0.4891 = 2,311.50 (exact)
    let joiner = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 15_000_000), percent: FixedDecimal("12.5")!, period: Self.q3,
      proration: Proration(employedDays: 45, periodDays: 92))
    // Exactly: 15,000,000 × 125 × 92 × 4891 / (100 × 10 × 365 × 10,000) = 231,150 cents
    #expect(joiner.amount.minorUnits == 231_150)
  }

  @Test("a leap year's days are 366")
  func leapYear() throws {
    let q1 = Period(parsing: "2028-Q1")!
    // 36,600.00 × 10% × 91/366 × 1 = 910.00 exactly.
    let target = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 3_660_000), percent: FixedDecimal(10), period: q1,
      proration: Proration(employedDays: 91, periodDays: 91))
    #expect(target.amount.minorUnits == 91_000)
  }

  @Test("half-even at exactly half a cent")
  func halfCent() throws {
    // 7,300.00 × 1% × 1/365 × 1 (one-day period) = 0.20 exactly; 7,482.50 × 1% / 365 = 0.205 → 0.20 (even).
    let day = Period(parsing: "2026-07-01")!
    let exactHalf = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 748_250), percent: FixedDecimal(1), period: day,
      proration: Proration(employedDays: 1, periodDays: 1))
    #expect(exactHalf.amount.minorUnits == 20)
    // 7,847.50 × 1% / 365 = 0.215 → 0.22 (even).
    let upHalf = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 784_750), percent: FixedDecimal(1), period: day,
      proration: Proration(employedDays: 1, periodDays: 1))
    #expect(upHalf.amount.minorUnits == 22)
  }

  @Test("a 12-decimal percentage gives the target of its whole-number spelling, not a trap")
  func trailingZeros() throws {
    // 999,999,999,999,999.00 × 1000 % × 365/365 × 1 = 9,999,999,999,999,990.00: its exact product with
    // 1000.000000000000 (10^15 units at 12 decimals) × 365 × 10,000 passed Int128 and trapped.
    let year = Period(parsing: "2026")!
    let full = Proration(employedDays: 365, periodDays: 365)
    for percent in ["1000", "1000.000000000000"] {
      let target = try TargetBonus(
        engineer: "E1", base: Money(minorUnits: 99_999_999_999_999_900), percent: FixedDecimal(percent)!,
        period: year, proration: full)
      #expect(target.amount.minorUnits == 999_999_999_999_999_000, "\(percent)")
    }
    // 999,999,999,999,999.99 × 999.999999999999 % = 99,999,999,999,999,999 × 9.99999999999999 minor units
    // = 999,999,999,999,998,990.00000000000001 → 999,999,999,999,998,990 (half-even). The direct product
    // (10^17 × 10^15 × 365 × 10^4) leaves Int128; in lowest terms it does not.
    let fine = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 99_999_999_999_999_999), percent: FixedDecimal("999.999999999999")!,
      period: year, proration: full)
    #expect(fine.amount.minorUnits == 999_999_999_999_998_990)
  }

  @Test("a target past Int64 is the amount-out-of-range error naming the engineer, not a trap")
  func targetTooLarge() {
    // 999,999,999,999,999.00 × 1000 % × 3,652/365 ≈ 1.0005 × 10^19 minor units: past Int64's 9.22 × 10^18.
    let decade = Period(parsing: "2026-01-01..2035-12-31")!
    #expect(throws: CalculationError.amountOutOfRange(engineer: "E7", what: "target bonus")) {
      try TargetBonus(
        engineer: "E7", base: Money(minorUnits: 99_999_999_999_999_900), percent: FixedDecimal(1000),
        period: decade, proration: Proration(employedDays: decade.days, periodDays: decade.days))
    }
  }
}

@Suite("Credited teams and cooling-off")
struct CreditedTeamsTests {
  static func segment(_ team: String, _ from: String, _ to: String) -> TeamSegment {
    TeamSegment(team: team, days: Period(from: ISO8601.parseDate(from)!, to: ISO8601.parseDate(to)!))
  }

  static let end = ISO8601.parseDate("2026-09-30")!

  @Test("a move before the cooling-off window splits the days")
  func earlyMove() {
    let credited = CreditedTeams(
      segments: [Self.segment("payments", "2026-07-01", "2026-08-15"), Self.segment("platform", "2026-08-16", "2026-09-30")],
      periodEnd: Self.end, coolingOffDays: 30)
    #expect(credited.shares == [.init(team: "payments", days: 46), .init(team: "platform", days: 46)])
    #expect(credited.cooledMoves.isEmpty)
    #expect(credited.principal == "payments")  // tie: the earlier segment
  }

  @Test("a move inside the cooling-off window is credited to the team left")
  func lateMove() {
    // Sep 15 is 15 days before Sep 30 (< 30): the 16 days on platform count for payments.
    let credited = CreditedTeams(
      segments: [Self.segment("payments", "2026-07-01", "2026-09-14"), Self.segment("platform", "2026-09-15", "2026-09-30")],
      periodEnd: Self.end, coolingOffDays: 30)
    #expect(credited.shares == [.init(team: "payments", days: 92)])
    #expect(credited.cooledMoves.map(\.date.description) == ["2026-09-15"])
  }

  @Test("exactly cooling_off_days before the end is not inside the window")
  func boundary() {
    // Aug 31 is 30 days before Sep 30: not less than 30, so the move counts.
    let credited = CreditedTeams(
      segments: [Self.segment("a", "2026-07-01", "2026-08-30"), Self.segment("b", "2026-08-31", "2026-09-30")],
      periodEnd: Self.end, coolingOffDays: 30)
    #expect(credited.shares == [.init(team: "a", days: 61), .init(team: "b", days: 31)])
  }
}
