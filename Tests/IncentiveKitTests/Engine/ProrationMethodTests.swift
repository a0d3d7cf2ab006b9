import Testing

@testable import IncentiveKit

@Suite("Target under each proration method")
struct ProrationMethodTests {
  static let q3 = Period(parsing: "2026-Q3")!

  @Test(
    "days: base × pct / 100 × days employed / days in the year, rounded once",
    arguments: [
      // 148,250.50 × 10 % × 62 / 365 = 2,518.2276… → 2,518.23
      (14_825_050, "10", 62, 251_823),
      // 112,000 × 10 % × 45 / 365 = 1,380.8219… → 1,380.82
      (11_200_000, "10", 45, 138_082),
      // 7,482.50 × 1 % × 1 / 365 = 0.205 exactly → 0.20 (half-even)
      (748_250, "1", 1, 20),
    ])
  func days(base: Int64, percent: String, employed: Int, expected: Int64) throws {
    let target = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: base), percent: FixedDecimal(percent)!, period: Self.q3,
      proration: Proration(employedDays: employed, periodDays: 92), method: .days)
    #expect(target.amount.minorUnits == expected)
  }

  @Test("in a leap year the days method divides by 366")
  func leap() throws {
    // 36,600 × 10 % × 91 / 366 = 910.00 exactly
    let target = try TargetBonus(
      engineer: "E1", base: Money(minorUnits: 3_660_000), percent: FixedDecimal(10),
      period: Period(parsing: "2028-Q1")!, proration: Proration(employedDays: 91, periodDays: 91), method: .days)
    #expect(target.amount.minorUnits == 91_000)
  }
}
