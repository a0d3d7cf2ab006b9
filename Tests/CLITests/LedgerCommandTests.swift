import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `calculate --ledger`, `ledger verify`, `ledger history` and `close`, end to end.
@Suite("incentive ledger and close, end to end")
struct LedgerCommandTests {
  /// A scratch copy of acme and a ledger path inside it.
  static func scratch() throws -> (URL, String) {
    let directory = try CLIRunner.copyFixture("acme")
    return (directory, directory.appendingPathComponent("ledger.jsonl").path)
  }

  static func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  static func write(_ lines: [String], to path: String) throws {
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The hex SHA-256 of a file by the system's `sha256sum`, independent of the tool's own SHA-256.
  static func sha256sum(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
  }

  /// Three calculate runs recorded, verified intact.
  static func threeRuns(_ directory: URL, _ ledger: String) throws {
    for _ in 0..<3 {
      let result = try CLIRunner.run(["calculate", directory.path, "--format", "json", "--ledger", ledger])
      #expect(result.status == 0, "\(result.stderr)")
    }
  }

  @Test("calculate --ledger records plan, inputs and output digests, period, user and reason; mode 0600")
  func records() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(
      ["calculate", directory.path, "--format", "json", "--ledger", ledger, "--reason", "Q3 first run"],
      environment: ["USER": "finance-bot"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("recorded calculate of 2026-07-01..2026-09-30 at line 1"))
    #expect(try CLIRunner.mode(of: ledger) == 0o600)

    let line = try #require(try Self.lines(ledger).first)
    let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(entry["kind"] as? String == "calculate")
    // The OS account is recorded; $USER, which anyone sets, only as a claim beside it.
    let account = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    #expect(entry["user"] as? String == "\(account) (USER=finance-bot)")
    #expect(entry["reason"] as? String == "Q3 first run")
    #expect(entry["period"] as? [String: String] == ["from": "2026-07-01", "to": "2026-09-30"])
    let plan = try #require(entry["plan"] as? [String: String])
    #expect(plan["sha256"] == (try Self.sha256sum(directory.appendingPathComponent("plan.json").path)))
    // The output digest is of the JSON the run printed.
    let output = directory.appendingPathComponent("printed.json").path
    try result.stdout.write(toFile: output, atomically: true, encoding: .utf8)
    #expect(entry["output_sha256"] as? String == (try Self.sha256sum(output)))
    // Every input file present in acme except plan.json and demographics.csv, each with its digest.
    let inputs = try #require(entry["inputs"] as? [[String: String]])
    let names = inputs.compactMap { $0["path"].map { URL(fileURLWithPath: $0).lastPathComponent } }
    #expect(
      names == [
        "assignments.csv", "costs.csv", "coverage.csv", "deployments.csv", "incidents.csv", "mentorship.csv",
        "metrics.csv", "oncall.csv", "reviews.csv", "roster.csv", "surveys.csv",
      ])
    for input in inputs {
      #expect(input["sha256"] == (try Self.sha256sum(input["path"] ?? "")))
    }
    #expect((entry["payouts"] as? [String: String])?["E04"] == "6128.56")
    #expect(entry["prev"] as? String == String(repeating: "0", count: 64))

    let verify = try CLIRunner.run(["ledger", "verify", ledger])
    #expect(verify.status == 0)
    #expect(verify.stdout == "\(ledger): ledger intact: 1 entry\n")
  }

  /// Ways to tamper with a three-line ledger; each breaks the chain at line 2.
  enum Tampering: String, CaseIterable, Sendable {
    case editAByte, dropALine, swapTwoLines, insertACopy

    func apply(_ lines: [String]) -> [String] {
      switch self {
      case .editAByte: return [lines[0], lines[1].replacingOccurrences(of: "6128.56", with: "6128.57"), lines[2]]
      case .dropALine: return [lines[0], lines[2]]
      case .swapTwoLines: return [lines[0], lines[2], lines[1]]
      case .insertACopy: return [lines[0], lines[0], lines[1], lines[2]]
      }
    }
  }

