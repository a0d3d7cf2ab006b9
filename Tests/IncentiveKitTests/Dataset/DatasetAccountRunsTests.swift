import Testing
import TestSupport

@testable import IncentiveKit

/// Consecutive counted rows of one value are added to the accounting together: the rows and kept lines are those of
/// adding each row, whatever the order the values come in.
@Suite("Dataset accounting of runs of one value")
struct DatasetAccountRunsTests {
  /// Lines 2–8: alpha, alpha, beta, alpha, beta, beta, then a row outside the period (left out), then alpha.
  static let coverage = """
    team,date,line_coverage,iac_coverage
    alpha,2026-07-01,0.80,
    alpha,2026-07-02,0.81,
    beta,2026-07-03,0.70,
    alpha,2026-07-04,0.82,
    beta,2026-07-05,0.71,
    beta,2026-07-06,0.72,
    alpha,2025-01-01,0.10,
    alpha,2026-07-08,0.83,

    """

  @Test(
    "rows and kept lines per value",
    arguments: [
      (1, [2], [4]),  // one line kept: each value's first
      (5, [2, 3, 5, 9], [4, 6, 7]),  // up to five: every counted line, ascending
      (2, [2, 3], [4, 6]),
    ])
  func runs(lineLimit: Int, alphaLines: [Int], betaLines: [Int]) throws {
    let folder = try TemporaryDataset([
      "coverage.csv": Self.coverage, "roster.csv": MetricsCalculatorTests.files["roster.csv"]!,
    ])
    let dataset = try Dataset(directory: folder.path)
    let quarter = Period(parsing: "2026-Q3")!
    var inputs = InputAccounting()
    _ = try dataset.account(CoverageSample.self, rosterColumn: .team(), countedLineLimit: lineLimit, into: &inputs) {
      (sample: CoverageSample) throws(InputError) -> RowFate in
      quarter.contains(sample.date) ? .counted(rosterValue: sample.team) : .leftOut(.outsidePeriod)
    }
    let file = try #require(inputs.files.first)
    #expect(file.countedByValue["alpha"]?.rows == 4)
    #expect(file.countedByValue["alpha"]?.firstLines == alphaLines)
    #expect(file.countedByValue["beta"]?.rows == 3)
    #expect(file.countedByValue["beta"]?.firstLines == betaLines)
    #expect(file.leftOut[.outsidePeriod]?.rows == 1 && file.leftOut[.outsidePeriod]?.firstLines == [8])
    #expect(file.counted == 7)
  }
}
