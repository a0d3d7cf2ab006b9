import TestSupport
import Testing

@testable import IncentiveKit

/// `metrics.csv` merged in two steps (read while the engineers' sets are made, merged once every value is computed)
/// gives exactly what the one-step merge gives: the same values, the same accounting, and for a file with mistakes
/// the same error, every bad row and every conflict with a computed value in it.
@Suite("metrics.csv merged in two steps")
struct ExternalMetricsTests {
  /// Computed before the merge: alpha's deployment frequency and a1's reviews (the values a row may contradict).
  static func computed() -> ComputedMetrics {
    var metrics = ComputedMetrics(period: Period(parsing: "2026-Q3")!)
    metrics.teams["alpha", default: MetricSet()].set(
      .deploymentFrequency, FixedDecimal(2), rows: 4, source: "deployments.csv")
    metrics.engineers["a1", default: MetricSet()].set(.reviews, FixedDecimal(3), rows: 3, source: "reviews.csv")
    return metrics
  }

  /// Each file's rows after its header `subject,metric,value,period,reported_by`; the header is line 1.
  static let files: [(name: String, rows: String)] = [
    ("values for a team and an engineer, one out of the period, a reporter", """
      alpha,uptime,0.99,,m1
      a1,design_docs,3,2026-Q3,
      beta,internal_nps,42,2026-Q2,
      """),
    ("a value contradicting a computed one (line 2)", "alpha,deployment_frequency,9,,\n"),
    ("a conflict on line 3 after a subject on no roster row on line 2", "zz,uptime,1,,\na1,reviews,7,,\n"),
    ("a second value of one metric for one subject", "a1,design_docs,3,,\na1,design_docs,4,,\n"),
    ("a conflict between two good rows", "beta,uptime,1,,\nalpha,deployment_frequency,9,,\nm1,design_docs,2,,\n"),
    // One error is thrown as it is; two are gathered into one, which a merge that stopped at the first would not give.
    ("two values contradicting computed ones (lines 2 and 3)", "alpha,deployment_frequency,9,,\na1,reviews,7,,\n"),
  ]

  static func outcome(
    _ body: (inout ComputedMetrics, inout InputAccounting) throws(InputError) -> Void
  ) -> Result<(ComputedMetrics, InputAccounting), InputError> {
    var metrics = computed()
    var accounting = InputAccounting()
    do throws(InputError) {
      try body(&metrics, &accounting)
      return .success((metrics, accounting))
    } catch {
      return .failure(error)
    }
  }

  @Test(arguments: files, [false, true])
  func sameAsOneStep(file: (name: String, rows: String), preferFileValues: Bool) throws {
    var files = MetricsCalculatorTests.files
    files["metrics.csv"] = "subject,metric,value,period,reported_by\n" + file.rows
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    let external = ExternalMetrics(
      roster: roster, period: Period(parsing: "2026-Q3")!, preferFileValues: preferFileValues)
    let oneStep = Self.outcome { (metrics, accounting) throws(InputError) in
      try external.merge(dataset, into: &metrics, accounting: &accounting)
    }
    let twoSteps = Self.outcome { (metrics, accounting) throws(InputError) in
      let reading = external.read(dataset)
      try external.merge(reading, dataset, into: &metrics, accounting: &accounting)
    }
    switch (oneStep, twoSteps) {
    case (.success(let one), .success(let two)):
      #expect(one.0.teams == two.0.teams, "\(file.name)")
      #expect(one.0.engineers == two.0.engineers, "\(file.name)")
      #expect(one.0.reporters == two.0.reporters, "\(file.name)")
      #expect(one.1 == two.1, "\(file.name)")
    case (.failure(let one), .failure(let two)):
      #expect(one == two, "\(file.name)")
    default:
      Issue.record("\(file.name): one step \(oneStep), two steps \(twoSteps)")
    }
  }

  @Test("by hand: the clean file's values and reporter are merged, the other period's row left out")
  func cleanValues() throws {
    var files = MetricsCalculatorTests.files
    files["metrics.csv"] = "subject,metric,value,period,reported_by\n" + Self.files[0].rows
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    let external = ExternalMetrics(roster: roster, period: Period(parsing: "2026-Q3")!, preferFileValues: false)
    var metrics = Self.computed()
    var accounting = InputAccounting()
    // Read in the first step, not again in the second: two rows of the period, nothing failed.
    let reading = external.read(dataset)
    #expect(!reading.failed && reading.rows.map(\.row.line) == [2, 3])
    try external.merge(reading, dataset, into: &metrics, accounting: &accounting)
    #expect(metrics.team("alpha")["uptime"] == FixedDecimal("0.99"))
    #expect(metrics.team("alpha").entry("uptime")?.source == "metrics.csv:2")
    #expect(metrics.engineer("a1")["design_docs"] == FixedDecimal(3))
    #expect(metrics.team("beta")["internal_nps"] == nil)
    #expect(metrics.reporters.contains("m1"))
    let file = try #require(accounting.files.first)
    #expect(file.countedByValue[""]?.rows == 2)
    #expect(file.leftOut[.outsidePeriod]?.firstLine == 4)
  }
}
