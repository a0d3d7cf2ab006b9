import Foundation
import Testing

@Suite("Which build: --version, version, tool_version")
struct VersionCommandTests {
  @Test("--version and version print the same line", arguments: [["--version"], ["version"]])
  func prints(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout == "incentive 0.16.0\n")
  }

  @Test(
    "every JSON output names the version as its last key",
    arguments: [
      ["calculate", "Fixtures/acme", "--format", "json"], ["calculate", "Fixtures/acme", "--share", "--format", "json"],
      ["metrics", "Fixtures/acme", "--format", "json"], ["validate", "Fixtures/acme/plan.json", "--format", "json"],
      ["check", "Fixtures/acme", "--expected", "Fixtures/acme/expected.json", "--format", "json"],
      ["diff", "Fixtures/acme", "--against", "Fixtures/acme/plan.json", "--format", "json"],
      ["sensitivity", "Fixtures/acme", "--engineer", "E04", "--format", "json"],
      ["statement", "Fixtures/acme", "--engineer", "E04", "--format", "json"],
      ["audit", "bias", "Fixtures/acme", "--attribute", "gender", "--format", "json"],
      ["forecast", "Fixtures/acme", "--as-of", "2026-08-15", "--format", "json"],
    ])
  func json(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    // 1 is a finding, not a failure: `validate` exits 1 on acme's plan (it reports errors).
    #expect([0, 1].contains(result.status), "stderr: \(result.stderr)")
    #expect(result.stdout.hasSuffix(",\n  \"tool_version\": \"0.16.0\"\n}\n"))
  }

  @Test("every ledger entry names the version")
  func ledger() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-version-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let ledger = directory.appendingPathComponent("ledger.jsonl").path
    for _ in 0..<2 {
      #expect(try CLIRunner.run(["calculate", "Fixtures/acme", "--ledger", ledger, "--reason", "test"]).status == 0)
    }
    let lines = try String(contentsOfFile: ledger, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains(#""tool_version":"0.16.0""#) })
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).status == 0)
  }

  @Test("check names a golden made by another version and does not count it as a difference")
  func check() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "expected.json") {
      $0.replacingOccurrences(of: #""tool_version": "0.16.0""#, with: #""tool_version": "0.15.0""#)
    }
    let golden = directory.appendingPathComponent("expected.json").path
    let result = try CLIRunner.run(["check", "Fixtures/acme", "--expected", golden])
    #expect(result.status == 0, "stdout: \(result.stdout) stderr: \(result.stderr)")
    #expect(result.stdout.contains("was made by incentive 0.15.0; this is incentive 0.16.0"))
    let same = try CLIRunner.run(["check", "Fixtures/acme", "--expected", "Fixtures/acme/expected.json"])
    #expect(same.status == 0)
    #expect(!same.stdout.contains("was made by"))
  }
}
