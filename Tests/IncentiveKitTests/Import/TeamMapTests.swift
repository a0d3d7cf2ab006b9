import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

@Suite("--team-map renames tool teams to roster teams")
struct TeamMapTests {
  @Test("Jira project keys become roster teams; names the map does not list are kept")
  func rename() throws {
    var result = try JiraImporter.read(try ImportFixtures.files("jira", ["issues.csv"]), options: ImportOptions())
    let csv = "from,team\nPAY,payments\nOPS,platform\n"
    result.rename(try TeamMap(file: ImportFixtures.inline("teams.csv", csv)))
    // Without --incident-types only Incident issues count: PAY-102 and PAY-105, both project PAY → payments.
    #expect(try ImportFixtures.rows(result, "incidents").map { $0["team"]! } == ["payments", "payments"])
    var other = try OpsgenieImporter.read(
      try ImportFixtures.files("opsgenie", ["alerts.json"]), options: ImportOptions())
    other.rename(try TeamMap(file: ImportFixtures.inline("teams.csv", csv)))
    // ownerTeam "payments" and responder "platform" are not in the map's from column.
    #expect(try ImportFixtures.rows(other, "incidents").map { $0["team"]! } == ["payments", "platform"])
  }

  @Test("the fixture team map reads, matching names case-insensitively; one name mapped twice is an error")
  func file() throws {
    let map = try TeamMap(file: try ImportFixtures.files("org", ["teams.csv"])[0])
    #expect(map.team(for: "payments on-call") == "payments")
    #expect(map.team(for: "pay") == "payments")
    #expect(map.team(for: "mobile") == nil)
    #expect(
      throws: InputError.invalidValue(
        file: "t.csv", line: 3, column: 1, header: "from", text: "pay",
        expected: "a name mapped to one team only (already a)")
    ) {
      try TeamMap(file: ImportFixtures.inline("t.csv", "from,team\nPAY,a\npay,b\n"))
    }
  }
}
