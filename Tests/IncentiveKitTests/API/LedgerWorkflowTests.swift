import Foundation
@testable import IncentiveKit
import Testing

/// `ledger verify` and `ledger history` on a ledger written by `close`; `diff` of a run with itself.
@Suite("Ledger and diff workflows")
struct LedgerWorkflowTests {
  @Test("an intact ledger verifies (exit 0); an edited one names its first bad line (exit 1)")
  func verify() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let path = scratch + "/ledger.jsonl"
      _ = try CloseWorkflow.run(WorkflowFixtures.run, ledger: LedgerRecording(path: path), notices: { _ in })
      let intact = try LedgerWorkflow.verify(path)
      #expect(intact.exitCode == 0)
      #expect(intact.output == "\(path): ledger intact: 1 entry\n")
      let edited = try WorkflowFixtures.text(path).replacingOccurrences(of: "\"close\"", with: "\"calculate\"")
      try GovernanceFixtures.writeBytes(Array(edited.utf8), to: path)
      let broken = try LedgerWorkflow.verify(path)
      #expect(broken.exitCode == 1)
      #expect(broken.output.hasPrefix("\(path):1: "))
    }
  }

  @Test("history lists the close; another period lists nothing")
  func history() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let path = scratch + "/ledger.jsonl"
      _ = try CloseWorkflow.run(WorkflowFixtures.run, ledger: LedgerRecording(path: path), notices: { _ in })
      let all = try LedgerWorkflow.history(path).output
      #expect(all.contains("close"))
      #expect(all.contains("2026-07-01..2026-09-30"))
      let other = try LedgerWorkflow.history(path, period: Period(parsing: "2026-Q4")).output
      #expect(!other.contains("2026-07-01..2026-09-30"))
    }
  }

  @Test("a run compared with itself changes no payout")
  func diffWithItself() throws {
    let result = try DiffWorkflow.run(
      DiffWorkflow.Options(run: WorkflowFixtures.run, against: WorkflowFixtures.acme + "/plan.json"))
    #expect(result.exitCode == 0)
    #expect(result.output.hasSuffix("total 87,757.48 → 87,757.48 (0.00 USD); 0 of 15 engineers' payouts change\n"))
  }
}
