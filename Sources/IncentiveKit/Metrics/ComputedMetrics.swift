/// Every metric value of a period: per team, per engineer, and each team's DORA level.
public struct ComputedMetrics: Sendable {
  public var period: Period
  public var teams: [String: MetricSet] = [:]
  public var engineers: [String: MetricSet] = [:]
  public var dora: [String: DORAAssessment] = [:]
  /// Where every row of every input file went (`calculate`'s JSON `inputs`, `audit data`).
  var inputs = InputAccounting()

  public init(period: Period) {
    self.period = period
  }

  public func team(_ name: String) -> MetricSet { teams[name] ?? MetricSet() }
  public func engineer(_ id: String) -> MetricSet { engineers[id] ?? MetricSet() }
}
