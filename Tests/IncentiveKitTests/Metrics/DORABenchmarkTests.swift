import Testing

@testable import IncentiveKit

/// The bands of both published tables at and around every threshold, from the table in `DORABenchmark`'s doc
/// comment: deployments per week (daily = 7, weekly = 1, monthly = 12/52 = 0.230769, six-monthly = 2/52 = 0.038462),
/// hours for lead and restore times (strict upper bounds), a rate for change failures (inclusive upper bounds).
@Suite("DORA benchmark bands")
struct DORABenchmarkTests {
  @Test(
    "each value falls in the band the report's table gives it",
    arguments: [
      // 2023
      ("2023", "deployment_frequency", "7", DORALevel.elite), ("2023", "deployment_frequency", "6.999999", .high),
      ("2023", "deployment_frequency", "1", .high), ("2023", "deployment_frequency", "0.999999", .medium),
      ("2023", "deployment_frequency", "0.230769", .medium), ("2023", "deployment_frequency", "0.230768", .low),
      ("2023", "lead_time_hours", "23.999999", .elite), ("2023", "lead_time_hours", "24", .high),
      ("2023", "lead_time_hours", "168", .medium), ("2023", "lead_time_hours", "720", .low),
      ("2023", "change_failure_rate", "0.05", .elite), ("2023", "change_failure_rate", "0.050001", .high),
      ("2023", "change_failure_rate", "0.15", .medium), ("2023", "change_failure_rate", "0.150001", .low),
      ("2023", "time_to_restore_hours", "0.999999", .elite), ("2023", "time_to_restore_hours", "1", .high),
      ("2023", "time_to_restore_hours", "24", .medium), ("2023", "time_to_restore_hours", "168", .low),
      // 2021
      ("2021", "deployment_frequency", "7", .elite), ("2021", "deployment_frequency", "0.230769", .high),
      ("2021", "deployment_frequency", "0.230768", .medium), ("2021", "deployment_frequency", "0.038462", .medium),
      ("2021", "deployment_frequency", "0.038461", .low),
      ("2021", "lead_time_hours", "0.999999", .elite), ("2021", "lead_time_hours", "1", .high),
      ("2021", "lead_time_hours", "4319.999999", .medium), ("2021", "lead_time_hours", "4320", .low),
      ("2021", "change_failure_rate", "0.15", .elite), ("2021", "change_failure_rate", "0.2", .high),
      ("2021", "change_failure_rate", "0.3", .medium), ("2021", "change_failure_rate", "0.300001", .low),
      ("2021", "time_to_restore_hours", "167.999999", .medium), ("2021", "time_to_restore_hours", "168", .low),
    ] as [(String, String, String, DORALevel)])
  func band(report: String, metric: String, value: String, level: DORALevel) throws {
    let benchmark = try #require(DORABenchmark(report: report))
    #expect(benchmark.level(of: MetricID(metric), FixedDecimal(value)!) == level)
  }

  @Test("a metric outside the four keys has no band; a team is as good as its weakest key")
  func assessment() throws {
    let benchmark = try #require(DORABenchmark(report: "2023"))
    #expect(benchmark.thresholds(of: .reviews) == nil)
    #expect(benchmark.level(of: .reviews, FixedDecimal(7)) == nil)
    var set = MetricSet()
    set.set(.deploymentFrequency, FixedDecimal(8), rows: 8, source: "deployments.csv")
    set.set(.changeFailureRate, FixedDecimal("0.12")!, rows: 8, source: "deployments.csv")
    let assessment = benchmark.assess(set)
    #expect(assessment.levels == [.deploymentFrequency: .elite, .changeFailureRate: .medium])
    #expect(assessment.overall == .medium)
  }
}
