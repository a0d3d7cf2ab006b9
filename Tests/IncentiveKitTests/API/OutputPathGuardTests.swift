import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// `--output` (and `check --update`) onto a file the run reads or appends to is refused before
/// anything is written, whatever symlink leads there; a run whose output fails leaves no ledger line.
@Suite("Outputs never replace the run's own inputs or ledger")
struct OutputPathGuardTests {
  static func calculate(_ dataset: TemporaryDataset, output: String, ledger: String? = nil) throws {
    _ = try CalculateWorkflow.run(
      .init(
        run: RunOptions(dataset: dataset.path), format: .json, output: output,
        ledger: ledger.map { LedgerRecording(path: $0) }),
      notices: { _ in })
  }

  @Test("calculate --output onto the ledger is refused: the ledger keeps its entries, exit 2")
  func outputOntoLedger() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let ledger = dataset.file("ledger.jsonl")
    try Self.calculate(dataset, output: dataset.file("first.json"), ledger: ledger)
    let before = try Data(contentsOf: URL(fileURLWithPath: ledger))
    #expect(throws: OutputError.wouldReplaceInput(path: ledger, input: ledger, role: "the ledger")) {
      try Self.calculate(dataset, output: ledger, ledger: ledger)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
    #expect(OutputError.wouldReplaceInput(path: "a", input: "b", role: "c").exitCode == 2)
  }

  @Test(
    "calculate --output onto an input or the plan is refused, directly or through a symlink or ../",
    arguments: ["roster.csv", "plan.json", "deployments.csv", "demographics.csv"])
  func outputOntoInput(file: String) throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let original = try String(contentsOfFile: dataset.file(file), encoding: .utf8)
    let link = dataset.file("link.json")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dataset.file(file))
    let folder = URL(fileURLWithPath: dataset.path).lastPathComponent
    for output in [dataset.file(file), link, dataset.path + "/../" + folder + "/" + file] {
      #expect(throws: OutputError.self, "\(output)") { try Self.calculate(dataset, output: output) }
    }
    #expect(try String(contentsOfFile: dataset.file(file), encoding: .utf8) == original)
  }

  /// acme has no fx or identities file and its roster is CSV: a report written under one of those names would be read
  /// by the next run as that input (a second roster format is even an error), so the name is refused.
  @Test(
    "calculate --output under the name of a dataset file the run did not find is refused, and nothing is written",
    arguments: ["fx.json", "identities.csv", "roster.json", "adjustments.jsonl"])
  func outputUnderAbsentInputName(file: String) throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    #expect(throws: OutputError.wouldBecomeInput(path: dataset.file(file))) {
      try Self.calculate(dataset, output: dataset.file(file))
    }
    #expect(!FileManager.default.fileExists(atPath: dataset.file(file)))
    try Self.calculate(dataset, output: dataset.file("q3-payouts.json"))
    #expect(FileManager.default.fileExists(atPath: dataset.file("q3-payouts.json")))
  }

  @Test("an output whose folder is a symlink to the dataset is refused over roster.csv")
  func symlinkedFolder() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let elsewhere = try TemporaryDataset([:])
    let linked = elsewhere.file("data")
    try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: dataset.path)
    #expect(throws: OutputError.self) { try Self.calculate(dataset, output: linked + "/roster.csv") }
  }

  @Test("statement --output onto the plan and check --update onto the roster are refused")
  func otherCommands() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let plan = try String(contentsOfFile: dataset.file("plan.json"), encoding: .utf8)
    #expect(throws: OutputError.self) {
      try StatementsWorkflow.run(
        .init(
          run: RunOptions(dataset: dataset.path), selection: .engineer(id: "E04", output: dataset.file("plan.json"))))
    }
    #expect(try String(contentsOfFile: dataset.file("plan.json"), encoding: .utf8) == plan)
    #expect(throws: OutputError.self) {
      try CheckWorkflow.run(
        .init(run: RunOptions(dataset: dataset.path), expected: dataset.file("roster.csv"), update: true))
    }
    // Rewriting its own golden is what --update is for.
    let golden = dataset.file("expected.json")
    _ = try CheckWorkflow.run(.init(run: RunOptions(dataset: dataset.path), expected: golden, update: true))
  }

  @Test("a run whose output can't be written (its folder is missing) leaves no ledger line")
  func failedOutputLeavesNoLine() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let ledger = dataset.file("ledger.jsonl")
    try Self.calculate(dataset, output: dataset.file("one.json"), ledger: ledger)
    #expect(throws: OutputError.self) {
      try Self.calculate(dataset, output: dataset.file("missing/two.json"), ledger: ledger)
    }
    #expect(try Ledger(path: ledger).entries().count == 1)
  }

  @Test("a rename that fails after the ledger line was written takes the line back out")
  func failedRenameWithdrawsLine() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let ledger = dataset.file("ledger.jsonl")
    // A folder where the report should go: the temporary file is written, the rename fails (EISDIR).
    try FileManager.default.createDirectory(atPath: dataset.file("report.json"), withIntermediateDirectories: false)
    var notices: [String] = []
    #expect(throws: OutputError.self) {
      _ = try CalculateWorkflow.run(
        .init(
          run: RunOptions(dataset: dataset.path), format: .json, output: dataset.file("report.json"),
          ledger: LedgerRecording(path: ledger)),
        notices: { notices.append($0) })
    }
    // acme's staging and dev deployments are named first (docs/data-quality.md), then the entry and its withdrawal.
    #expect(notices.count == 3)
    #expect(notices.last == "ledger \(ledger): line 1 withdrawn: the run's output could not be written\n")
    #expect(try Ledger(path: ledger).entries().isEmpty)
  }
}
