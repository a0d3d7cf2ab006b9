import Foundation

/// Google Four Keys view exports (`bq extract` of `four_keys.deployments`, `changes` and
/// `incidents`, as newline-delimited JSON or CSV; files named after the view).
///
/// Four Keys' deployments are successful deploys only; a deployment "contains" the commits
/// listed in its `changes`; an incident's `changes` are its root-cause shas, and its
/// `time_created` is already the earlier of the incident and the culprit deployment. Every
/// (deployment, change) pair becomes a row of changes.csv, as the view's `UNNEST` makes.
enum FourKeysImporter {
  static let views = ["deployments", "changes", "incidents"]

  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    let byView = try ImportFile.byTable(files, views, tool: "Four Keys view")
    var result = ImportResult()
    var commitTimes: [String: Int64] = [:]
    if let file = byView["changes"] {
      try file.table.forEachRow(columns: [.required("change_id"), .required("time_created")]) {
        (row: TableRow) throws(InputError) in
        commitTimes[try row.requiredString(0)] = try row.requiredTimestamp(1, options.timestamps)
      }
    }
    struct Deploy { var id: String; var at: Int64; var changes: [String] }
    var deploys: [Deploy] = []
    if let file = byView["deployments"] {
      var deployments: [CanonicalRow] = []
      var changes: [CanonicalRow] = []
      let columns: [TableColumn] = [.required("deploy_id"), .required("time_created"), .optional("changes")]
      try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        let id = try row.requiredString(0)
        let at = try row.requiredTimestamp(1, options.timestamps)
        let team = try options.requiredTeam(at: row.origin())
        let shas = splitList(try row.strings(2))
        deploys.append(Deploy(id: id, at: at, changes: shas))
        var firstCommit: Int64?
        for sha in shas {
          guard let committed = commitTimes[sha] else {
            result.skip(row.origin(2), "change \(sha) of deployment \(id) is not in the changes export")
            continue
          }
          var change = CanonicalRow(origin: row.origin(2), at: committed)
          change["change_id"] = sha
          change["deployment_id"] = id
          change["team"] = team
          change.set("committed_at", timestamp: committed)
          changes.append(change)
          if committed <= at { firstCommit = min(firstCommit ?? committed, committed) }
        }
        var deployment = CanonicalRow(origin: row.origin(), at: at)
        deployment["deployment_id"] = id
        deployment["team"] = team
        deployment["environment"] = "production"
        deployment.set("finished_at", timestamp: at)
        deployment["status"] = "success"
        deployment.set("first_commit_at", timestamp: firstCommit)
        deployments.append(deployment)
      }
      result.append(deployments, to: Deployment.self)
      if !changes.isEmpty { result.append(changes, to: Change.self) }
    }
    if let file = byView["incidents"] {
      var incidents: [CanonicalRow] = []
      let columns: [TableColumn] = [
        .required("incident_id"), .required("time_created"), .optional("time_resolved"), .optional("changes"),
      ]
      try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        let opened = try row.requiredTimestamp(1, options.timestamps)
        let causes = Set(splitList(try row.strings(3)))
        // The root cause's deployment: the earliest one carrying a root-cause sha, as the view's MIN does.
        let culprit = deploys.filter { !causes.isDisjoint(with: $0.changes) }.min { $0.at < $1.at }
        var incident = CanonicalRow(origin: row.origin(), at: opened)
        incident["incident_id"] = try row.requiredString(0)
        incident["team"] = try options.requiredTeam(at: row.origin())
        incident.set("opened_at", timestamp: opened)
        incident.set("resolved_at", timestamp: try row.timestamp(2, options.timestamps))
        incident["caused_by_deployment"] = culprit?.id
        incidents.append(incident)
      }
      result.append(incidents, to: Incident.self)
    }
    return result
  }

  /// A BigQuery array as exported: JSON array elements, or one CSV cell holding
  /// `["a","b"]`, `[a, b]` or `a;b`.
  static func splitList(_ values: [String]) -> [String] {
    values.flatMap { value -> [String] in
      let inner = value.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
      return inner.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
      }.filter { !$0.isEmpty }
    }
  }
}
