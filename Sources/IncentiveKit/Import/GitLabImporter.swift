/// GitLab's `GET /projects/:id/deployments` JSON (e.g. `glab api
/// "projects/:id/deployments?environment=production&per_page=100" --paginate`).
///
/// As DevLake's GitLab converter: `success` is a success, `failed` and `canceled` are
/// failures, and deployments still `created`, `running` or `blocked` are skipped; the
/// environment is production when its `tier` is `production` or, without a tier, its name
/// starts with `prod`; the finish is `deployable.finished_at` (else `updated_at`) and the
/// first commit time the deployed commit's `created_at`.
enum GitLabImporter {
  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    var result = ImportResult()
    var rows: [CanonicalRow] = []
    for file in files {
      for deployment in try file.jsonObjects() {
        let id = try deployment.requiredString("id")
        let status = try deployment.string("status")?.lowercased() ?? ""
        guard ["success", "failed", "canceled"].contains(status) else {
          result.skip(
            deployment.origin, "deployment \(id) is \(status.isEmpty ? "without status" : status), not finished")
          continue
        }
        let tier = try deployment.string("environment.tier")?.lowercased()
        let name = try deployment.string("environment.name")?.lowercased() ?? ""
        guard tier == "production" || (tier == nil && name.hasPrefix("prod")) else {
          result.skip(
            deployment.origin, "deployment \(id) went to \(name.isEmpty ? "no environment" : name), not production")
          continue
        }
        let deployableFinished = try deployment.timestamp("deployable.finished_at", options.timestamps)
        let updated = try deployment.timestamp("updated_at", options.timestamps)
        guard let finished = deployableFinished ?? updated else {
          throw deployment.missing("deployable.finished_at")
        }
        var row = CanonicalRow(origin: deployment.origin, at: finished)
        row["deployment_id"] = id
        row["team"] = try options.requiredTeam(at: deployment.origin)
        row["environment"] = "production"
        row.set("finished_at", timestamp: finished)
        row["status"] = status == "success" ? "success" : "failed"
        if let committed = try deployment.timestamp("deployable.commit.created_at", options.timestamps),
          committed <= finished
        {
          row.set("first_commit_at", timestamp: committed)
        }
        rows.append(row)
      }
    }
    result.append(rows, to: Deployment.self)
    return result
  }
}
