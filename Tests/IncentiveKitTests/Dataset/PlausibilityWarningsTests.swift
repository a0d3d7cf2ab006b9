import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// Values that parse and pay but are probably an export's mistake, found by the helper audit: each moved a payout
/// without a word. Every paying command now warns and `audit data` asks for a decision.
@Suite("Plausibility warnings: a leaver without an exit reason, a survey on another scale, a cost month missing")
struct PlausibilityWarningsTests {
  /// One mistake in acme: `written` in `file` replaced by `writtenAs`, which moves `engineer`'s pay from `clean`
  /// (the fixture's expected.json) to `paid`, and the warning that says so (after the file's path).
  struct Case: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let file: String
    let written: String
    let writtenAs: String
    let engineer: String
    let clean: String
    let paid: String
    let warning: String
  }

  static let cases = [
    // E05 left on 2026-08-31, voluntarily: manager E02's retention is 0.75. Without the reason the exit is not
    // counted as voluntary and retention reads 1.0.
    Case(
      testDescription: "a leaver of the period without an exit_reason", file: "roster.csv",
      written: "2026-08-31,voluntary,", writtenAs: "2026-08-31,,", engineer: "E02", clean: "4781.55", paid: "7226.90",
      warning: ":6: E05 left on 2026-08-31, in the period, with no exit_reason, so the exit counts as not voluntary "
        + "toward retention_rate; write voluntary or involuntary"),
    // platform's Q3 survey, 81 on the 0-100 scale, written 0.81: team_health pays nothing.
    Case(
      testDescription: "a health_score of 5 or less", file: "surveys.csv",
      written: "platform,2026-Q3,81,", writtenAs: "platform,2026-Q3,0.81,", engineer: "E01", clean: "16305.34",
      paid: "9394.51",
      warning: ":6: health_score of platform is 0.81, on a 0-100 scale; if the survey is scored 1-5 or 0-1, convert it "
        + "to 0-100"),
    // mobile's September cost row lost: cost_vs_budget sums July and August only.
    Case(
      testDescription: "a team's cost month missing", file: "costs.csv",
      written: "mobile,2026-09,59900.00,62000.00\n", writtenAs: "", engineer: "E12", clean: "6920.25", paid: "6728.21",
      warning: ":9: team mobile has no cost row for 2026-09, while other teams' rows cover 3 months of the period; "
        + "cost_vs_budget reads only the months a team has, so check the export"),
  ]

  /// The findings a paying command warns with for acme with `edits`, and the run's payout of `engineer`.
  static func run(_ edits: [String: (String) -> String], engineer: String) throws -> (
    findings: [DataFinding], payout: String, dataset: TemporaryDataset
  ) {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
    let run = try PayoutRun(datasetPath: dataset.path)
    let report = try run.payouts()
    let payout = try #require(report.engineers.first { $0.engineer.id == engineer })
    return (run.dataFindings(report.metrics), payout.payout.formatted(in: payout.currency), dataset)
  }

  @Test("the mistake moves the payout, and is named once, at its line, as a decision", arguments: cases)
  func warned(_ mistake: Case) throws {
    let (findings, paid, dataset) = try Self.run(
      [mistake.file: { $0.replacingOccurrences(of: mistake.written, with: mistake.writtenAs) }],
      engineer: mistake.engineer)
    #expect(paid == mistake.paid)
    let named = findings.filter { $0.message == dataset.file(mistake.file) + mistake.warning }
    #expect(named.count == 1 && named.allSatisfy(\.needsDecision))
    let clean = try Self.run([:], engineer: mistake.engineer)
    #expect(clean.payout == mistake.clean)
    #expect(!clean.findings.contains { $0.message.hasPrefix(clean.dataset.file(mistake.file) + ":") })
  }
}
