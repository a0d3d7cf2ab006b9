import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// A dataset file that changes while a run reads it must stop the run: the payouts, the row accounting and the
/// ledger's digests would otherwise each describe a different version of it.
@Suite("Input files that change during a run")
struct InputSnapshotTests {
  /// How a file can change between the run's first read and its last, and what the error then says.
  enum Change: String, CaseIterable, CustomTestStringConvertible {
    case rowAppended, rewrittenSameSize, optionalFileAppears, fileRemoved, fileReplaced

    var testDescription: String { rawValue }

    /// The file the change touches.
    var file: String {
      switch self {
      case .rowAppended: "reviews.csv"
      case .rewrittenSameSize: "roster.csv"
      case .optionalFileAppears: "identities.csv"
      case .fileRemoved: "coverage.csv"
      case .fileReplaced: "deployments.csv"
      }
    }

    /// What the error names as the change.
    var said: String {
      switch self {
      case .rowAppended: "its size went from"
      case .rewrittenSameSize: "it was modified"
      case .optionalFileAppears: "it appeared"
      case .fileRemoved: "it was removed"
      case .fileReplaced: "it was replaced by another file"
      }
    }

    func apply(to dataset: TemporaryDataset) throws {
      let path = dataset.file(file)
      switch self {
      case .rowAppended:
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("PR-9999,E16,2026-08-11T10:00:00Z,E14,approved,2,1,mobile,mobile\n".utf8))
        handle.closeFile()
      case .rewrittenSameSize:
        // One letter of a name changed in place, same length; the clock moved on since the run began.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Priya", with: "Priyo")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: path)
      case .optionalFileAppears:
        try Data("engineer_id,alias\nE16,priya.raman\n".utf8).write(to: URL(fileURLWithPath: path))
      case .fileRemoved:
        try FileManager.default.removeItem(atPath: path)
      case .fileReplaced:
        // An exporter writing a new file and renaming it over the old one, with the same bytes.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.write(to: URL(fileURLWithPath: path + ".new"))
        #expect(rename(path + ".new", path) == 0)
      }
    }
  }

  @Test("a file changed after the run began stops it with exit-2 error naming the file and the change",
        arguments: Change.allCases)
  func changedFileStopsTheRun(change: Change) throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let run = try PayoutRun(datasetPath: dataset.path)
    try change.apply(to: dataset)
    do {
      _ = try run.payouts()
      Issue.record("paid from a dataset whose \(change.file) changed during the run")
    } catch let error as InputError {
      guard case .changedDuringRun(let file, let what) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(file == dataset.file(change.file))
      #expect(what.hasPrefix(change.said))
      #expect("\(error)".hasPrefix(dataset.file(change.file) + ": changed while the run was reading it ("))
      #expect((error as any UserFacingError).exitCode == 2)
    }
  }

  @Test("a change of a file's metadata alone (mode, a hard link) is no change: the run pays")
  func metadataIsNoChange() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let run = try PayoutRun(datasetPath: dataset.path)
    #expect(chmod(dataset.file("reviews.csv"), 0o400) == 0)
    #expect(link(dataset.file("roster.csv"), dataset.file("roster-backup")) == 0)
    let report = try run.payouts()
    #expect(report.total.formatted(in: report.currency) == "87757.48")
  }

  @Test("a run whose files stay as they were pays as always: the bundled org's hand-worked total")
  func unchangedFilesPay() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let report = try PayoutRun(datasetPath: dataset.path).payouts()
    #expect(report.total.formatted(in: report.currency) == "87757.48")
  }

  @Test("the ledger digests files read again after paying, so a change in between stops the entry")
  func ledgerDigestsOnlyWhatWasPaidFrom() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    let run = try PayoutRun(datasetPath: dataset.path)
    let report = try run.payouts()
    try Change.rowAppended.apply(to: dataset)
    #expect(throws: InputError.self) {
      _ = try LedgerEntry(kind: .calculate, run: run, paid: try LedgerEntry.Paid(report: report), reason: nil)
    }
  }
}

/// `trend` builds its engine, which reads adjustments.csv and fx.csv, and must check the files after that read too.
@Suite("Input files that change during a trend")
struct TrendInputSnapshotTests {
  /// Counts the finished reads of one file and acts on one of them.
  final class OnRead: @unchecked Sendable {
    private let lock = NSLock()
    private var reads = 0
    let file: String
    let at: Int
    let action: @Sendable () -> Void
    init(file: String, at: Int, action: @escaping @Sendable () -> Void) {
      (self.file, self.at, self.action) = (file, at, action)
    }
    func handle(_ progress: ReadProgress) {
      guard progress.isFinished, progress.file.hasSuffix("/" + file) else { return }
      lock.lock()
      reads += 1
      let now = reads == at
      lock.unlock()
      if now { action() }
    }
  }

  @Test("an fx.csv that appears after the metrics are read, before the engine reads it, stops the trend")
  func fxAppearingBeforeTheEngineStopsTheTrend() throws {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    try Data("engineer_id,component,multiplier,amount,reason,approved_by,date,period\n".utf8)
      .write(to: URL(fileURLWithPath: dataset.file("adjustments.csv")))
    let fx = dataset.file("fx.csv")
    // adjustments.csv is read twice: by the row accounting and by the engine. On the second read, fx.csv appears.
    let hook = OnRead(file: "adjustments.csv", at: 2) {
      try? Data("currency,rate,as_of,source\nEUR,1.08,2026-09-30,ECB\n".utf8).write(to: URL(fileURLWithPath: fx))
    }
    let run = try PayoutRun(datasetPath: dataset.path, progress: { hook.handle($0) })
    let sequence = try #require(PeriodSequence(parsing: "2026-Q3"))
    do {
      _ = try TrendWorkflow.trend(run: run, sequence: sequence)
      Issue.record("a trend paid although fx.csv appeared while it was reading the dataset")
    } catch let error as InputError {
      guard case .changedDuringRun(let file, _) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(file == fx)
    }
  }
}
