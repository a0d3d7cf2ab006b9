/// `--team-map teams.csv` (from, team): the tool's team and project names (`Payments
/// On-Call`, a DevLake project, a Jira project key) renamed to the roster's teams, so every
/// source lands on the team the roster pays.
struct TeamMap: Sendable {
  /// Tool name, lowercased → roster team.
  private var teams: [String: String] = [:]

  static let columns: [TableColumn] = [
    .required("from", aliases: ["source_team", "project", "tool_team"]), .required("team"),
  ]

  init(file: ImportFile) throws(InputError) {
    try file.table.forEachRow(columns: Self.columns) { (row: TableRow) throws(InputError) in
      let from = try row.requiredString(0).lowercased()
      let team = try row.requiredString(1)
      if let other = teams[from], other != team {
        throw row.invalid(0, from, "a name mapped to one team only (already \(other))")
      }
      teams[from] = team
    }
  }

  func team(for name: String) -> String? { teams[name.lowercased()] }
}

extension ImportResult {
  /// Renames every row's team by the map; names it does not list are kept as they are.
  mutating func rename(_ map: TeamMap) {
    for index in tables.indices where tables[index].record.columns.contains(where: { $0.name == "team" }) {
      for row in tables[index].rows.indices {
        if let name = tables[index].rows[row]["team"], let team = map.team(for: name) {
          tables[index].rows[row]["team"] = team
        }
      }
    }
  }
}