  @Test("ledger verify exits 1 naming line 2 as the first bad line", arguments: Tampering.allCases)
  func tamper(_ tampering: Tampering) throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.threeRuns(directory, ledger)
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).stdout.hasSuffix("ledger intact: 3 entries\n"))
    try Self.write(tampering.apply(try Self.lines(ledger)), to: ledger)
    let result = try CLIRunner.run(["ledger", "verify", ledger])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix(ledger + ":2: "), "\(result.stdout)")
  }

  @Test("a ledger truncated mid-line names the cut line; a missing ledger is bad input")
  func truncated() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.threeRuns(directory, ledger)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: ledger))
    try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: ledger))
    let result = try CLIRunner.run(["ledger", "verify", ledger])
    #expect(result.status == 1)
    #expect(result.stdout.contains(":3: incomplete final entry"), "\(result.stdout)")
    #expect(result.stdout.contains("the 2 entries before it are intact"), "\(result.stdout)")
    // A damaged ledger takes no new entries.
    let refused = try CLIRunner.run(["calculate", directory.path, "--ledger", ledger])
    #expect(refused.status == 2)
    #expect(refused.stdout.isEmpty)
    // Three runs, the last one cut: line 3 is the bad one.
    #expect(refused.stderr.contains("\(ledger):3: "), "\(refused.stderr)")
    #expect(refused.stderr.contains("the last line has no newline"), "\(refused.stderr)")

    let missing = try CLIRunner.run(["ledger", "verify", directory.appendingPathComponent("none.jsonl").path])
    #expect(missing.status == 2)
  }

  @Test("after close, a rerun needs --reason (exit 2, nothing written) and records the payouts that changed")
  func closeAndRecalculate() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let close = try CLIRunner.run(["close", directory.path, "--ledger", ledger])
    #expect(close.status == 0, "\(close.stderr)")
    #expect(close.stdout == "closed 2026-07-01..2026-09-30: 15 payouts, total 87757.48 USD\n")

    // The same raise as CheckCommandTests: E04 6,128.56 → 6,164.40.
    try CLIRunner.edit(directory, "roster.csv", replacing: ",171000,12.5,", with: ",172000,12.5,")
    let output = directory.appendingPathComponent("payouts.json").path
    let refused = try CLIRunner.run(["calculate", directory.path, "--ledger", ledger, "--output", output])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("period 2026-07-01..2026-09-30 was closed (\(ledger):1)"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(try Self.lines(ledger).count == 1)

    let rerun = try CLIRunner.run(
      ["calculate", directory.path, "--ledger", ledger, "--reason", "salary correction", "--output", output])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stderr.contains("changed since close: E04 6128.56 → 6164.40"))
    let entry = try #require(
      try JSONSerialization.jsonObject(with: Data(try Self.lines(ledger)[1].utf8)) as? [String: Any])
    #expect(
      entry["changes"] as? [[String: String]] == [["engineer_id": "E04", "before": "6128.56", "after": "6164.40"]])

    let history = try CLIRunner.run(["ledger", "history", ledger, "--period", "2026-Q3"])
    #expect(history.status == 0)
    let rows = history.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(rows.contains { $0.first == "1" && $0.count > 1 && $0[1] == "close" })
    #expect(
      rows.contains {
        $0.first == "2" && $0.count > 1 && $0[1] == "calculate" && $0.suffix(2) == ["salary", "correction"]
      })
    #expect(history.stdout.hasSuffix("Payouts changed against the closing run:\n  line 2: E04 6128.56 → 6164.40\n"))
    #expect(try CLIRunner.run(["ledger", "history", ledger, "--period", "2026-Q4"]).stdout == "no runs recorded\n")
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).status == 0)
  }

  @Test("a ledger path that is a named pipe is refused by every ledger command, not waited on for ever")
  func pipeLedger() throws {
    let directory = try CLIRunner.scratchDirectory("fifo")
    defer { try? FileManager.default.removeItem(at: directory) }
    let pipe = directory.appendingPathComponent("ledger.jsonl").path
    #expect(mkfifo(pipe, 0o600) == 0)
    for command in ["verify", "head", "history", "repair"] {
      let result = try CLIRunner.run(["ledger", command, pipe])
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stderr.contains(": it is a FIFO (named pipe), not a regular file; a ledger is a file"),
        "\(command): \(result.stderr)")
    }
  }

  @Test("--reason without --ledger is a usage error: the reason would be recorded nowhere")
  func reasonNeedsLedger() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--reason", "late incident data"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: missing required option --ledger FILE (a --reason is recorded in the ledger)\n"))
  }

  @Test("close needs --ledger")
  func closeNeedsLedger() throws {
    let result = try CLIRunner.run(["close", "Fixtures/acme"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--ledger"))
  }
}

extension LedgerCommandTests {
  @Test("calculate prints the head on stderr; ledger head prints it alone; it is sha256sum of the line without its hash")
  func headEndToEnd() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CLIRunner.run(["calculate", directory.path, "--format", "json", "--ledger", ledger])
    #expect(run.status == 0, "\(run.stderr)")
    let head = try CLIRunner.run(["ledger", "head", ledger])
    #expect(head.status == 0)
    #expect(head.stdout.count == 65 && head.stdout.hasSuffix("\n"))
    let hash = String(head.stdout.dropLast())
    #expect(run.stderr.contains("ledger head: \(hash) "))
    // The line ends `,"hash":"<64 hex>"}` (75 bytes); its hash is of the rest with "}" put back.
    let line = try #require(try Self.lines(ledger).first)
    let body = directory.appendingPathComponent("body")
    try (String(line.dropLast(75)) + "}").write(to: body, atomically: true, encoding: .utf8)
    #expect(try Self.sha256sum(body.path) == hash)

    #expect(try CLIRunner.run(["ledger", "verify", ledger, "--head", hash]).status == 0)
    #expect(try CLIRunner.run(["ledger", "verify", ledger, "--head", String(repeating: "0", count: 64)]).status == 1)
    #expect(try CLIRunner.run(["ledger", "verify", ledger, "--head", "nothex"]).status == 2)
  }

  @Test("calculate --output onto the ledger exits 2 and leaves the ledger as it was")
  func outputOntoLedger() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.threeRuns(directory, ledger)
    let before = try Self.lines(ledger)
    let result = try CLIRunner.run(["calculate", directory.path, "--output", ledger, "--ledger", ledger])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to write the output over the ledger"), "\(result.stderr)")
    #expect(try Self.lines(ledger) == before)
  }

  @Test("a torn last line: verify says incomplete (exit 1), calculate refuses, ledger repair mends, calculate works")
  func repairEndToEnd() throws {
    let (directory, ledger) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.threeRuns(directory, ledger)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: ledger))
    try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: ledger))
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).stdout.contains(":3: incomplete final entry"))
    #expect(try CLIRunner.run(["calculate", directory.path, "--ledger", ledger]).status == 2)
    let repair = try CLIRunner.run(["ledger", "repair", ledger])
    #expect(repair.status == 0, "\(repair.stderr)")
    #expect(repair.stdout.contains("removed the incomplete final line 3"))
    #expect(repair.stdout.contains("recorded the repair at line 3; ledger head: "))
    // The two intact runs and the repair entry.
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).stdout.hasSuffix("ledger intact: 3 entries\n"))
    let history = try CLIRunner.run(["ledger", "history", ledger])
    #expect(history.status == 0)
    #expect(history.stdout.contains("Repairs (incomplete final lines removed by `incentive ledger repair`):\n  line 3: removed line 3, "))
    #expect(try CLIRunner.run(["calculate", directory.path, "--ledger", ledger]).status == 0)
    #expect(try CLIRunner.run(["ledger", "verify", ledger]).stdout.hasSuffix("ledger intact: 4 entries\n"))
    #expect(try CLIRunner.run(["ledger", "repair", ledger]).status == 2, "nothing left to repair")
  }
}
