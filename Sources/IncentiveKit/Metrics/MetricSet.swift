/// The metric values of one subject (a team or an engineer), each with the number of source
/// rows behind it so `explain` can say what a value rests on.
struct MetricSet: Sendable, Equatable {
  struct Entry: Sendable, Equatable {
    /// Fixed to 6 decimals (docs/calculation.md).
    var value: FixedDecimal
    /// How many rows made the value.
    var rows: Int
    /// Where the value came from (`deployments.csv`, `metrics.csv:4`).
    var source: String
    /// Who reported it (metrics.csv `reported_by`), for conflict-of-interest checks.
    var reportedBy: String? = nil
  }

  private(set) var entries: [MetricID: Entry] = [:]

  init() {}

  subscript(metric: MetricID) -> FixedDecimal? { entries[metric]?.value }

  /// Records a value computed from a ratio, fixed to 6 decimals.
  mutating func set(_ metric: MetricID, _ ratio: Ratio, rows: Int, source: String) {
    entries[metric] = Entry(value: ratio.rounded(toScale: Precision.metricValue), rows: rows, source: source)
  }

  mutating func set(
    _ metric: MetricID, _ value: FixedDecimal, rows: Int, source: String, reportedBy: String? = nil
  ) {
    entries[metric] = Entry(
      value: value.rounded(toScale: Precision.metricValue), rows: rows, source: source, reportedBy: reportedBy)
  }

  /// Drops a value, e.g. one a tool's DORA definition leaves absent.
  mutating func remove(_ metric: MetricID) {
    entries[metric] = nil
  }

  /// Sorted by name, so nothing printed depends on hashing order.
  var names: [MetricID] { entries.keys.sorted() }
}
