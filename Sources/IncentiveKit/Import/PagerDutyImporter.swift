/// PagerDuty incidents: the REST API's `GET /incidents` JSON (`{"incidents": […]}` or a
/// bare array) or the Incidents report CSV from the web UI, whose headers vary between
/// accounts and versions, so columns are matched by their known aliases.
///
/// As DevLake's PagerDuty converter: an incident opens at `created_at`; a resolved one
/// closes at `resolved_at`, or `last_status_change_at` when the payload predates that field.
/// Severity is the priority's name, else the urgency.
enum PagerDutyImporter {
  static let csvColumns: [TableColumn] = [
    .required("id", aliases: ["incident_id", "incident id", "incident_number", "incident number", "#", "number"]),
    .required("created_on", aliases: ["created_at", "created", "created at", "opened"]),
    .optional("resolved_on", aliases: ["resolved_at", "resolved", "resolved at", "closed"]),
    .optional("seconds_to_resolve", aliases: ["time to resolve (seconds)"]),
    .optional("priority_name", aliases: ["priority", "priority name"]),
    .optional("urgency"),
    .optional("service_name", aliases: ["service", "service name"]),
    .optional("team_name", aliases: ["team", "teams", "team name"]),
    .optional("status"),
  ]

  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    var result = ImportResult()
    var rows: [CanonicalRow] = []
    for file in files {
      if file.isJSON {
        for incident in try file.jsonObjects(under: ["incidents"]) {
          let origin = incident.origin
          let opened = try incident.requiredTimestamp("created_at", options.timestamps)
          var resolved: Int64?
          if try incident.string("status")?.lowercased() == "resolved" {
            resolved = try incident.timestamp("resolved_at", options.timestamps)
            if resolved == nil { resolved = try incident.timestamp("last_status_change_at", options.timestamps) }
          }
          let teams = try incident.objects("teams")
          let exportedTeam = try teams.first?.string("summary")
          let prioritySummary = try incident.string("priority.summary")
          let priorityName = try incident.string("priority.name")
          let urgency = try incident.string("urgency")
          rows.append(
            .incident(
              id: try incident.requiredString("id"), team: try options.team(orExported: exportedTeam, at: origin),
              opened: opened, resolved: resolved, severity: prioritySummary ?? priorityName ?? urgency,
              service: try incident.string("service.summary"), origin: origin))
        }
      } else {
        try file.table.forEachRow(columns: csvColumns) { (row: TableRow) throws(InputError) in
          let opened = try row.requiredTimestamp(1, options.timestamps)
          var resolved = try row.timestamp(2, options.timestamps)
          // The cells a bad incident is reported at: resolved_at from its own column, or the seconds it was worked
          // out from.
          var columns = ["incident_id": row.origin(0).column, "opened_at": row.origin(1).column]
          if resolved != nil { columns["resolved_at"] = row.origin(2).column }
          if resolved == nil, let seconds = try row.count(3) {
            resolved = opened + Int64(seconds) * 1000
            columns["resolved_at"] = row.origin(3).column
          }
          let priority = try row.string(4)
          let exportedTeam = try row.string(7)
          let urgency = try row.string(5)
          rows.append(
            .incident(
              id: try row.requiredString(0), team: try options.team(orExported: exportedTeam, at: row.origin()),
              opened: opened, resolved: resolved, severity: priority ?? urgency, service: try row.string(6),
              origin: row.origin(), columns: columns))
        }
      }
    }
    result.append(rows, to: Incident.self)
    return result
  }
}
