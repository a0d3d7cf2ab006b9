import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// Values that parse and pay but are probably an export's mistake, found by the helper audit: each moved a payout
/// without a word. Every paying command now warns and `audit data` asks for a decision.
@Suite("Plausibility warnings: a leaver without an exit reason, a survey on another scale")
struct PlausibilityWarningsTests {
  /// The warnings `calculate` would print for acme with `edits`, and the run's payout of `engineer`.
  static func warnings(_ edits: [String: (String) -> String], engineer: String) throws -> (
    findings: [DataFinding], payout: String, dataset: TemporaryDataset
  ) {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
    let run = try PayoutRun(datasetPath: dataset.path)
    let report = try run.payouts()
    let payout = try #require(report.engineers.first { $0.engineer.id == engineer })
    return (run.dataFindings(report.metrics), payout.payout.formatted(in: payout.currency), dataset)
  }

  /// acme's E05 left on 2026-08-31, voluntarily: manager E02's retention is 0.75. Without the reason the exit is
  /// not counted as voluntary, retention reads 1.0 and E02 is paid 7,226.90 instead of 4,781.55 (the audit's
  /// figures, the first also the fixture's expected.json).
  @Test("a leaver of the period without an exit_reason is named at its line")
  func exitWithoutReason() throws {
    let (findings, payout, dataset) = try Self.warnings(
      ["roster.csv": { $0.replacingOccurrences(of: "2026-08-31,voluntary,", with: "2026-08-31,,") }], engineer: "E02")
    #expect(payout == "7226.90")
    let named = findings.filter { if case .exitWithoutReason = $0 { true } else { false } }
    #expect(named.map(\.message) == [
      "\(dataset.file("roster.csv")):6: E05 left on 2026-08-31, in the period, with no exit_reason, so the exit counts "
        + "as not voluntary toward retention_rate; write voluntary or involuntary"
    ])
    #expect(named.filter(\.needsDecision).count == 1)
  }

  /// platform's Q3 survey, 81 on the 0-100 scale, written 0.81: team_health pays nothing, E01 16,305.34 -> 9,394.51.
  @Test("a health_score of 5 or less in the period is named as a likely other scale; 6 and more are not")
  func healthScoreScale() throws {
    let (findings, payout, dataset) = try Self.warnings(
      ["surveys.csv": { $0.replacingOccurrences(of: "platform,2026-Q3,81,", with: "platform,2026-Q3,0.81,") }],
      engineer: "E01")
    #expect(payout == "9394.51")
    let named = findings.filter { if case .healthScoreScale = $0 { true } else { false } }
    #expect(named.map(\.message) == [
      "\(dataset.file("surveys.csv")):6: health_score of platform is 0.81, on a 0-100 scale; if the survey is scored "
        + "1-5 or 0-1, convert it to 0-100"
    ])
    let clean = try Self.warnings([:], engineer: "E01")
    #expect(clean.payout == "16305.34")
    #expect(!clean.findings.contains { if case .healthScoreScale = $0 { true } else { false } })
    #expect(!clean.findings.contains { if case .exitWithoutReason = $0 { true } else { false } })
  }
}
