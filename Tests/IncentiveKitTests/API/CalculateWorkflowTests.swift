import Foundation
@testable import IncentiveKit
import Testing

/// `calculate` as one library call: the format, the shared view, the ledger before the report.
@Suite("Calculate workflow")
struct CalculateWorkflowTests {
  typealias Options = CalculateWorkflow.Options

  static func run(_ options: Options) throws -> (result: WorkflowResult, notices: [String]) {
    var notices: [String] = []
    let result = try CalculateWorkflow.run(options, notices: { notices.append($0) })
    return (result, notices)
  }

  @Test("--format json is the machine contract: expected.json byte for byte, on standard output")
  func json() throws {
    let (result, notices) = try Self.run(Options(run: WorkflowFixtures.run, format: .json))
    #expect(result.output == (try WorkflowFixtures.text(WorkflowFixtures.acme + "/expected.json")))
    #expect(result.exitCode == 0)
    #expect(result.writtenFiles.isEmpty)
    // Lines 71-73 and 107 of deployments.csv are `staging`, 108 is `dev` (Fixtures/acme/WORKED.md section 10).
    #expect(
      notices == [
        "warning: \(WorkflowFixtures.acme)/deployments.csv: 5 of 107 rows left out, not a production environment "
          + "(\"staging\" 4, \"dev\" 1); first on lines 71, 72, 73, 107, 108\n"
      ])
  }

  @Test(
    "--share refuses a format without a shared view, with the usage message, before anything is written",
    arguments: [OutputFormat.markdown, .html])
  func shareRefusesFormat(format: OutputFormat) throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let options = Options(
        run: WorkflowFixtures.run, share: true, format: format, output: directory + "/report",
        ledger: LedgerRecording(path: directory + "/ledger.jsonl"))
      #expect(
        throws: OptionError.invalidValue(option: "--format", value: format.rawValue, allowed: ["table", "csv", "json"])
      ) { try Self.run(options) }
      do {
        _ = try Self.run(options)
      } catch let error as OptionError {
        #expect(error.description == "--format: \"\(format.rawValue)\" is not one of table, csv, json")
        #expect(error.isUsageError)
        #expect(error.exitCode == 2)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
  }

  @Test("--share with json lists teams only: no engineer id appears", arguments: [OutputFormat.table, .csv, .json])
  func shareFormats(format: OutputFormat) throws {
    let (result, _) = try Self.run(Options(run: WorkflowFixtures.run, share: true, format: format))
    #expect(!result.output.isEmpty)
    #expect(!result.output.contains("E04"))
  }

  @Test("--output writes the report atomically with mode 0600 and prints nothing")
  func outputFile() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/payouts.json"
      let (result, _) = try Self.run(Options(run: WorkflowFixtures.run, format: .json, output: path))
      #expect(result.output == "")
      #expect(result.writtenFiles == [path])
      #expect(try WorkflowFixtures.text(path) == (try WorkflowFixtures.text(WorkflowFixtures.acme + "/expected.json")))
      #expect(GovernanceFixtures.mode(of: path) == 0o600)
    }
  }

  @Test("the ledger records the run before the report is written, and says so")
  func ledgerBeforeReport() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let (report, ledger) = (directory + "/payouts.json", directory + "/ledger.jsonl")
      var reportExistedAtNotice: Bool?
      let options = Options(
        run: WorkflowFixtures.run, format: .json, output: report, ledger: LedgerRecording(path: ledger))
      _ = try CalculateWorkflow.run(options) { notice in
        // The data warnings (acme's staging deployments) come first; the ledger's notice is the one checked.
        guard notice.hasPrefix("ledger ") else { return }
        reportExistedAtNotice = WorkflowFixtures.exists(report)
        #expect(notice.hasPrefix("ledger \(ledger): recorded calculate of 2026-07-01..2026-09-30 at line 1\n"))
      }
      #expect(reportExistedAtNotice == false)
      #expect(WorkflowFixtures.exists(report))
      #expect(try Ledger(path: ledger).entries().count == 1)
    }
  }

  @Test("close states what it records: with pay outside the bonus, bonus plus that pay, both parts named")
  func closeWithPremiums() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      // acme's plan with 150.00 per on-call shift. acme's oncall.csv has 24 shifts; 21 overlap 2026-Q3 (not E06's of
      // 06-22..06-29, E12's ending at 07-01T00:00, the period's first instant, or E13's from 10-01), all of people
      // paid: 21 × 150.00 = 3,150.00 outside the bonus, beside the bonus's 87,757.48 (expected.json's total).
      let plan = directory + "/plan.json"
      let acmePlan = try WorkflowFixtures.text(WorkflowFixtures.acme + "/plan.json")
      try ("{\"premiums\": {\"per_shift\": 150}," + acmePlan.dropFirst()).write(
        toFile: plan, atomically: true, encoding: .utf8)
      let ledger = directory + "/ledger.jsonl"
      let closed = try CloseWorkflow.run(
        RunOptions(dataset: WorkflowFixtures.acme, plan: plan), ledger: LedgerRecording(path: ledger),
        notices: { _ in })
      #expect(
        closed.output
          == "closed 2026-07-01..2026-09-30: 15 payouts, total 90907.48 USD: bonus 87757.48 USD, "
          + "outside the bonus 3150.00 USD\n")
      // The figure is the sum of what the entry records, each person's bonus plus premiums.
      let recorded = try #require(try Ledger(path: ledger).entries().first).payouts.values
      let cents = recorded.map { Int($0.replacingOccurrences(of: ".", with: ""))! }.reduce(0, +)
      #expect(cents == 9_090_748)
    }
  }

  @Test("a closed period recalculated without a reason is refused and leaves no report")
  func closedPeriod() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let (report, ledger) = (directory + "/payouts.json", directory + "/ledger.jsonl")
      var notices: [String] = []
      let closed = try CloseWorkflow.run(
        WorkflowFixtures.run, ledger: LedgerRecording(path: ledger), notices: { notices.append($0) })
      // 15 paid engineers; the total is expected.json's "total".
      #expect(closed.output == "closed 2026-07-01..2026-09-30: 15 payouts, total 87757.48 USD\n")
      #expect(notices.count == 1)
      #expect(notices[0].hasPrefix("ledger \(ledger): recorded close of 2026-07-01..2026-09-30 at line 1\n"))
      let options = Options(run: WorkflowFixtures.run, output: report, ledger: LedgerRecording(path: ledger))
      #expect(
        throws: LedgerError.reasonRequired(
          path: ledger, period: "2026-07-01..2026-09-30", closedAtLine: 1)
      ) { try Self.run(options) }
      #expect(!WorkflowFixtures.exists(report))
    }
  }
}
