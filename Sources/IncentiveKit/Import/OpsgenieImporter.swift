import Foundation

/// Opsgenie alerts: the Alert API's `GET /v2/alerts` JSON (`{"data": […]}` or a bare array)
/// or the alert list's CSV export (headers matched by alias, `TinyId`, `CreatedAt`, …).
///
/// An alert opens at `createdAt`; a `closed` one closes `report.closeTime` milliseconds
/// later (the API's own close duration), else at `updatedAt`. The team is `--team`, else
/// the alert's `ownerTeam` or first team responder.
enum OpsgenieImporter {
  static let csvColumns: [TableColumn] = [
    .required("tinyid", aliases: ["id", "alias"]), .required("createdat", aliases: ["created at", "created_at"]),
    .optional("updatedat", aliases: ["updated at", "updated_at"]), .optional("status"), .optional("priority"),
    .optional("teams", aliases: ["responders", "owner team", "ownerteam"]),
  ]

  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    var result = ImportResult()
    var rows: [CanonicalRow] = []
    for file in files {
      if file.isJSON {
        for alert in try file.jsonObjects(under: ["data"]) {
          let opened = try alert.requiredTimestamp("createdAt", options.timestamps)
          var resolved: Int64?
          if try alert.string("status")?.lowercased() == "closed" {
            // At most 100 years of milliseconds: added to the opening time, which must not trap.
            if let elapsed = try alert.count("report.closeTime", atMost: 3_155_760_000_000) {
              resolved = opened + Int64(elapsed)
            } else {
              resolved = try alert.timestamp("updatedAt", options.timestamps)
            }
          }
          let responder = try alert.objects("responders").first { (try? $0.string("type")) == "team" }
          let ownerTeam = try alert.string("ownerTeam")
          let responderTeam = try responder?.string("name")
          let tinyID = try alert.string("tinyId")
          let id: String
          if let tinyID { id = tinyID } else { id = try alert.requiredString("id") }
          rows.append(
            .incident(
              id: id, team: try options.team(orExported: ownerTeam ?? responderTeam, at: alert.origin), opened: opened,
              resolved: resolved, severity: try alert.string("priority"), origin: alert.origin))
        }
      } else {
        try file.table.forEachRow(columns: csvColumns) { (row: TableRow) throws(InputError) in
          let opened = try row.requiredTimestamp(1, options.timestamps)
          let closed = try row.string(3)?.lowercased() == "closed"
          let resolved = closed ? try row.timestamp(2, options.timestamps) : nil
          let teams = try row.string(5)?.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map {
            $0.trimmingCharacters(in: .whitespaces)
          }
          rows.append(
            .incident(
              id: try row.requiredString(0), team: try options.team(orExported: teams, at: row.origin()),
              opened: opened, resolved: resolved, severity: try row.string(4), origin: row.origin()))
        }
      }
    }
    result.append(rows, to: Incident.self)
    return result
  }
}
