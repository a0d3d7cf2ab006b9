import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// A metrics.csv value written for the wrong kind of subject is kept for something nothing asks about, and the
/// component pays by on_missing with only a note; found by the input audit (E08 for platform: E08 8,099.47 ->
/// 7,996.25 without a word).
@Suite("metrics.csv: a value for an engineer where the plan pays on the metric for teams, or the other way round")
struct ExportedMetricSubjectTests {
  @Test(
    "the row is refused at its line, naming the subject, the metric and the component",
    arguments: [
      (
        "platform,internal_customer_satisfaction,4.3,2026-Q3", "E08,internal_customer_satisfaction,4.3,2026-Q3",
        "metrics.csv:2: subject \"E08\" is an engineer, but the plan pays on internal_customer_satisfaction for teams "
          + "only (component internal_customers); write the team's name, or the value pays nothing and "
          + "internal_customers pays by its on_missing"
      ),
      (
        "platform,internal_customer_satisfaction,4.3,2026-Q3,",
        "payments,cross_team_reviews,3,2026-Q3,\nplatform,internal_customer_satisfaction,4.3,2026-Q3,",
        "metrics.csv:2: subject \"payments\" is a team, but the plan pays on cross_team_reviews for people only "
          + "(component collaboration); write the engineer's id, or the value pays nothing and collaboration pays by "
          + "its on_missing"
      ),
    ])
  func refused(row: String, written: String, message: String) throws {
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme, editing: ["metrics.csv": { $0.replacingOccurrences(of: row, with: written) }])
    do {
      _ = try PayoutRun(datasetPath: dataset.path)
      Issue.record("a metrics.csv row for the wrong kind of subject was accepted")
    } catch let error as InputError {
      #expect("\(error)" == dataset.file(message))
      #expect((error as any UserFacingError).exitCode == 2)
    }
  }

  @Test("the bundled org's metrics.csv, a team's values for a team metric, is accepted and pays its total")
  func accepted() throws {
    let report = try PayoutRun(datasetPath: WorkflowFixtures.acme).payouts()
    #expect(report.total.formatted(in: report.currency) == "87757.48")
  }
}
