/// One row of DevLake's `cicd_deployment_commits`: one repo commit shipped by one deployment.
///
/// DevLake's dashboard counts deployments (rows merged by `cicd_deployment_id`), but its DORA
/// plugin works on these rows: an incident is related to the latest successful production *row*
/// finished before it, and a pull request to the first row whose commit range holds its merge
/// commit. So every row is kept, not only the production ones: a row's previous successful
/// deployment may be any row.
struct DevLakeDeploymentRow {
  /// The row's own id (`id`), which `prev_success_deployment_commit_id` and `project_pr_metrics`
  /// name; nil when the export has no such column.
  var id: String?
  var deploymentID: String
  var commitSha: String?
  var scope: String?
  /// `result` and `environment`, uppercased; empty when absent.
  var result: String
  var environment: String
  var startedAt: Int64?
  var finishedAt: Int64?
  var prevSuccessID: String?
  var repoID: String?
  var repoURL: String?
  var name: String?
  /// The projects (teams) of the row's CI scope that this import keeps; looked up for finished
  /// production rows only, the others counting for no team.
  var teams: [String]
  var origin: SourcePosition

  var isSuccessfulProduction: Bool { result == "SUCCESS" && environment == "PRODUCTION" && finishedAt != nil }

  static let columns: [TableColumn] = [
    .required("cicd_deployment_id"), .optional("cicd_scope_id"), .required("result"), .required("environment"),
    .required("finished_date"), .optional("name"), .optional("repo_id"), .optional("commit_sha"), .optional("id"),
    .optional("started_date"), .optional("prev_success_deployment_commit_id"), .optional("repo_url"),
  ]

  init(row: TableRow, mapping: ProjectMapping, options: ImportOptions) throws(InputError) {
    deploymentID = try row.requiredString(0)
    scope = try row.string(1)
    result = try row.string(2)?.uppercased() ?? ""
    environment = try row.string(3)?.uppercased() ?? ""
    name = try row.string(5)
    repoID = try row.string(6)
    commitSha = try row.string(7)
    id = try row.string(8)
    prevSuccessID = try row.string(10)
    repoURL = try row.string(11)
    origin = row.origin()
    // Only a finished production row needs its times; any other row is read for its commit.
    let finishes = environment == "PRODUCTION" && (result == "SUCCESS" || result == "FAILURE")
    finishedAt = finishes ? try row.requiredTimestamp(4, options.timestamps) : try row.timestamp(4, options.timestamps)
    startedAt = try row.timestamp(9, options.timestamps)
    teams = finishes ? try mapping.teams(table: "cicd_scopes", rowID: scope, options: options, origin: origin) : []
  }

  /// Why the row is not a finished production deployment of an imported project, or nil when it is.
  var skipReason: String? {
    guard environment == "PRODUCTION" else {
      return "environment \(environment.isEmpty ? "empty" : environment), not PRODUCTION"
    }
    guard result == "SUCCESS" || result == "FAILURE" else {
      return "result \(result.isEmpty ? "empty" : result): the deployment has not finished"
    }
    guard !teams.isEmpty else { return "CI scope \(scope ?? "(none)") is outside the projects imported" }
    return nil
  }
}
