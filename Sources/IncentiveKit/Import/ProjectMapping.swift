/// DevLake's `project_mapping` table (project_name, table, row_id): which project (team)
/// each CI scope, repo and board belongs to, so every row lands in the team DevLake's own
/// dashboards would show it under.
struct ProjectMapping {
  /// `"cicd_scopes:<id>"` → project names, sorted.
  private var projects: [String: [String]] = [:]

  static let columns: [TableColumn] = [.required("project_name"), .required("table"), .required("row_id")]

  init() {}

  init(reading table: SQLTableExport) throws(InputError) {
    try table.forEachRow(columns: Self.columns) { (row: TableRow) throws(InputError) in
      let key = try row.requiredString(1) + ":" + row.requiredString(2)
      projects[key, default: []].append(try row.requiredString(0))
    }
    for key in projects.keys { projects[key]!.sort() }
  }

  var isEmpty: Bool { projects.isEmpty }

  /// The teams a row belongs to. Without a mapping, `--team` (required). With one, the
  /// projects of `(table, rowID)`, kept to `--team` when given; empty means the row is
  /// outside the projects asked for and is skipped.
  func teams(table: String, rowID: String?, options: ImportOptions, origin: SourcePosition) throws(InputError)
    -> [String]
  {
    guard !isEmpty else { return [try options.requiredTeam(at: origin)] }
    let found = rowID.flatMap { projects[table + ":" + $0] } ?? []
    guard let wanted = options.team else { return found }
    return found.filter { $0 == wanted }
  }
}
