import Testing

@testable import IncentiveKit

@Suite("Redaction of other people in free text")
struct RedactionTests {
  static func roster() throws -> Roster { try roster([("E1", "Ann Lee"), ("E10", "Bo"), ("E2", nil)]) }

  /// A roster of these ids and names; nothing else about the people matters to redaction.
  static func roster(_ people: [(id: String, name: String?)]) throws -> Roster {
    let engineers = people.map { person in
      Engineer(
        id: person.id, name: person.name, team: "t", role: "ic", level: nil, region: nil, timezone: nil,
        managerID: nil, startDate: CivilDate(year: 2020, month: 1, day: 1)!, endDate: nil, exitReason: nil,
        baseSalary: FixedDecimal(1), targetBonusPercent: FixedDecimal(1), currency: nil, line: 2)
    }
    return try Roster(engineers: engineers, assignments: [])
  }

  @Test(
    "other ids and names go, whole words only; the person's own stay",
    arguments: [
      // An adjustment's attribution goes whole: its free-text reason could name anyone, any way.
      (
        "adjusted by E10 on 2026-10-05: matched olivia's 1.5 and bo's 5000",
        "adjusted (approved on 2026-10-05; the reason is on file with your manager)"
      ),
      ("approved by bo and e2 for ANN LEE", "approved by [someone else] and [someone else] for ANN LEE"),  // E1 is Ann Lee: kept
      ("approved by Bo (Bob's manager)", "approved by [someone else] (Bob's manager)"),
      ("E1 asked E2", "E1 asked [someone else]"),
      ("E10x and xE10 are other tokens", "E10x and xE10 are other tokens"),
      ("reported by E10, E2.", "reported by [someone else], [someone else]."),
    ])
  func redacts(text: String, expected: String) throws {
    #expect(Redaction(roster: try Self.roster(), keeping: "E1").apply(text) == expected)
  }

  @Test("a full name goes before an id inside it could be matched")
  func names() throws {
    #expect(
      Redaction(roster: try Self.roster(), keeping: "E2").apply("Ann Lee (E1)") == "[someone else] ([someone else])")
  }
}
