/// Jira issue CSV exports (Filters → Export → "Export Excel CSV (all fields)"), which repeat
/// headers for multi-valued fields (`Labels, Labels`, `Component/s, Component/s`) and write
/// dates in the exporting user's locale (`14/Jul/25 3:42 PM` by default; other layouts via
/// `--date-format`; read as UTC).
///
/// An issue is an incident when its type is one of `--incident-types` (default
/// `Incident`); an entry `Bug+incident` means a Bug carrying the label `incident`. The team
/// is `--team`, else the project key; the service is the first component.
enum JiraImporter {
  static let columns: [TableColumn] = [
    .required("issue key"), .required("issue type"), .required("created"), .optional("resolved"),
    .optional("priority"), .repeated("labels"), .repeated("component/s", aliases: ["components"]),
    .optional("project key"), .optional("custom field (severity)", aliases: ["severity"]),
  ]

  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    let timestamps = options.timestamps.format == nil ? TimestampReader(format: .jira) : options.timestamps
    let rules = (options.incidentTypes ?? ["incident"]).map { entry -> (type: String, label: String?) in
      let parts = entry.split(separator: "+", maxSplits: 1).map { $0.lowercased() }
      return (parts[0], parts.count > 1 ? parts[1] : nil)
    }
    var result = ImportResult()
    var rows: [CanonicalRow] = []
    for file in files {
      try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        let key = try row.requiredString(0)
        let type = try row.requiredString(1).lowercased()
        let labels = try row.strings(5).map { $0.lowercased() }
        guard rules.contains(where: { $0.type == type && ($0.label.map(labels.contains) ?? true) }) else {
          return result.skip(row.origin(), "\(key) is a \(try row.requiredString(1)), not an incident type")
        }
        let severity = try row.string(8)
        let project = try row.string(7)
        let priority = try row.string(4)
        rows.append(
          .incident(
            id: key, team: try options.team(orExported: project, at: row.origin()),
            opened: try row.requiredTimestamp(2, timestamps), resolved: try row.timestamp(3, timestamps),
            severity: severity ?? priority, service: try row.strings(6).first, origin: row.origin()))
      }
    }
    result.append(rows, to: Incident.self)
    return result
  }
}
