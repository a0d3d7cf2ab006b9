import Foundation
import Testing

@testable import IncentiveKit

/// `PayoutSnapshot.paid`: a run's figures taken as its people are paid, which `check` and `diff` compare instead of
/// the run's kept payouts.
@Suite("A run's figures, taken as people are paid")
struct PaidSnapshotTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

  /// The figures of the run's people paid one at a time, and those read back from the run's own JSON as a golden
  /// file is read.
  static func both(_ fixture: String) throws -> (paid: PayoutSnapshot, report: PayoutReport, json: PayoutSnapshot) {
    let run = try PayoutRun(datasetPath: fixtures + "/" + fixture)
    let (shell, paying) = try run.paying(strictConflicts: false)
    let (paid, report) = try PayoutSnapshot.paid(paying, shell: shell)
    let text = try run.payouts().renderJSON()
    let json = try PayoutSnapshot(json: try JSONParser.parse(Array(text.utf8), file: "run.json"), file: "run.json")
    return (try paid.get(), report, json)
  }

  @Test("acme: the figures of its JSON, and the payouts, teams and total of Fixtures/acme/README.md")
  func acme() throws {
    let (paid, report, json) = try Self.both("acme")
    #expect(paid == json)
    #expect(paid.engineers.map(\.id) == WorkflowFixtures.paid)
    // E01: 16,305.34 (README's worked example); the team rows and the total as expected.json holds them.
    #expect(paid.engineers.first?.payout == Money("16305.34", currency: report.currency))
    #expect(paid.teams.count == 3)
    #expect(paid.total == Money("87757.48", currency: report.currency))
    #expect(report.total == paid.total)
    #expect(report.engineers.isEmpty, "no payout is kept")
  }

  /// Fixtures/currencies/README.md: M1 2,268.49 EUR, M2 2,016.44 GBP, M3 60,493.15 INR, M4 302,466 JPY; converted
  /// to USD at fx.csv's rates, 7,763.29.
  @Test("four currencies: each person's figures in their own, the totals converted")
  func currencies() throws {
    let (paid, report, json) = try Self.both("currencies")
    #expect(paid == json)
    let currencies = paid.engineers.map { $0.currency?.code }
    #expect(currencies == ["EUR", "GBP", "INR", "JPY"])
    let payouts = paid.engineers.map { $0.payout.formatted(in: $0.currency!) }
    #expect(payouts == ["2268.49", "2016.44", "60493.15", "302466"])
    #expect(report.isMultiCurrency)
    #expect(report.totalText.hasSuffix("(7763.29 USD at fx.csv rates)"))
  }

  /// E01's base salary 10^14 USD at a 100 % target: 10^14 × 92 / 365 = 25,205,479,452,054.79 USD, 2.5 × 10^15 cents,
  /// which a golden file may not hold (at most 10^15 minor units): the run stops at that target, as `calculate`
  /// does, rather than write what `check` could not read back.
  @Test("a figure past what a golden file holds stops the run, and check with it")
  func figurePastTheContract() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let dataset = scratch + "/acme"
      try FileManager.default.copyItem(atPath: WorkflowFixtures.acme, toPath: dataset)
      let roster = try WorkflowFixtures.text(dataset + "/roster.csv").replacingOccurrences(
        of: ",,265000,20,USD", with: ",,100000000000000,100,USD")
      try GovernanceFixtures.writeBytes(Array(roster.utf8), to: dataset + "/roster.csv")
      #expect(throws: CalculationError.amountOutOfRange(engineer: "E01", what: "target")) {
        let run = try PayoutRun(datasetPath: dataset)
        let (shell, paying) = try run.paying(strictConflicts: false)
        _ = try PayoutSnapshot.paid(paying, shell: shell)
      }
      // check stops with the same error, as at any error of paying (its golden file, here missing, is not said).
      let options = CheckWorkflow.Options(run: RunOptions(dataset: dataset), expected: scratch + "/none.json")
      #expect(throws: CalculationError.amountOutOfRange(engineer: "E01", what: "target")) {
        try CheckWorkflow.run(options)
      }
    }
  }
}
