extension DevLakeImporter {
  /// Incidents as DevLake's dashboard sees them, each with the deployment DevLake relates it to.
  ///
  /// DevLake 1.x keeps incidents in their own `incidents` table, scoped to a project through their
  /// `table` and `scope_id`; the dashboard reads that table, so it wins over `issues` when both
  /// are given. Older dumps have only `issues` (`type = INCIDENT`, scoped by `board_issues`), which
  /// DevLake's `ConvertIssuesToIncidents` turns into that table. Either way an incident is keyed
  /// by `id`: `issue_key` repeats across repos (#5 of one repo and #5 of another).
  static func readIncidents(
    _ dump: DevLakeDump, deployments: DevLakeDeployments, mapping: ProjectMapping, options: ImportOptions,
    into result: inout ImportResult
  ) throws(InputError) {
    var incidents: [CanonicalRow] = []
    if let table = dump["incidents"] {
      if dump["issues"] != nil {
        result.notes.append("incidents: read from DevLake's incidents table, which its dashboard reads; issues are not")
      }
      try readIncidentTable(table, mapping: mapping, options: options, into: &incidents, result: &result)
    } else if let table = dump["issues"] {
      // An issue may sit on several boards (and so belong to several projects): keep them all.
      var boards: [String: [String]] = [:]
      try dump["board_issues"]?.forEachRow(columns: [.required("board_id"), .required("issue_id")]) {
        (row: TableRow) throws(InputError) in
        boards[try row.requiredString(1), default: []].append(try row.requiredString(0))
      }
      try readIssues(table, boards: boards, mapping: mapping, options: options, into: &incidents, result: &result)
    } else {
      return
    }
    try attribute(&incidents, dump: dump, deployments: deployments, result: &result)
    result.append(incidents, to: Incident.self)
  }

  /// The columns both incident tables share.
  static let incidentColumns: [TableColumn] = [
    .required("id"), .required("created_date"), .optional("resolution_date"), .optional("severity"),
    .optional("priority"),
  ]

  /// One incident row per team, from the shared columns.
  static func incident(_ row: TableRow, team: String, options: ImportOptions) throws(InputError) -> CanonicalRow {
    let severity = try row.string(3)
    let priority = try row.string(4)
    return .incident(
      id: try row.requiredString(0), team: team, opened: try row.requiredTimestamp(1, options.timestamps),
      resolved: try row.timestamp(2, options.timestamps), severity: severity ?? priority, origin: row.origin())
  }

  static func readIncidentTable(
    _ table: SQLTableExport, mapping: ProjectMapping, options: ImportOptions, into incidents: inout [CanonicalRow],
    result: inout ImportResult
  ) throws(InputError) {
    let columns = incidentColumns + [.optional("table"), .optional("scope_id")]
    try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let scope = try row.string(6)
      let teams = try mapping.teams(
        table: try row.string(5) ?? "", rowID: scope, options: options, origin: row.origin())
      guard !teams.isEmpty else {
        return result.skip(row.origin(), "incident scope \(scope ?? "(none)") is outside the projects imported")
      }
      for team in teams { incidents.append(try incident(row, team: team, options: options)) }
    }
  }

  static func readIssues(
    _ table: SQLTableExport, boards: [String: [String]], mapping: ProjectMapping, options: ImportOptions,
    into incidents: inout [CanonicalRow], result: inout ImportResult
  ) throws(InputError) {
    let columns = incidentColumns + [.required("type"), .optional("original_type")]
    try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      let type = try row.string(5)
      // --incident-types may also name DevLake's original_type (the tool's own spelling).
      let originalType = try row.string(6)
      guard options.isIncident(type: type, default: ["INCIDENT"]) || options.isIncident(type: originalType, default: [])
      else { return result.skip(row.origin(), "issue type \(type ?? "(none)") is not an incident type") }
      var teams: [String] = []
      for board in boards[id].map({ $0.map(Optional.some) }) ?? [nil] {
        for team in try mapping.teams(table: "boards", rowID: board, options: options, origin: row.origin())
        where !teams.contains(team) {
          teams.append(team)
        }
      }
      guard !teams.isEmpty else {
        return result.skip(row.origin(), "issue \(id) is on no board of the projects imported")
      }
      for team in teams { incidents.append(try incident(row, team: team, options: options)) }
    }
  }

  /// Fills each incident's `attributed_deployment`: from DevLake's own
  /// `project_incident_deployment_relationships` when the dump has it, else by DevLake's
  /// `ConnectIncidentToDeployment` rule over the deployment rows.
  static func attribute(
    _ incidents: inout [CanonicalRow], dump: DevLakeDump, deployments: DevLakeDeployments,
    result: inout ImportResult
  ) throws(InputError) {
    if let table = dump["project_incident_deployment_relationships"] {
      var related = ProjectKeyed<String>()
      let columns: [TableColumn] = [.required("id"), .optional("project_name"), .required("deployment_id")]
      try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        related.set(try row.requiredString(2), id: try row.requiredString(0), project: try row.string(1))
      }
      for index in incidents.indices {
        incidents[index]["attributed_deployment"] = related.value(
          id: incidents[index]["incident_id"]!, project: incidents[index]["team"]!)
      }
      return result.notes.append(
        "incidents: related to deployments by DevLake's own project_incident_deployment_relationships")
    }
    for index in incidents.indices {
      guard let opened = incidents[index].at else { continue }
      incidents[index]["attributed_deployment"] = deployments.deployment(
        before: opened, team: incidents[index]["team"]!)
    }
    result.notes.append(
      "incidents: related to deployments as DevLake does: the latest successful production deployment row of the "
        + "project finished before each incident")
  }
}
