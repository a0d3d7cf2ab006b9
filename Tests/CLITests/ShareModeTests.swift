import Foundation
import Testing

@Suite("calculate --share, end to end")
struct ShareModeTests {
  @Test("team aggregates only: no engineer id or name in any format", arguments: ["table", "csv", "json"])
  func noIndividualRows(format: String) throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--share", "--format", format])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for (id, name) in try StatementCommandTests.roster() {
      #expect(!result.stdout.contains(id) && !result.stdout.contains(name), "\(format) shows \(id)")
    }
    // Acme's teams have 5 people each (README): all shown at the default min_group_size 5,
    // with the totals of Fixtures/acme/README.md.
    for figure in ["17,087.97", "22,332.70", "48,336.81", "87,757.48"] {
      let plain = format == "table" ? figure : figure.replacingOccurrences(of: ",", with: "")
      #expect(result.stdout.contains(plain), "\(format) lacks \(plain)")
    }
  }

  @Test("one team of min_group_size − 1 is suppressed, said so, and the total withheld")
  func oneSuppressed() throws {
    // E15 starts after the period instead of on 08-17, leaving mobile with 4 paid people.
    let directory = try CLIRunner.copyFixture("acme", editing: "roster.csv") {
      $0.replacingOccurrences(of: "E12,2026-08-17,", with: "E12,2026-10-05,")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let table = try CLIRunner.run(["calculate", directory.path, "--share"])
    #expect(table.status == 0, "stderr: \(table.stderr)")
    #expect(table.stdout.contains("1 team with fewer than 5 people suppressed"))
    #expect(table.stdout.contains("total withheld"))
    #expect(!table.stdout.contains("mobile") && !table.stdout.contains("TOTAL "))
    #expect(table.stdout.contains("payments") && table.stdout.contains("platform"))

    let json = try CLIRunner.run(["calculate", directory.path, "--share", "--format", "json"])
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    #expect((document["teams"] as! [[String: Any]]).map { $0["team"] as! String } == ["payments", "platform"])
    #expect(document["suppressed_teams"] as? Int == 1)
    #expect(document["total"] is NSNull)
    #expect(document["engineers"] == nil)

    let csv = try CLIRunner.run(["calculate", directory.path, "--share", "--format", "csv"])
    let lines = csv.stdout.split(separator: "\n").map(String.init)
    #expect(lines.last == "TOTAL,,,,,withheld")
    #expect(lines.contains("1 team with fewer than 5 people suppressed,,,,,suppressed"))
    // --excel gives the shared CSV the byte-order mark and CRLF it gives every other CSV.
    let excel = try CLIRunner.run(["calculate", directory.path, "--share", "--format", "csv", "--excel"])
    #expect(excel.stdout.hasPrefix("\u{FEFF}team,headcount,target,payout,payout_to_target,status\r\n"))
    #expect(excel.stdout.hasSuffix("\r\nTOTAL,,,,,withheld\r\n"))
  }

  @Test("with min_group_size 6 every acme team (5 people) is suppressed; together 15 ≥ 6, so the total stays")
  func allSuppressed() throws {
    let directory = try CLIRunner.acme(minGroupSize: 6)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["calculate", directory.path, "--share"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("3 teams with fewer than 6 people suppressed"))
    #expect(result.stdout.contains("87,757.48"))
    #expect(!result.stdout.contains("platform") && !result.stdout.contains("17,087.97"))
  }

  @Test("--share leaves the normal JSON contract untouched")
  func normalJSONUnchanged() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json"])
    let expected = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"), encoding: .utf8)
    #expect(result.stdout == expected)
  }
}
