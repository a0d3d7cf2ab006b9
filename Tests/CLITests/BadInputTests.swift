import Foundation
import Testing

/// Bad input: a clear message naming file, line and column, exit code 2, and no output file.
@Suite("Bad input, end to end")
struct BadInputTests {
  /// Replaces the first occurrence of `find` in a fixture file copy, runs `calculate`, and
  /// returns the result and whether the output file appeared.
  static func run(file: String, find: String, replace: String) throws -> (CLIResult, Bool) {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(file)
    let original = try String(contentsOf: path, encoding: .utf8)
    guard let range = original.range(of: find) else {
      Issue.record("\(find) not found in \(file)")
      return (CLIResult(status: -1, stdout: "", stderr: ""), false)
    }
    try original.replacingCharacters(in: range, with: replace).write(to: path, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("payouts.json").path
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "json", "--output", output])
    return (result, FileManager.default.fileExists(atPath: output))
  }

  /// The line number (1-based) of the first line containing `text` in a fixture file.
  static func line(of text: String, in file: String) throws -> Int {
    let contents = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/\(file)"), encoding: .utf8)
    let lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
  }

  /// The 1-based field number of a header column in a fixture file.
  static func column(_ name: String, in file: String) throws -> Int {
    let contents = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/\(file)"), encoding: .utf8)
    let header = contents.split(separator: "\n")[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    return (header.firstIndex(of: name) ?? -1) + 1
  }

  @Test("a month 13 timestamp names file, line, column and header")
  func badTimestamp() throws {
    let deployments = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/deployments.csv"), encoding: .utf8)
    // The first data row's finished_at value.
    let row = deployments.split(separator: "\n")[1]
    let finishedColumn = try Self.column("finished_at", in: "deployments.csv")
    let fields = row.split(separator: ",", omittingEmptySubsequences: false)
    let value = String(fields[finishedColumn - 1])
    let broken = "2026-13-01" + value.dropFirst(10)
    let (result, wrote) = try Self.run(file: "deployments.csv", find: String(row), replace: String(row).replacingOccurrences(of: value, with: broken))
    #expect(result.status == 2)
    #expect(result.stderr.contains("deployments.csv:2:\(finishedColumn): finished_at: \"\(broken)\" is not an ISO 8601 timestamp"), "\(result.stderr)")
    #expect(!wrote)
    #expect(result.stdout.isEmpty)
  }

  @Test("a missing required column is named")
  func missingColumn() throws {
    let (result, wrote) = try Self.run(file: "roster.csv", find: "base_salary", replace: "salary")
    #expect(result.status == 2)
    #expect(result.stderr.contains("roster.csv:1: missing required column \"base_salary\""), "\(result.stderr)")
    #expect(!wrote)
  }

  @Test("a ragged row is an error, not a guess")
  func raggedRow() throws {
    let line = 3
    let roster = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/roster.csv"), encoding: .utf8)
    let row = String(roster.split(separator: "\n")[line - 1])
    let (result, wrote) = try Self.run(file: "roster.csv", find: row, replace: row + ",extra")
    #expect(result.status == 2)
    // 15 fields where the header has 14: the 15th is the one too many.
    #expect(result.stderr.contains("roster.csv:\(line):15: expected 14 fields as in the header, found 15"), "\(result.stderr)")
    #expect(!wrote)
  }

  @Test("an unterminated quote points at where it opened")
  func unterminatedQuote() throws {
    let roster = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/roster.csv"), encoding: .utf8)
    let rows = roster.split(separator: "\n")
    let last = String(rows[rows.count - 1])
    let (result, wrote) = try Self.run(file: "roster.csv", find: last, replace: last + "\nE99,\"Never closed,platform")
    #expect(result.status == 2)
    #expect(result.stderr.contains("roster.csv:\(rows.count + 1):2: unterminated quoted field"), "\(result.stderr)")
    #expect(!wrote)
  }

  @Test("a malformed plan names the JSON path")
  func badPlan() throws {
    let (result, wrote) = try Self.run(file: "plan.json", find: "\"curve\": [", replace: "\"curve\": [[\"x\", 1], ")
    #expect(result.status == 2)
    #expect(result.stderr.contains("plan.json: tracks."), "\(result.stderr)")
    #expect(result.stderr.contains(".curve[0][0]: expected a number"), "\(result.stderr)")
    #expect(!wrote)
  }

  @Test("a negative salary is rejected")
  func negativeSalary() throws {
    let roster = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/roster.csv"), encoding: .utf8)
    let row = String(roster.split(separator: "\n")[1])
    let salaryColumn = try Self.column("base_salary", in: "roster.csv")
    var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    fields[salaryColumn - 1] = "-" + fields[salaryColumn - 1]
    let (result, _) = try Self.run(file: "roster.csv", find: row, replace: fields.joined(separator: ","))
    #expect(result.status == 2)
    #expect(result.stderr.contains("roster.csv:2:\(salaryColumn): base_salary:"), "\(result.stderr)")
  }

  @Test(
    "usage errors exit 2 with a usage line",
    arguments: [
      (["calculate", "Fixtures/acme", "--fromat", "json"], "unknown option --fromat; did you mean --format?"),
      (["calculate", "Fixtures/acme", "--format", "jsn"], "did you mean json?"),
      (["calcualte"], "unknown command calcualte; did you mean calculate?"),
      (["explain", "Fixtures/acme"], "missing required option --engineer"),
      (["calculate", "Fixtures/acme", "--period", "2026-Q5"], "--period"),
      (["calculate", "Fixtures/nope"], "Fixtures/nope: cannot read: not a dataset folder"),
    ])
  func usage(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("--help prints help to stdout and exits 0", arguments: [["--help"], ["calculate", "--help"], ["explain", "-h"], ["metrics", "--help"], ["help", "calculate"]])
  func help(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE") || result.stdout.contains("incentive"))
    #expect(result.stderr.isEmpty)
  }
}
