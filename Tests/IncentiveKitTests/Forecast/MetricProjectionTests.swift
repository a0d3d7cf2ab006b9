import Testing

@testable import IncentiveKit

@Suite("Forecast metric projection")
struct MetricProjectionTests {
  static let q3 = Period(parsing: "2026-Q3")!
  static let window = Period(parsing: "2026-07-01..2026-07-30")!

  @Test("counts grow by period days / elapsed days; rates, ratios and medians stand")
  func project() {
    var metrics = ComputedMetrics(period: Self.window)
    var own = MetricSet()
    own.set(.reviews, FixedDecimal(3), rows: 3, source: "reviews.csv")
    own.set(.substantiveReviewRatio, FixedDecimal("0.25")!, rows: 3, source: "reviews.csv")
    metrics.engineers["e1"] = own
    var team = MetricSet()
    team.set(.deploymentFrequency, FixedDecimal("2.5")!, rows: 10, source: "deployments.csv")
    team.set(.leadTimeHours, FixedDecimal("30.5")!, rows: 10, source: "deployments.csv")
    metrics.teams["t"] = team
    let projected = MetricProjection.project(metrics, window: Self.window, to: Self.q3)
    // 3 reviews in 30 days of a 92-day quarter: 3 × 92 / 30 = 9.2
    #expect(projected.engineer("e1")[.reviews] == FixedDecimal("9.2")!)
    #expect(projected.engineer("e1")[.substantiveReviewRatio] == FixedDecimal("0.25")!)
    #expect(projected.team("t")[.deploymentFrequency] == FixedDecimal("2.5")!)
    #expect(projected.team("t")[.leadTimeHours] == FixedDecimal("30.5")!)
    #expect(projected.period == Self.q3)
  }

  @Test("a count that does not divide evenly is fixed to 6 decimals half-even")
  func sixDecimals() {
    var metrics = ComputedMetrics(period: Self.window)
    var own = MetricSet()
    own.set(.oncallShifts, FixedDecimal(1), rows: 1, source: "oncall.csv")
    metrics.engineers["e1"] = own
    // window 2026-07-01..2026-07-07 (7 days): 1 × 92 / 7 = 13.142857142… → 13.142857
    let week = Period(parsing: "2026-07-01..2026-07-07")!
    metrics.period = week
    #expect(MetricProjection.project(metrics, window: week, to: Self.q3).engineer("e1")[.oncallShifts] == FixedDecimal("13.142857")!)
  }

  @Test("a metrics.csv count stands as it is, reporter and all, beside a counted one that is projected")
  func exportedCountStands() {
    var metrics = ComputedMetrics(period: Self.window)
    var own = MetricSet()
    own.set(.menteePromotions, FixedDecimal(2), rows: 1, source: ExternalMetrics.source(line: 2), reportedBy: "e1")
    own.set(.reviews, FixedDecimal(3), rows: 3, source: "reviews.csv")
    metrics.engineers["e1"] = own
    metrics.reporters = ["e1"]
    let projected = MetricProjection.project(metrics, window: Self.window, to: Self.q3).engineer("e1")
    // The exported figure is the period's already: 2, not 2 × 92 / 30 = 6.133333.
    #expect(projected.entry(.menteePromotions) == own.entry(.menteePromotions))
    // 3 reviews counted in 30 days of a 92-day quarter: 3 × 92 / 30 = 9.2.
    #expect(projected[.reviews] == FixedDecimal("9.2")!)
    #expect(projected.entry(.reviews)?.source == "reviews.csv (projected ×92/30)")
    // Told apart by the source a metrics.csv row gives its value: the file and line a person opens.
    #expect(ExternalMetrics.source(line: 2) == "metrics.csv:2")
    #expect(own.entry(.menteePromotions)?.isFromMetricsFile == true)
    #expect(own.entry(.reviews)?.isFromMetricsFile == false)
  }

  @Test("a forecast pays an exported count as it stands, in the expected figure and in every week")
  func forecastOfExportedCount() throws {
    let scenario = PayoutScenario(
      roster: [PayoutScenario.engineer("E1", team: "t1")],
      components: """
        {"id": "mentoring", "metric": "mentee_promotions", "scope": "individual", "weight": 1,
         "curve": [[0, 0.5], [1, 1.0], [2, 1.5], [3, 2.0]]}
        """,
      files: ["metrics.csv": "subject,metric,value,period\nE1,mentee_promotions,2,2026-Q3\n"])
    let folder = try scenario.dataset()
    let forecast = try ForecastWorkflow.forecast(
      try PayoutRun(datasetPath: folder.path), asOf: CivilDate(year: 2026, month: 7, day: 30)!)
    // 2 promotions on the curve → 1.5 → 1,840.00 × 1.5 = 2,760.00. Projected they were 6.133333 (× 92 / 30) and,
    // in a week, 26.285714 (× 92 / 7): both past the curve's end, 2.0 → 3,680.00.
    let paid = Money(minorUnits: 276_000)
    #expect(forecast.weeks == 4)
    #expect(forecast.people.map(\.engineerID) == ["E1"])
    #expect(forecast.people.first?.figures == PayoutForecast.Figures(expected: paid, low: paid, high: paid))
  }

  @Test("a week's values overlay the elapsed ones; a metric the week lacks keeps the elapsed value")
  func overlay() {
    var elapsed = ComputedMetrics(period: Self.q3)
    var base = MetricSet()
    base.set(.reviews, FixedDecimal(9), rows: 3, source: "a")
    base.set(.crossTeamReviews, FixedDecimal(4), rows: 1, source: "a")
    elapsed.engineers["e1"] = base
    var week = ComputedMetrics(period: Self.q3)
    var quiet = MetricSet()
    quiet.set(.reviews, FixedDecimal(13), rows: 1, source: "b")
    week.engineers["e1"] = quiet
    let merged = MetricProjection.overlay(week, on: elapsed)
    #expect(merged.engineer("e1")[.reviews] == FixedDecimal(13))
    #expect(merged.engineer("e1")[.crossTeamReviews] == FixedDecimal(4))
  }

  @Test("a week's reported value brings its reporter along, so a conflict of interest in it is still looked for")
  func overlayKeepsReporters() {
    var elapsed = ComputedMetrics(period: Self.q3)
    elapsed.reporters = ["m0"]
    var week = ComputedMetrics(period: Self.q3)
    var team = MetricSet()
    team.set("customer_satisfaction", FixedDecimal("4.5")!, rows: 1, source: "metrics.csv:2", reportedBy: "m1")
    week.teams["t"] = team
    week.reporters = ["m1"]
    let merged = MetricProjection.overlay(week, on: elapsed)
    #expect(merged.team("t").entry("customer_satisfaction")?.reportedBy == "m1")
    #expect(merged.reporters == ["m0", "m1"])
    #expect(ComponentEvaluator.everyReporter(in: merged) == ["m1"])
  }
}
