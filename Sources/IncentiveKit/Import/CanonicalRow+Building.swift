extension CanonicalRow {
  /// A change's size: additions plus deletions, nil when the export has neither.
  static func lineCount(added: Int?, deleted: Int?) -> Int? {
    added == nil && deleted == nil ? nil : (added ?? 0) + (deleted ?? 0)
  }

  /// An incidents.csv row, the shape every incident source (DevLake, Four Keys, PagerDuty,
  /// Opsgenie, Jira, webhooks) produces.
  /// - Parameter columns: the export column of each canonical cell, where the export has one (`CanonicalRow.columns`).
  static func incident(
    id: String, team: String, opened: Int64, resolved: Int64?, severity: String?, service: String? = nil,
    origin: SourcePosition, columns: [String: Int] = [:]
  ) -> CanonicalRow {
    var row = CanonicalRow(origin: origin, at: opened)
    row.columns = columns
    row["incident_id"] = id
    row["team"] = team
    row["service"] = service
    row["severity"] = severity
    row.set("opened_at", timestamp: opened)
    row.set("resolved_at", timestamp: resolved)
    return row
  }
}
