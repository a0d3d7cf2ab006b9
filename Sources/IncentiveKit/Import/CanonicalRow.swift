/// One row of a canonical dataset file being built by an importer: cell text by canonical
/// column name, the export position it came from, and the event time it covers (for the
/// import summary's date range).
struct CanonicalRow: Sendable, Equatable {
  var values: [String: String] = [:]
  var origin: SourcePosition
  /// The row's event time, milliseconds since the epoch UTC; nil when it has none.
  var at: Int64?
  /// The export column (field number or character column) each canonical cell came from,
  /// so a bad cell is reported at its own column, not just its row.
  var columns: [String: Int] = [:]

  init(origin: SourcePosition, at: Int64? = nil) {
    self.origin = origin
    self.at = at
  }

  subscript(column: String) -> String? {
    get { values[column] }
    set { values[column] = newValue?.isEmpty == true ? nil : newValue }
  }

  /// Sets a timestamp cell in the canonical form (`2026-07-03T14:05:00Z`).
  mutating func set(_ column: String, timestamp: Int64?) {
    values[column] = timestamp.map { ISO8601.format(milliseconds: $0) }
  }

  mutating func set(_ column: String, count: Int?) {
    values[column] = count.map(String.init)
  }
}
