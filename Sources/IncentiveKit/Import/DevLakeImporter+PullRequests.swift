extension DevLakeImporter {
  /// Where a DevLake import's PR → deployment links and lead times come from, best first; the
  /// import summary names the one used.
  enum LeadTimeSource: Equatable {
    /// `project_pr_metrics`: DevLake's own per-PR figures, which its dashboard reads.
    case prMetrics
    /// `commits_diffs`: the deployment whose commit range holds the merge commit, as DevLake links.
    case commitRanges
    /// Neither table: the first successful deployment after the merge.
    case time

    var note: String {
      switch self {
      case .prMetrics:
        return "lead time: DevLake's own per-PR figures and deployments (project_pr_metrics), which its dashboard reads"
      case .commitRanges:
        return "lead time: PR cycle time as DevLake computes it, each merge commit linked to the deployment whose "
          + "commit range holds it (commits_diffs, prev_success_deployment_commit_id)"
      case .time:
        return "lead time: PR cycle time as DevLake computes it, each pull request linked by time to the first "
          + "successful deployment after its merge (no commits_diffs or project_pr_metrics in the export)"
      }
    }
  }

  /// DevLake's per-PR figures from `project_pr_metrics`, by PR id and project.
  struct PRMetrics {
    struct Figures {
      var cycleMinutes: Int?
      var deploymentCommitID: String?
      var firstCommitAt: Int64?
    }
    private var figures = ProjectKeyed<Figures>()

    init(reading table: SQLTableExport, options: ImportOptions) throws(InputError) {
      let columns: [TableColumn] = [
        .required("id"), .optional("project_name"), .optional("pr_cycle_time"), .optional("deployment_commit_id"),
        .optional("first_commit_authored_date"),
      ]
      try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        figures.set(
          Figures(
            cycleMinutes: try row.count(2), deploymentCommitID: try row.string(3),
            firstCommitAt: try row.timestamp(4, options.timestamps)),
          id: try row.requiredString(0), project: try row.string(1))
      }
    }

    func figures(pr: String, project: String) -> Figures? { figures.value(id: pr, project: project) }
  }

  /// Merged pull requests (`merged_date IS NOT NULL`, whatever their status, as DevLake selects
  /// them) become changes with DevLake's PR cycle time and deployment. Returns PR id → author.
  static func readPullRequests(
    _ table: SQLTableExport, dump: DevLakeDump, deployments: inout DevLakeDeployments, mapping: ProjectMapping,
    people: DevLakePeople, options: ImportOptions, into result: inout ImportResult
  ) throws(InputError) -> [String: String] {
    let metrics = try dump["project_pr_metrics"].map { (table) throws(InputError) in
      try PRMetrics(reading: table, options: options)
    }
    let diffs = try dump["commits_diffs"].map { (table) throws(InputError) in try DevLakeCommitsDiffs(reading: table) }
    let source: LeadTimeSource = metrics != nil ? .prMetrics : diffs != nil ? .commitRanges : .time
    let firstCommits = try dump["pull_request_commits"].map { (table) throws(InputError) in
      try firstCommitTimes(table, options: options)
    }
    var rowsByMerge: [String: [String: DevLakeDeploymentRow]] = [:]
    let columns: [TableColumn] = [
      .required("id"), .optional("base_repo_id"), .required("created_date"), .optional("merged_date"),
      .optional("author_id"), .optional("additions"), .optional("deletions"), .optional("merge_commit_sha"),
    ]
    var authors: [String: String] = [:]
    var changes: [CanonicalRow] = []
    try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      if let author = try row.string(4) { authors[id] = people.person(author) }
      guard let merged = try row.timestamp(3, options.timestamps) else {
        return result.skip(row.origin(), "pull request \(id) is not merged (no merged_date)")
      }
      let created = try row.requiredTimestamp(2, options.timestamps)
      let repo = try row.string(1)
      let lines = CanonicalRow.lineCount(added: try row.count(5), deleted: try row.count(6))
      let teams = try mapping.teams(table: "repos", rowID: repo, options: options, origin: row.origin())
      guard !teams.isEmpty else {
        return result.skip(row.origin(), "repo \(repo ?? "(none)") is outside the projects imported")
      }
      let mergeCommit = try row.string(7)
      for team in teams {
        let figures = metrics?.figures(pr: id, project: team)
        let firstCommit = figures?.firstCommitAt ?? firstCommits?[id]
        // DevLake's coding time runs from the first commit to the PR's creation and is left out when negative.
        let start = min(firstCommit.map { min($0, created) } ?? created, merged)
        var change = CanonicalRow(origin: row.origin(), at: created)
        change["change_id"] = id
        change["team"] = team
        change.set("committed_at", timestamp: start)
        change.set("merged_at", timestamp: merged)
        change.set("change_lines", count: lines)
        // The deployment (and when it shipped this change) by the best source there is.
        var deployment: (id: String, at: Int64)?
        switch source {
        case .prMetrics:
          if let rowID = figures?.deploymentCommitID, let shipped = deployments.row(id: rowID) {
            deployment = shipped.finishedAt.map { (shipped.deploymentID, $0) }
          }
        case .commitRanges:
          if rowsByMerge[team] == nil { rowsByMerge[team] = deployments.rowsByMergeCommit(team: team, diffs: diffs!) }
          if let shipped = mergeCommit.flatMap({ rowsByMerge[team]![$0] }) {
            deployment = (shipped.deploymentID, shipped.finishedAt!)
          }
        case .time:
          if let index = deployments.firstDeployment(after: merged, team: team, repo: repo) {
            deployment = (deployments.merged[index].id, deployments.merged[index].finishedAt)
          }
        }
        if let deployment {
          change["deployment_id"] = deployment.id
          change.set("deployed_at", timestamp: deployment.at)
          let cycle =
            source == .prMetrics
            ? figures?.cycleMinutes
            : cycleMinutes(firstCommit: firstCommit, created: created, merged: merged, deployed: deployment.at)
          change.set("lead_time_minutes", count: cycle)
          if let index = deployments.index(of: deployment.id, team: team) {
            deployments.fold(start: start, lines: lines, into: index)
          }
        }
        changes.append(change)
      }
    }
    if !changes.isEmpty { result.append(changes, to: Change.self) }
    result.notes.append(source.note)
    if deployments.enrichedHere {
      result.notes.append(
        "deployments: prev_success_deployment_commit_id computed as DevLake's enricher does (the export lacks it)")
    }
    return authors
  }

  /// DevLake's PR cycle time in minutes: coding (first commit → PR opened) + review (opened →
  /// merged) + deploy (merged → deployed), each a whole number of minutes rounded up, and a
  /// span that comes out negative left out (`computeTimeSpan` in change_lead_time_calculator.go).
  static func cycleMinutes(firstCommit: Int64?, created: Int64, merged: Int64, deployed: Int64?) -> Int {
    func span(_ start: Int64?, _ end: Int64?) -> Int64 {
      guard let start, let end else { return 0 }
      // math.Ceil of the minutes: -((-ms) floor-divided by a minute).
      let minutes = -((start - end).floorDiv(60_000))
      return max(minutes, 0)
    }
    return Int(span(firstCommit, created) + span(created, merged) + span(merged, deployed))
  }

  /// Each PR's first commit: the earliest `commit_authored_date` of its `pull_request_commits`.
  static func firstCommitTimes(_ table: SQLTableExport, options: ImportOptions) throws(InputError) -> [String: Int64] {
    var first: [String: Int64] = [:]
    try table.forEachRow(columns: [.required("pull_request_id"), .required("commit_authored_date")]) {
      (row: TableRow) throws(InputError) in
      let pr = try row.requiredString(0)
      let authored = try row.requiredTimestamp(1, options.timestamps)
      first[pr] = min(first[pr] ?? authored, authored)
    }
    return first
  }
}
