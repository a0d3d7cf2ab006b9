/// What the user tells an import that the export itself does not say.
struct ImportOptions: Sendable {
  /// The team every row belongs to; with DevLake's project_mapping, the project to keep.
  var team: String?
  /// How the export writes times (`--date-format`).
  var timestamps = TimestampReader()
  /// Issue types that are incidents (`--incident-types`), lowercased; nil keeps each
  /// source's default (`INCIDENT` for DevLake, `Incident` for Jira).
  var incidentTypes: [String]?
  /// The column mapping for a `custom` import (`--map`).
  var mapping: ColumnMapping?

  init(team: String? = nil, timestamps: TimestampReader = TimestampReader(), incidentTypes: [String]? = nil) {
    self.team = team
    self.timestamps = timestamps
    self.incidentTypes = incidentTypes
  }

  /// Whether an issue of this type is an incident, by the user's list or the default.
  func isIncident(type: String?, default defaults: [String]) -> Bool {
    guard let type = type?.lowercased() else { return false }
    return (incidentTypes ?? defaults.map { $0.lowercased() }).contains(type)
  }

  /// `--team`, else the team the export names for the row, else an error at the row.
  func team(orExported exported: String?, at origin: SourcePosition) throws(InputError) -> String {
    if let team = team ?? exported { return team }
    return try requiredTeam(at: origin)
  }

  /// The team for a row of a source that has no team of its own.
  func requiredTeam(at origin: SourcePosition) throws(InputError) -> String {
    guard let team else {
      throw .inconsistent(
        file: origin.file, line: origin.line, reason: "no team for this row: pass --team TEAM (this export names none)")
    }
    return team
  }
}
