import Foundation
import Testing

/// A payroll file and its control totals land together or not at all: a run refused after paying (a closed
/// period without `--reason`) used to have renamed the control file into place already, so the pair on disk
/// stopped reconciling (control 3,024.66, payroll 2,520.55).
@Suite("calculate --format payroll: the control file is staged with the payroll file")
struct PayrollStagingTests {
  static let plan = """
    {"name": "P", "version": "1", "rationale": "Every multiplier 1.0 so each payout equals the target.",
     "period": "2026-Q3", "currency": "USD", "payout_cap": 2.0,
     "tracks": {"default": {"components": [
       {"id": "health", "metric": "team_health", "scope": "team", "weight": 1.0,
        "curve": [[0, 1.0], [100, 1.0]], "on_missing": "target"}]}}}
    """

  static func roster(salary: Int) -> String {
    "engineer_id,name,team,role,start_date,base_salary,target_bonus_pct\nE1,Ann,alpha,ic,2020-01-01,\(salary),10\n"
  }

  /// The payroll file and its control file for one line of `amount`.
  static func expected(_ amount: String) -> (payroll: String, control: String) {
    (
      "engineer_id,name,period_from,period_to,currency,earnings_code,pay_line,amount\n"
        + "E1,Ann,2026-07-01,2026-09-30,USD,BONUS,health,\(amount)\n",
      "currency,line_count,amount_total,period_from,period_to\nUSD,1,\(amount),2026-07-01,2026-09-30\n"
    )
  }

  static func contents(_ folder: URL) throws -> [String: String] {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return files
  }

  @Test(
    "a refused rerun of a closed period leaves both files as they were and no temporary file; --reason replaces both")
  func refusedRerun() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "incentive-payroll-" + UUID().uuidString)
    let out = directory.appendingPathComponent("out")
    let fresh = directory.appendingPathComponent("fresh")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.plan.write(to: directory.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
    let rosterFile = directory.appendingPathComponent("roster.csv")
    try Self.roster(salary: 100_000).write(to: rosterFile, atomically: true, encoding: .utf8)
    let ledger = directory.appendingPathComponent("ledger.jsonl").path
    func payroll(into folder: URL, _ extra: [String] = []) throws -> CLIResult {
      try CLIRunner.run(
        [
          "calculate", directory.path, "--format", "payroll", "--output",
          folder.appendingPathComponent("payroll.csv").path,
          "--ledger", ledger,
        ] + extra)
    }

    // 100,000 × 10 % × 92/365 = 2,520.547… → 2,520.55.
    let first = try payroll(into: out)
    #expect(first.status == 0, "\(first.stderr)")
    let before = Self.expected("2520.55")
    #expect(try Self.contents(out) == ["payroll.csv": before.payroll, "payroll.control.csv": before.control])
    #expect(try CLIRunner.run(["close", directory.path, "--ledger", ledger]).status == 0)

    // 120,000 × 10 % × 92/365 = 3,024.657… → 3,024.66, refused: the period is closed.
    try Self.roster(salary: 120_000).write(to: rosterFile, atomically: true, encoding: .utf8)
    let refused = try payroll(into: out)
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "error: period 2026-07-01..2026-09-30 was closed (\(ledger):2); a recalculation must give --reason TEXT "
        + "saying why it is rerun\n")
    #expect(try Self.contents(out) == ["payroll.csv": before.payroll, "payroll.control.csv": before.control])
    // Into a folder with no payroll yet: neither file appears.
    #expect(try payroll(into: fresh).status == 2)
    #expect(try Self.contents(fresh).isEmpty)
    #expect(try String(contentsOfFile: ledger, encoding: .utf8).split(separator: "\n").count == 2)

    let rerun = try payroll(into: out, ["--reason", "salary correction"])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    let after = Self.expected("3024.66")
    #expect(try Self.contents(out) == ["payroll.csv": after.payroll, "payroll.control.csv": after.control])
    for name in ["payroll.csv", "payroll.control.csv"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(name)")
    }
  }

  @Test("a payroll file that can't land (a folder in its place) takes its control file back: the old one, or none")
  func payrollCannotLand() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "incentive-payroll-" + UUID().uuidString)
    let out = directory.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.plan.write(to: directory.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
    let rosterFile = directory.appendingPathComponent("roster.csv")
    try Self.roster(salary: 100_000).write(to: rosterFile, atomically: true, encoding: .utf8)
    let payroll = out.appendingPathComponent("payroll.csv").path
    let arguments = ["calculate", directory.path, "--format", "payroll", "--output", payroll]
    #expect(try CLIRunner.run(arguments).status == 0)
    let before = Self.expected("2520.55")

    // 120,000 would make 3,024.66; the payroll file can't replace a folder, so neither file changes.
    try Self.roster(salary: 120_000).write(to: rosterFile, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: payroll)
    try FileManager.default.createDirectory(atPath: payroll, withIntermediateDirectories: false)
    let refused = try CLIRunner.run(arguments)
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "error: \(payroll): cannot replace the file: Is a directory; the previous file, if any, is unchanged\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["payroll.control.csv", "payroll.csv"])
    #expect(
      try String(contentsOfFile: out.appendingPathComponent("payroll.control.csv").path, encoding: .utf8)
        == before.control)
    #expect(try FileManager.default.contentsOfDirectory(atPath: payroll).isEmpty)

    // With no control file before, none is left.
    try FileManager.default.removeItem(atPath: out.appendingPathComponent("payroll.control.csv").path)
    #expect(try CLIRunner.run(arguments).status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["payroll.csv"])
  }
}
