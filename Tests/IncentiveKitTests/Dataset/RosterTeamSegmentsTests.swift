import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

@Suite("Team segments from assignment rows")
struct RosterTeamSegmentsTests {
  static func roster(assignments: String) throws -> Roster {
    let dataset = try TemporaryDataset([
      "roster.csv": """
      engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct,currency
      E1,Ann,home,ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD
      E2,Bo,home,ic,L3,eu,UTC,,2020-01-01,,,100000,10,USD

      """,
      "assignments.csv": "engineer_id,team,from,to\n" + assignments,
    ])
    let data = try Dataset(directory: dataset.path)
    return try Roster(engineers: try data.load(Engineer.self), assignments: try data.load(Assignment.self))
  }

  static func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2026, month: month, day: day)! }
  static let quarter = Period(from: day(7, 1), to: day(9, 30))

  /// (assignment rows, expected segments as "team from..to" over 2026-07-01..2026-09-30).
  static let cases: [(String, [String])] = [
    // No rows: the roster team for every day.
    ("", ["home 2026-07-01..2026-09-30"]),
    // An open row from before the quarter covers all of it.
    ("E1,a,2026-01-01,\n", ["a 2026-07-01..2026-09-30"]),
    // A move on Aug 15: a until Aug 14, b from Aug 15.
    ("E1,a,2026-01-01,2026-08-14\nE1,b,2026-08-15,\n", ["a 2026-07-01..2026-08-14", "b 2026-08-15..2026-09-30"]),
    // A gap (Aug 1–10) falls back to the roster team; the row ending on the last day ends the span.
    (
      "E1,a,2026-01-01,2026-07-31\nE1,b,2026-08-11,2026-09-30\n",
      ["a 2026-07-01..2026-07-31", "home 2026-08-01..2026-08-10", "b 2026-08-11..2026-09-30"]
    ),
    // Overlap: the row with the later `from` wins while it lasts (Aug 1–10), then a again.
    (
      "E1,a,2026-01-01,\nE1,b,2026-08-01,2026-08-10\n",
      ["a 2026-07-01..2026-07-31", "b 2026-08-01..2026-08-10", "a 2026-08-11..2026-09-30"]
    ),
    // A row naming the roster team merges with the days around it.
    ("E1,home,2026-08-01,2026-08-31\n", ["home 2026-07-01..2026-09-30"]),
    // Rows wholly outside the span, and another person's rows, change nothing.
    ("E1,x,2025-01-01,2025-12-31\nE1,y,2026-10-01,\nE2,z,2026-07-01,\n", ["home 2026-07-01..2026-09-30"]),
  ]

  @Test("segments are the runs of days on one team", arguments: cases)
  func segments(rows: String, expected: [String]) throws {
    let roster = try Self.roster(assignments: rows)
    let byID = roster.teamSegments(of: "E1", in: Self.quarter)
    #expect(byID.map { "\($0.team) \($0.days.from)..\($0.days.to)" } == expected)
    // The same by roster position (E1 is the first row), the way paying asks (with or without assignment rows).
    #expect(roster.teamSegments(at: 0, in: Self.quarter) == byID)
  }

  @Test("someone without assignment rows is one segment on their roster team")
  func noAssignments() throws {
    let roster = try Self.roster(assignments: "E1,a,2026-01-01,\n")
    let expected = [TeamSegment(team: "home", days: Self.quarter)]
    #expect(roster.teamSegments(at: 1, in: Self.quarter) == expected)
    #expect(roster.teamSegments(of: "E2", in: Self.quarter) == expected)
  }

  @Test("a span of one day, and a span starting mid-assignment")
  func partialSpans() throws {
    let roster = try Self.roster(assignments: "E1,a,2026-01-01,2026-08-14\nE1,b,2026-08-15,\n")
    let oneDay = roster.teamSegments(of: "E1", in: Period(from: Self.day(8, 15), to: Self.day(8, 15)))
    #expect(oneDay.map(\.team) == ["b"])
    // A joiner on Aug 10: 5 days on a (Aug 10–14), then b.
    let joiner = roster.teamSegments(of: "E1", in: Period(from: Self.day(8, 10), to: Self.day(9, 30)))
    #expect(joiner.map { "\($0.team) \($0.days.days)" } == ["a 5", "b 47"])
  }
}
