import Foundation
import Testing

@testable import IncentiveKit

/// `HeldFailureSink` and the order it gives `calculate --ledger`'s failures: paying's, then the warnings, then the
/// report's own.
@Suite("A report's write failures held until paying is done")
struct HeldFailureSinkTests {
  /// Takes two writes, then fails every one after them.
  final class FailingSink: ReportSink {
    var written: [[UInt8]] = []
    var attempts = 0

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
      attempts += 1
      guard attempts <= 2 else { throw .cannotWrite(path: "r.json", reason: "No space left on device") }
      written.append(Array(bytes))
    }
  }

  @Test("the first failure is kept, nothing more is handed on, and it is thrown when asked for")
  func holdsTheFirstFailure() throws {
    let failing = FailingSink()
    var sink = HeldFailureSink(failing)
    for text in ["a", "b", "c", "d"] { try sink.write(Array(text.utf8)) }
    #expect(failing.written == [Array("a".utf8), Array("b".utf8)])
    #expect(failing.attempts == 3, "nothing after the failure was tried")
    #expect(throws: OutputError.cannotWrite(path: "r.json", reason: "No space left on device")) {
      try sink.throwHeldFailure()
    }
  }

  @Test("a sink that never fails throws nothing")
  func noFailure() throws {
    var sink = HeldFailureSink(ReportBytes())
    try sink.write(Array("report".utf8))
    try sink.throwHeldFailure()
  }

  /// acme warns that 5 of its 107 deployments are not production; a report file in a folder that does not exist
  /// cannot be made.
  @Test("calculate --ledger into a folder that does not exist: the warnings first, then the error, and no entry")
  func reportFileCannotBeMade() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      var notices: [String] = []
      let ledger = scratch + "/ledger.jsonl"
      var options = CalculateWorkflow.Options(run: WorkflowFixtures.run, format: .json, output: scratch + "/none/r.json")
      options.ledger = LedgerRecording(path: ledger)
      #expect {
        try CalculateWorkflow.run(options, notices: { notices.append($0) })
      } throws: { error in
        guard case .cannotCreate(let path, _) = error as? OutputError else { return false }
        return path == scratch + "/none/r.json"
      }
      #expect(notices.count == 1)
      #expect(notices.first?.contains("5 of 107 rows left out, not a production environment") == true)
      #expect(!FileManager.default.fileExists(atPath: ledger))
    }
  }
}
