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

    /// Read from `metrics.csv` (its source names the line): a figure exported for its period, not counted from the
    /// events of the run's window, so a forecast takes it as it stands instead of projecting it (docs/forecast.md).
    /// Told by the source rather than a flag of its own, which would make every item of every set 16 bytes larger.
    var isFromMetricsFile: Bool { ExternalMetrics.isSource(source) }
  }

  /// One metric's entry, in `items`.
  struct Item: Sendable, Equatable {
    let id: MetricID
    var entry: Entry
  }

  /// Sorted by metric name. A subject has about ten metrics: a hash table for them held twice that room, and at
  /// 100,000 people the metric sets were the largest thing a run kept (58 MB); a short sorted array is half that
  /// and is searched as fast.
  private(set) var items: [Item] = []

  init() {}

  /// An empty set with room for `count` items, for a caller that knows about how many it will hold.
  init(reservingCapacity count: Int) {
    items.reserveCapacity(count)
  }

  var isEmpty: Bool { items.isEmpty }

  /// The entry of `metric`, nil when the set has none.
  func entry(_ metric: MetricID) -> Entry? { position(of: metric).map { items[$0].entry } }

  /// The value of `metric`, read without copying its entry.
  subscript(metric: MetricID) -> FixedDecimal? { position(of: metric).map { items[$0].entry.value } }

  /// Where `metric`'s item is. By index: a walk over the items copied each one, its source and reporter retained
  /// and released, for every value looked up (about ten a person paid).
  private func position(of metric: MetricID) -> Int? {
    for index in items.indices where items[index].id == metric { return index }
    return nil
  }

  /// Records a value computed from a ratio, fixed to 6 decimals.
  mutating func set(_ metric: MetricID, _ ratio: Ratio, rows: Int, source: String) {
    put(metric, Entry(value: ratio.rounded(toScale: Precision.metricValue), rows: rows, source: source))
  }

  mutating func set(
    _ metric: MetricID, _ value: FixedDecimal, rows: Int, source: String, reportedBy: String? = nil
  ) {
    put(
      metric,
      Entry(value: value.rounded(toScale: Precision.metricValue), rows: rows, source: source, reportedBy: reportedBy))
  }

  /// Another set's entry under `metric`, everything it carries included.
  mutating func set(_ metric: MetricID, entry: Entry) {
    put(metric, entry)
  }

  /// Drops a value, e.g. one a tool's DORA definition leaves absent.
  mutating func remove(_ metric: MetricID) {
    items.removeAll { $0.id == metric }
  }

  /// Sorted by name, so nothing printed depends on hashing order.
  var names: [MetricID] { items.map(\.id) }

  /// `entry` under `metric`, replacing one there, kept in name order.
  ///
  /// A new item is appended and moved down into place: `insert(_:at:)` goes through the general
  /// `replaceSubrange`, and at 100,000 people the metrics' finish made 640,000 items that way, 420 M instructions.
  ///
  /// The entry is consumed, so it moves into its place: borrowed, it was copied there (its source and reporter
  /// retained) and the caller's released, for each of 400,000 values at 100,000 people.
  private mutating func put(_ metric: MetricID, _ entry: consuming Entry) {
    let index = items.firstIndex { !($0.id < metric) } ?? items.count
    if index < items.count, items[index].id == metric {
      items[index].entry = entry
      return
    }
    // A set's first item makes room for four: grown one item at a time an engineer's five or six metrics took four
    // allocations (1, 2, 4, 8 items), 441,000 at 100,000 people; from four, two. A set ends at the same room.
    if items.isEmpty { items.reserveCapacity(4) }
    items.append(Item(id: metric, entry: entry))
    items.withUnsafeMutableBufferPointer { items in
      for position in stride(from: items.count - 1, to: index, by: -1) { items.swapAt(position, position - 1) }
    }
  }
}
