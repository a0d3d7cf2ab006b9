import Foundation
import Testing

/// `calculate`'s table is written as people are paid (no payout kept) unless a ledger records the run, which keeps
/// them: both must print the same bytes, notes, pay outside the bonus and totals included.
@Suite("The terminal table written as people are paid")
struct StreamedTableTests {
  static func bothWays(_ dataset: String, _ extra: [String] = []) throws -> (streamed: CLIResult, kept: CLIResult) {
    let ledger = NSTemporaryDirectory() + "incentive-streamed-table-" + UUID().uuidString + ".jsonl"
    defer { try? FileManager.default.removeItem(atPath: ledger) }
    let streamed = try CLIRunner.run(["calculate", dataset] + extra)
    let kept = try CLIRunner.run(["calculate", dataset, "--ledger", ledger] + extra)
    return (streamed, kept)
  }

  @Test("acme with on-call premiums: the same table both ways, E06's 3 shifts × 150.00 outside the bonus")
  func premiums() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "plan.json") {
      $0.replacingOccurrences(of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "premiums": {"per_shift": 150},"#)
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    for extra in [[], ["--no-thousands"]] {
      let (streamed, kept) = try Self.bothWays(directory.path, extra)
      #expect(streamed.status == 0 && kept.status == 0)
      #expect(streamed.stdout == kept.stdout)
      // The amounts column is as wide as its total, 3,150.00 with separators and 3150.00 without.
      let padding = extra.isEmpty ? "    " : "   "
      #expect(streamed.stdout.contains("\nE06                oncall_premium\(padding)450.00  3 on-call shifts × 150.00\n"))
      #expect(streamed.stdout.contains("\nNotes:\n  E02 delivery: guard change_failure_rate max 0.15 broken: capped at 1.0\n"))
    }
  }

  @Test("several currencies, and a generated org of 300 people: the same table both ways")
  func currenciesAndGenerated() throws {
    let generated = NSTemporaryDirectory() + "incentive-streamed-table-org-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: generated) }
    let made = try CLIRunner.run(["generate", generated, "--engineers", "300", "--events", "6000", "--seed", "11"])
    #expect(made.status == 0)
    for dataset in [CLIRunner.root.appendingPathComponent("Fixtures/currencies").path, generated] {
      let (streamed, kept) = try Self.bothWays(dataset)
      #expect(streamed.status == kept.status)
      #expect(!streamed.stdout.isEmpty)
      #expect(streamed.stdout == kept.stdout)
    }
  }
}
