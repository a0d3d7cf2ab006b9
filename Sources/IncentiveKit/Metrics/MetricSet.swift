/// The metric values of one subject (a team or an engineer), each with the number of source
/// rows behind it so `explain` can say what a value rests on.
public struct MetricSet: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    /// Fixed to 6 decimals (docs/calculation.md).
    public var value: FixedDecimal
    /// How many rows made the value.
    public var rows: Int
    /// Where the value came from (`deployments.csv`, `metrics.csv:4`).
    public var source: String
    /// Who reported it (metrics.csv `reported_by`), for conflict-of-interest checks.
    public var reportedBy: String? = nil
  }

  public private(set) var entries: [MetricID: Entry] = [:]

  public init() {}

  public subscript(metric: MetricID) -> FixedDecimal? { entries[metric]?.value }

  /// Records a value computed from a ratio, fixed to 6 decimals.
  public mutating func set(_ metric: MetricID, _ ratio: Ratio, rows: Int, source: String) {
    entries[metric] = Entry(value: ratio.rounded(toScale: Precision.metricValue), rows: rows, source: source)
  }

  public mutating func set(
    _ metric: MetricID, _ value: FixedDecimal, rows: Int, source: String, reportedBy: String? = nil
  ) {
    entries[metric] = Entry(
      value: value.rounded(toScale: Precision.metricValue), rows: rows, source: source, reportedBy: reportedBy)
  }

  /// Drops a value, e.g. one a tool's DORA definition leaves absent.
  public mutating func remove(_ metric: MetricID) {
    entries[metric] = nil
  }

  /// Sorted by name, so nothing printed depends on hashing order.
  public var names: [MetricID] { entries.keys.sorted() }
}
