/// Payloads for DevLake's webhook plugin (`POST /plugins/webhook/connections/:id/deployments`,
/// `/issues`, `/pull_requests`), saved as JSON: one payload, an array of them, or JSON
/// Lines. The kind is told by its keys: `deploymentCommits` or `finishedDate` (deployment),
/// `issueKey` (issue), `pullRequestKey` (pull request).
///
/// The same rules as the domain-table import: production only (an unnamed environment is
/// production, as the webhook defaults it), `type = INCIDENT` issues, pull requests with a
/// `mergedDate` linked to the first successful deployment finished after the merge.
enum DevLakeWebhookImporter {
  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    var result = ImportResult()
    var deployments: [DevLakeImporter.MergedDeployment] = []
    var deploymentIndex: [String: Int] = [:]
    var incidents: [CanonicalRow] = []
    var merges: [(row: CanonicalRow, created: Int64, merged: Int64, lines: Int?)] = []
    for file in files {
      for payload in try file.jsonObjects() {
        let origin = payload.origin
        if payload.value["issueKey"] != nil {
          let key = try payload.requiredString("issueKey")
          guard options.isIncident(type: try payload.string("type"), default: ["INCIDENT"]) else {
            result.skip(origin, "issue \(key) is not an incident type")
            continue
          }
          let severity = try payload.string("severity")
          let priority = try payload.string("priority")
          incidents.append(
            .incident(
              id: key, team: try options.requiredTeam(at: origin),
              opened: try payload.requiredTimestamp("createdDate", options.timestamps),
              resolved: try payload.timestamp("resolutionDate", options.timestamps),
              severity: severity ?? priority, service: try payload.string("component"),
              origin: origin))
        } else if payload.value["pullRequestKey"] != nil {
          let key = try payload.requiredString("pullRequestKey")
          // Merged is having a mergedDate, whatever the status, as DevLake's DORA selects them.
          guard let merged = try payload.timestamp("mergedDate", options.timestamps) else {
            result.skip(origin, "pull request \(key) is not merged (no mergedDate)")
            continue
          }
          let created = try payload.requiredTimestamp("createdDate", options.timestamps)
          var change = CanonicalRow(origin: origin, at: created)
          change["change_id"] = try payload.string("id") ?? key
          change["team"] = try options.requiredTeam(at: origin)
          change.set("committed_at", timestamp: created)
          change.set("merged_at", timestamp: merged)
          let lines = CanonicalRow.lineCount(
            added: try payload.lineCount("additions"), deleted: try payload.lineCount("deletions"))
          change.set("change_lines", count: lines)
          merges.append((change, created, merged, lines))
        } else if payload.value["deploymentCommits"] != nil || payload.value["finishedDate"] != nil {
          let id = try payload.requiredString("id")
          let environment = try payload.string("environment")?.uppercased() ?? "PRODUCTION"
          guard environment == "PRODUCTION" else {
            result.skip(origin, "deployment \(id) went to \(environment), not PRODUCTION")
            continue
          }
          let outcome = try payload.string("result")?.uppercased() ?? "SUCCESS"
          let finished = try payload.requiredTimestamp("finishedDate", options.timestamps)
          // A retried deployment sends a payload per attempt: merge them as the table import does.
          if let at = deploymentIndex[id] {
            deployments[at].absorb(succeeded: outcome == "SUCCESS", finishedAt: finished, repo: nil)
            continue
          }
          deploymentIndex[id] = deployments.count
          deployments.append(
            DevLakeImporter.MergedDeployment(
              id: id, team: try options.requiredTeam(at: origin), repoIDs: [], service: try payload.string("name"),
              succeeded: outcome == "SUCCESS", finishedAt: finished, origin: origin))
        } else {
          throw .malformed(
            file: origin.file, line: origin.line, column: origin.column,
            reason: "not a DevLake webhook payload: expected deploymentCommits/finishedDate, issueKey or pullRequestKey"
          )
        }
      }
    }
    var changes: [CanonicalRow] = []
    for var merge in merges {
      let team = merge.row["team"]!
      DevLakeImporter.link(
        &merge.row, created: merge.created, merged: merge.merged, lines: merge.lines, repo: nil, team: team,
        to: &deployments)
      changes.append(merge.row)
    }
    if !deployments.isEmpty { result.append(deployments.map(\.row), to: Deployment.self) }
    if !incidents.isEmpty { result.append(incidents, to: Incident.self) }
    if !changes.isEmpty { result.append(changes, to: Change.self) }
    return result
  }
}
