/// Apache DevLake's domain tables, dumped from its MySQL or PostgreSQL database one file per
/// table (named after it), in whatever shape the client wrote (`SQLTableExport`), or as JSON
/// arrays of rows. A whole dump folder may be given: tables DevLake's DORA does not read are
/// listed as ignored.
///
/// Follows DevLake's code (plugins/dora/tasks and the DORA dashboard's SQL), not its prose:
/// - deployments: `environment = PRODUCTION` rows, merged by `cicd_deployment_id`, finished at
///   the latest successful row;
/// - changes: pull requests with a `merged_date`, their cycle time and deployment from
///   `project_pr_metrics`, else computed as DevLake does (`LeadTimeSource`);
/// - incidents: the `incidents` table (DevLake 1.x), else `issues` of type INCIDENT on a
///   project's board, keyed by `id`, each related to a deployment as DevLake relates it;
/// - reviews: `pull_request_comments` of type REVIEW, self-reviews left out;
/// - people: accounts linked to DevLake users through `user_accounts`, `accounts` and `users`.
enum DevLakeImporter {
  /// The tables this import reads; any other file of a dump is ignored (and listed).
  static let tables = [
    "project_mapping", "cicd_deployment_commits", "pull_requests", "pull_request_commits", "commits_diffs",
    "project_pr_metrics", "pull_request_comments", "issues", "board_issues", "incidents",
    "project_incident_deployment_relationships", "accounts", "users", "user_accounts",
  ]

  /// A review body at least this long counts as a substantive comment.
  static let substantiveBodyLength = 40

  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    let dump = try DevLakeDump(files)
    var result = ImportResult()
    result.ignoredFiles = dump.ignored
    let mapping =
      try dump["project_mapping"].map { (table) throws(InputError) in try ProjectMapping(reading: table) }
      ?? ProjectMapping()
    let people = try DevLakePeople(dump)
    var deployments = DevLakeDeployments()
    if let table = dump["cicd_deployment_commits"] {
      deployments = try DevLakeDeployments(reading: table, mapping: mapping, options: options, into: &result)
    }
    var authors: [String: String] = [:]
    if let table = dump["pull_requests"] {
      authors = try readPullRequests(
        table, dump: dump, deployments: &deployments, mapping: mapping, people: people, options: options,
        into: &result)
    }
    if !deployments.merged.isEmpty {
      result.append(deployments.merged.map(\.row), to: Deployment.self)
    }
    try readIncidents(dump, deployments: deployments, mapping: mapping, options: options, into: &result)
    if let table = dump["pull_request_comments"] {
      try readReviews(table, authors: authors, people: people, options: options, into: &result)
    }
    if !people.isEmpty {
      result.aliases = people.aliases
      result.notes.append(
        "people: \(people.linkedByTable) accounts linked to DevLake users by user_accounts, \(people.linkedByMatch) "
          + "more by e-mail or name as DevLake matches them; reviews name the user")
    }
    return result
  }

  static func readReviews(
    _ table: SQLTableExport, authors: [String: String], people: DevLakePeople, options: ImportOptions,
    into result: inout ImportResult
  ) throws(InputError) {
    let columns: [TableColumn] = [
      .required("id"), .required("pull_request_id"), .required("account_id"), .required("created_date"),
      .optional("type"), .optional("status"), .optional("body"), .optional("review_id"),
    ]
    var reviews: [(row: CanonicalRow, id: String, body: Int)] = []
    // Diff comments by the review they were filed under: body lengths, looked up once per review.
    var comments: [String: [Int]] = [:]
    try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let body = (try row.string(6))?.count ?? 0
      guard try row.string(4)?.uppercased() == "REVIEW" else {
        if let review = try row.string(7) { comments[review, default: []].append(body) }
        return
      }
      let pr = try row.requiredString(1)
      let reviewer = people.person(try row.requiredString(2))
      if authors[pr] == reviewer { return result.skip(row.origin(), "self-review of pull request \(pr)") }
      let submitted = try row.requiredTimestamp(3, options.timestamps)
      var review = CanonicalRow(origin: row.origin(), at: submitted)
      review["pr_id"] = pr
      review["reviewer_id"] = reviewer
      review.set("submitted_at", timestamp: submitted)
      review["author_id"] = authors[pr]
      review["state"] = try row.string(5)
      reviews.append((review, try row.requiredString(0), body))
    }
    // A review's comments: its own body (when written) and the diff comments filed under it.
    let rows = reviews.map { review -> CanonicalRow in
      var row = review.row
      let own = comments[review.id, default: []] + (review.body > 0 ? [review.body] : [])
      row.set("comments", count: own.count)
      row.set("substantive_comments", count: own.filter { $0 >= substantiveBodyLength }.count)
      return row
    }
    result.append(rows, to: Review.self)
  }
}
