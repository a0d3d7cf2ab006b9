import Testing

@testable import IncentiveKit

/// The cells read as one of a fixed list (a roster's `role` and `exit_reason`, a mentorship `event`): any ASCII case
/// of a spelling reads as its value, anything else is an error listing the spellings.
@Suite("Choice cells of the roster and mentorship files")
struct ChoiceCellTests {
  static let rosterHeader =
    "engineer_id,name,team,role,level,region,timezone,manager_id,start_date,end_date,exit_reason,base_salary,"
    + "target_bonus_pct,currency\n"

  static func engineer(role: String, exitReason: String = "") throws -> Engineer {
    let csv = rosterHeader + "E1,Ann,core,\(role),L3,eu,Europe/Paris,,2025-01-01,,\(exitReason),100000,10,EUR\n"
    var engineers: [Engineer] = []
    try TableReader(file: "roster.csv", format: .csv, bytes: Array(csv.utf8)).forEachRow(columns: Engineer.columns) {
      (row: TableRow) throws(InputError) in engineers.append(try Engineer(row: row))
    }
    return try #require(engineers.first)
  }

  static func mentorship(event: String) throws -> MentorshipEvent.Kind {
    let csv = "mentor_id,mentee_id,event,date\nE1,E2,\(event),2026-07-01\n"
    var kinds: [MentorshipEvent.Kind] = []
    try TableReader(file: "mentorship.csv", format: .csv, bytes: Array(csv.utf8)).forEachRow(
      columns: MentorshipEvent.columns
    ) { (row: TableRow) throws(InputError) in kinds.append(try MentorshipEvent(row: row).kind) }
    return try #require(kinds.first)
  }

  @Test(
    "a role in any ASCII case reads as its lowercase spelling",
    arguments: [("ic", "ic"), ("IC", "ic"), ("Tech_Lead", "tech_lead"), ("MANAGER", "manager"), ("vp", "vp")])
  func roles(cell: String, role: String) throws {
    #expect(try Self.engineer(role: cell).role == role)
  }

  @Test("an exit reason in any ASCII case, or none")
  func exitReasons() throws {
    #expect(try Self.engineer(role: "ic", exitReason: "Voluntary").exitReason == .voluntary)
    #expect(try Self.engineer(role: "ic", exitReason: "INVOLUNTARY").exitReason == .involuntary)
    #expect(try Self.engineer(role: "ic").exitReason == nil)
  }

  @Test(
    "a mentorship event in any ASCII case",
    arguments: [("promoted", MentorshipEvent.Kind.promoted), ("Level_Up", .levelUp), ("MILESTONE", .milestone)])
  func events(cell: String, kind: MentorshipEvent.Kind) throws {
    #expect(try Self.mentorship(event: cell) == kind)
  }

  @Test(
    "an unknown spelling names the file, line, column and header, and lists every spelling",
    arguments: [
      ("role", "Boss", 4, "ic, tech_lead, manager, director, vp"),
      ("exit_reason", "fired", 11, "voluntary, involuntary"),
      ("event", "hired", 3, "promoted, level_up, milestone"),
    ])
  func unknown(header: String, text: String, column: Int, spellings: String) {
    let isMentorship = header == "event"
    #expect(
      throws: InputError.invalidValue(
        file: isMentorship ? "mentorship.csv" : "roster.csv", line: 2, column: column, header: header, text: text,
        expected: "one of \(spellings)")
    ) {
      if isMentorship {
        _ = try Self.mentorship(event: text)
      } else if header == "role" {
        _ = try Self.engineer(role: text)
      } else {
        _ = try Self.engineer(role: "ic", exitReason: text)
      }
    }
  }
}
