/// Every metric value of a period: per team, per engineer, and each team's DORA level.
struct ComputedMetrics: Sendable {
  var period: Period
  var teams: [String: MetricSet] = [:]
  var engineers: [String: MetricSet] = [:]
  var dora: [String: DORAAssessment] = [:]
  /// Where every row of every input file went (`calculate`'s JSON `inputs`, `audit data`).
  var inputs = InputAccounting()

  init(period: Period) {
    self.period = period
  }

  func team(_ name: String) -> MetricSet { teams[name] ?? MetricSet() }
  func engineer(_ id: String) -> MetricSet { engineers[id] ?? MetricSet() }
}
