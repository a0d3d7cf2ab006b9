import Testing

@testable import IncentiveKit

@Suite("Warnings of a paying command on a wide org")
struct DataFindingWarningsTests {
  static func team(_ number: Int) -> DataFinding {
    .teamWithoutRows(file: "incidents.csv", team: "team-\(number)", component: "recovery", metric: "time_to_restore_hours")
  }

  @Test("past 20 of one kind the rest are counted in one line; other kinds and order are kept")
  func capped() {
    let stray = DataFinding.strayFile(StrayFile(name: "review.csv", suggestion: "reviews.csv", isWorkbook: false), directory: "d")
    let bonus = DataFinding.targetBonusFraction(file: "roster.csv", line: 6, engineer: "E05", value: FixedDecimal(units: 1, scale: 1))
    let findings = [stray] + (1...25).map(Self.team) + [bonus]
    let lines = DataFinding.warnings(findings)
    // The stray file, 20 teams, the bonus target, then the count of the 5 teams not shown.
    #expect(lines.count == 23)
    #expect(lines[0] == "warning: \(stray.message)\n")
    #expect(lines[1] == "warning: \(Self.team(1).message)\n")
    #expect(lines[20] == "warning: \(Self.team(20).message)\n")
    #expect(lines[21] == "warning: \(bonus.message)\n")
    #expect(
      lines[22] == "warning: 5 more teams paid on a component with no counted row not shown; "
        + "`incentive audit data` lists every one\n")
    #expect(!lines.joined().contains("team-21"))
  }

  @Test("20 or fewer of a kind are all printed, with no count line")
  func underTheLimit() {
    let lines = DataFinding.warnings((1...20).map(Self.team))
    #expect(lines == (1...20).map { "warning: \(Self.team($0).message)\n" })
  }
}
