import Testing

@testable import IncentiveKit

@Suite("Period sequences of incentive trend")
struct PeriodSequenceTests {
  @Test(
    "ranges of like periods expand in order; a list keeps its order",
    arguments: [
      ("2026-Q1..2026-Q4", ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]),
      ("2025-Q4..2026-Q1", ["2025-Q4", "2026-Q1"]),
      ("2026-11..2027-02", ["2026-11", "2026-12", "2027-01", "2027-02"]),
      ("2025-H2..2026-H2", ["2025-H2", "2026-H1", "2026-H2"]),
      ("2024..2026", ["2024", "2025", "2026"]),
      ("2026-Q3,2026-Q1", ["2026-Q3", "2026-Q1"]),
      ("2026-Q2", ["2026-Q2"]),
    ])
  func expands(text: String, labels: [String]) throws {
    let sequence = try #require(PeriodSequence(parsing: text))
    #expect(sequence.periods.map(\.label) == labels)
    #expect(sequence.periods.map(\.period) == labels.map { Period(parsing: $0)! })
  }

  @Test(
    "mixed kinds, backwards ranges, bad periods and over 120 periods are refused",
    arguments: ["2026-Q1..2026-07", "2026-Q4..2026-Q1", "2026-Q5..2026-Q6", "x", "2026-Q1,", "1900-01..2026-12"])
  func refuses(text: String) {
    #expect(PeriodSequence(parsing: text) == nil)
  }
}
