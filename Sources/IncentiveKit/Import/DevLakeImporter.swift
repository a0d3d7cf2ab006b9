/// Apache DevLake domain-table exports (CSV, or JSON arrays of rows, as `SELECT … INTO
/// OUTFILE`, a SQL client or DevLake's own e2e fixtures write them). Each file is named
/// after its table: `cicd_deployment_commits`, `issues`, `board_issues`, `pull_requests`,
/// `pull_request_comments`, `project_mapping`.
///
/// Follows DevLake's DORA plugin: only `environment = PRODUCTION` counts; rows sharing a
/// `cicd_deployment_id` are one deployment finished at the latest `finished_date`
/// ("GitLab and BitBucket may generate more than one deployment … DevLake consider these
/// deployments as ONE production deployment and use the last one's finished_date");
/// incidents are issues with `type = INCIDENT`; reviews are `pull_request_comments` with
/// `type = REVIEW`, self-reviews left out.
public enum DevLakeImporter {
  public static let tables = [
    "cicd_deployment_commits", "issues", "board_issues", "pull_requests", "pull_request_comments", "project_mapping",
  ]

  /// A review body at least this long counts as a substantive comment.
  static let substantiveBodyLength = 40

  public static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    let byTable = try ImportFile.byTable(files, tables, tool: "DevLake table")
    let mapping =
      try byTable["project_mapping"].map { (file: ImportFile) throws(InputError) in
        try ProjectMapping(reading: file)
      } ?? ProjectMapping()
    var result = ImportResult()
    var deployments: [MergedDeployment] = []
    if let file = byTable["cicd_deployment_commits"] {
      deployments = try readDeployments(file, mapping: mapping, options: options, into: &result)
    }
    var authors: [String: String] = [:]
    if let file = byTable["pull_requests"] {
      authors = try readPullRequests(file, deployments: &deployments, mapping: mapping, options: options, into: &result)
    }
    if !deployments.isEmpty {
      result.append(deployments.map { $0.row }, to: Deployment.self)
    }
    if let file = byTable["issues"] {
      // An issue may sit on several boards (and so belong to several projects): keep them all.
      var boards: [String: [String]] = [:]
      if let boardFile = byTable["board_issues"] {
        try boardFile.table.forEachRow(columns: [.required("board_id"), .required("issue_id")]) {
          (row: TableRow) throws(InputError) in boards[try row.requiredString(1), default: []].append(try row.requiredString(0))
        }
      }
      try readIssues(file, boards: boards, mapping: mapping, options: options, into: &result)
    }
    if let file = byTable["pull_request_comments"] {
      try readReviews(file, authors: authors, options: options, into: &result)
    }
    return result
  }

  /// One production deployment being merged from its per-commit rows.
  struct MergedDeployment {
    var id: String
    var team: String
    /// Every repo whose commits this deployment shipped (one row per commit, possibly several repos).
    var repoIDs: Set<String>
    var service: String?
    var succeeded: Bool
    var finishedAt: Int64
    var firstCommitAt: Int64?
    var changeLines: Int?
    var origin: SourcePosition

    /// Another row (or webhook payload) of the same deployment: DevLake counts a deployment
    /// once, succeeded if any row did, finished when its last successful row finished.
    mutating func absorb(succeeded rowSucceeded: Bool, finishedAt rowFinished: Int64, repo: String?) {
      if let repo { repoIDs.insert(repo) }
      if rowSucceeded && !succeeded {
        succeeded = true
        finishedAt = rowFinished
      } else if rowSucceeded == succeeded {
        finishedAt = max(finishedAt, rowFinished)
      }
    }

    var row: CanonicalRow {
      var row = CanonicalRow(origin: origin, at: finishedAt)
      row["deployment_id"] = id
      row["team"] = team
      row["service"] = service
      row["environment"] = "production"
      row.set("finished_at", timestamp: finishedAt)
      row["status"] = succeeded ? "success" : "failed"
      row.set("first_commit_at", timestamp: firstCommitAt)
      row.set("change_lines", count: changeLines)
      return row
    }
  }

  static func readDeployments(
    _ file: ImportFile, mapping: ProjectMapping, options: ImportOptions, into result: inout ImportResult
  ) throws(InputError) -> [MergedDeployment] {
    let columns: [TableColumn] = [
      .required("cicd_deployment_id"), .optional("cicd_scope_id"), .required("result"), .required("environment"),
      .required("finished_date"), .optional("name"), .optional("repo_id"), .optional("commit_sha"),
    ]
    var merged: [MergedDeployment] = []
    var index: [String: Int] = [:]
    try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let environment = try row.string(3)?.uppercased() ?? ""
      guard environment == "PRODUCTION" else {
        return result.skip(row.origin(), "environment \(environment.isEmpty ? "empty" : environment), not PRODUCTION")
      }
      let outcome = try row.string(2)?.uppercased() ?? ""
      guard outcome == "SUCCESS" || outcome == "FAILURE" else {
        return result.skip(
          row.origin(), "result \(outcome.isEmpty ? "empty" : outcome): the deployment has not finished")
      }
      let finished = try row.requiredTimestamp(4, options.timestamps)
      let id = try row.requiredString(0)
      let scope = try row.string(1)
      let teams = try mapping.teams(table: "cicd_scopes", rowID: scope, options: options, origin: row.origin())
      guard !teams.isEmpty else {
        return result.skip(row.origin(), "CI scope \(scope ?? "(none)") is outside the projects imported")
      }
      for team in teams {
        let key = team + "\u{0}" + id
        guard let at = index[key] else {
          index[key] = merged.count
          merged.append(
            MergedDeployment(
              id: id, team: team, repoIDs: Set([try row.string(6)].compactMap { $0 }), service: try row.string(5),
              succeeded: outcome == "SUCCESS",
              finishedAt: finished, origin: row.origin()))
          continue
        }
        merged[at].absorb(succeeded: outcome == "SUCCESS", finishedAt: finished, repo: try row.string(6))
      }
    }
    return merged
  }

  /// Merged pull requests become changes, linked to the first successful production
  /// deployment of their repo finished at or after the merge (the deployment whose commit
  /// range holds the merge commit, on a linear main branch). Returns PR id → author id.
  static func readPullRequests(
    _ file: ImportFile, deployments: inout [MergedDeployment], mapping: ProjectMapping, options: ImportOptions,
    into result: inout ImportResult
  ) throws(InputError) -> [String: String] {
    let columns: [TableColumn] = [
      .required("id"), .optional("base_repo_id"), .required("status"), .required("created_date"),
      .optional("merged_date"), .optional("author_id"), .optional("additions"), .optional("deletions"),
    ]
    var authors: [String: String] = [:]
    var changes: [CanonicalRow] = []
    try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      if let author = try row.string(5) { authors[id] = author }
      guard try row.string(2)?.uppercased() == "MERGED", let merged = try row.timestamp(4, options.timestamps) else {
        return result.skip(row.origin(), "pull request \(id) is not merged")
      }
      let created = try row.requiredTimestamp(3, options.timestamps)
      let repo = try row.string(1)
      let lines = CanonicalRow.lineCount(added: try row.count(6), deleted: try row.count(7))
      let teams = try mapping.teams(table: "repos", rowID: repo, options: options, origin: row.origin())
      guard !teams.isEmpty else {
        return result.skip(row.origin(), "repo \(repo ?? "(none)") is outside the projects imported")
      }
      for team in teams {
        var change = CanonicalRow(origin: row.origin(), at: created)
        change["change_id"] = id
        change["team"] = team
        change.set("committed_at", timestamp: created)
        change.set("merged_at", timestamp: merged)
        change.set("change_lines", count: lines)
        link(&change, created: created, merged: merged, lines: lines, repo: repo, team: team, to: &deployments)
        changes.append(change)
      }
    }
    if !changes.isEmpty { result.append(changes, to: Change.self) }
    return authors
  }

  /// Links a merged change to the first successful production deployment of its team
  /// (and repo, when both name one) finished at or after the merge, and folds its start
  /// and size into that deployment's first_commit_at and change_lines.
  static func link(
    _ change: inout CanonicalRow, created: Int64, merged: Int64, lines: Int?, repo: String?, team: String,
    to deployments: inout [MergedDeployment]
  ) {
    let candidates = deployments.indices.filter {
      deployments[$0].team == team && deployments[$0].succeeded && deployments[$0].finishedAt >= merged
        && (repo == nil || deployments[$0].repoIDs.isEmpty || deployments[$0].repoIDs.contains(repo!))
    }
    guard let first = candidates.min(by: { deployments[$0].finishedAt < deployments[$1].finishedAt }) else { return }
    change["deployment_id"] = deployments[first].id
    deployments[first].firstCommitAt = min(deployments[first].firstCommitAt ?? created, created)
    if let lines { deployments[first].changeLines = (deployments[first].changeLines ?? 0) + lines }
  }

  static func readIssues(
    _ file: ImportFile, boards: [String: [String]], mapping: ProjectMapping, options: ImportOptions,
    into result: inout ImportResult
  ) throws(InputError) {
    let columns: [TableColumn] = [
      .required("id"), .optional("issue_key"), .required("type"), .required("created_date"),
      .optional("resolution_date"), .optional("severity"), .optional("priority"), .optional("original_type"),
    ]
    var rows: [CanonicalRow] = []
    try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      let type = try row.string(2)
      // --incident-types may also name DevLake's original_type (the tool's own spelling).
      let originalType = try row.string(7)
      guard options.isIncident(type: type, default: ["INCIDENT"]) || options.isIncident(type: originalType, default: [])
      else { return result.skip(row.origin(), "issue type \(type ?? "(none)") is not an incident type") }
      let opened = try row.requiredTimestamp(3, options.timestamps)
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
      for team in teams {
        var incident = CanonicalRow(origin: row.origin(), at: opened)
        incident["incident_id"] = try row.string(1) ?? id
        incident["team"] = team
        let priority = try row.string(6)
        incident["severity"] = try row.string(5) ?? priority
        incident.set("opened_at", timestamp: opened)
        incident.set("resolved_at", timestamp: try row.timestamp(4, options.timestamps))
        rows.append(incident)
      }
    }
    result.append(rows, to: Incident.self)
  }

  static func readReviews(
    _ file: ImportFile, authors: [String: String], options: ImportOptions, into result: inout ImportResult
  ) throws(InputError) {
    let columns: [TableColumn] = [
      .required("id"), .required("pull_request_id"), .required("account_id"), .required("created_date"),
      .required("type"), .optional("status"), .optional("body"), .optional("review_id"),
    ]
    var reviews: [(row: CanonicalRow, id: String, body: Int)] = []
    // Diff comments by the review they were filed under: body lengths, looked up once per review.
    var comments: [String: [Int]] = [:]
    try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let body = (try row.string(6))?.count ?? 0
      guard try row.string(4)?.uppercased() == "REVIEW" else {
        if let review = try row.string(7) { comments[review, default: []].append(body) }
        return
      }
      let pr = try row.requiredString(1)
      let reviewer = try row.requiredString(2)
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
