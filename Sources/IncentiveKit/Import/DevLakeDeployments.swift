/// DevLake's deployments of one dump: every `cicd_deployment_commits` row, and the production
/// deployments they merge into (one per team and `cicd_deployment_id`), with the two links
/// DevLake's DORA plugin makes from the rows: incident → deployment and pull request →
/// deployment.
struct DevLakeDeployments {
  private(set) var rows: [DevLakeDeploymentRow] = []
  private(set) var merged: [DevLakeImporter.MergedDeployment] = []
  private var mergedIndex: [String: Int] = [:]
  /// Per team, its successful production rows sorted by finish (stable, so ties keep file order).
  private var finishedRows: [String: [DevLakeDeploymentRow]] = [:]
  /// Whether `prev_success_deployment_commit_id` was computed here because the export lacks it.
  private(set) var enrichedHere = false

  init() {}

  init(reading table: SQLTableExport, mapping: ProjectMapping, options: ImportOptions, into result: inout ImportResult)
    throws(InputError)
  {
    try table.forEachRow(columns: DevLakeDeploymentRow.columns) { (row: TableRow) throws(InputError) in
      let deployment = try DevLakeDeploymentRow(row: row, mapping: mapping, options: options)
      rows.append(deployment)
      if let reason = deployment.skipReason { return result.skip(deployment.origin, reason) }
      for team in deployment.teams { absorb(deployment, team: team) }
    }
    if !table.hasColumn("prev_success_deployment_commit_id") && table.hasColumn("id") {
      enrichPreviousSuccesses()
      enrichedHere = true
    }
    var byTeam: [String: [(order: Int, row: DevLakeDeploymentRow)]] = [:]
    for (order, row) in rows.enumerated() where row.isSuccessfulProduction {
      for team in row.teams { byTeam[team, default: []].append((order, row)) }
    }
    for (team, rows) in byTeam {
      finishedRows[team] = rows.sorted { ($0.row.finishedAt!, $0.order) < ($1.row.finishedAt!, $1.order) }.map(\.row)
    }
  }

  private mutating func absorb(_ row: DevLakeDeploymentRow, team: String) {
    let key = team + "\u{0}" + row.deploymentID
    let succeeded = row.result == "SUCCESS"
    if let at = mergedIndex[key] {
      return merged[at].absorb(succeeded: succeeded, finishedAt: row.finishedAt!, repo: row.repoID)
    }
    mergedIndex[key] = merged.count
    merged.append(
      DevLakeImporter.MergedDeployment(
        id: row.deploymentID, team: team, repoIDs: Set([row.repoID].compactMap { $0 }), service: row.name,
        succeeded: succeeded, finishedAt: row.finishedAt!, origin: row.origin))
  }

  /// The merged deployment of `team` with this id, for folding a change's start and size into it.
  func index(of deploymentID: String, team: String) -> Int? { mergedIndex[team + "\u{0}" + deploymentID] }

  mutating func fold(start: Int64, lines: Int?, into index: Int) { merged[index].fold(start: start, lines: lines) }

  /// `DevLakeImporter.firstDeployment(after:…)` among these deployments.
  func firstDeployment(after merged: Int64, team: String, repo: String?) -> Int? {
    DevLakeImporter.firstDeployment(after: merged, team: team, repo: repo, in: self.merged)
  }

  /// DevLake's `ConnectIncidentToDeployment`: the `cicd_deployment_id` of the latest successful
  /// production row of the team finished strictly before `time` (`ORDER BY finished_date DESC
  /// LIMIT 1`; of rows finished at the same instant, the first in the export). The row's own
  /// finish counts, so a deployment whose other rows are still running can be the one.
  func deployment(before time: Int64, team: String) -> String? {
    guard let sorted = finishedRows[team] else { return nil }
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid].finishedAt! < time { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return nil }
    var first = low - 1
    while first > 0 && sorted[first - 1].finishedAt == sorted[low - 1].finishedAt { first -= 1 }
    return sorted[first].deploymentID
  }

  /// DevLake's `batchFetchDeployments`: for each merge commit, the successful production row of
  /// the team whose commit range holds it, the range being `commits_diffs` from the commit of the
  /// row's previous successful deployment (`prev_success_deployment_commit_id`, or '' when that
  /// row is missing) to the row's own commit; of several, the earliest started (no start first,
  /// as MySQL sorts NULL), then the smallest row id.
  func rowsByMergeCommit(team: String, diffs: DevLakeCommitsDiffs) -> [String: DevLakeDeploymentRow] {
    var commitsOfRow: [String: [String]] = [:]
    for row in rows { if let id = row.id { commitsOfRow[id, default: []].append(row.commitSha ?? "") } }
    var found: [String: DevLakeDeploymentRow] = [:]
    for row in finishedRows[team] ?? [] {
      guard let previous = row.prevSuccessID, let commit = row.commitSha else { continue }
      let olds = Set(commitsOfRow[previous] ?? [""])
      for merge in diffs.merges(to: commit) where olds.contains(merge.old) {
        if let other = found[merge.commit], !Self.startsBefore(row, other) { continue }
        found[merge.commit] = row
      }
    }
    return found
  }

  private static func startsBefore(_ a: DevLakeDeploymentRow, _ b: DevLakeDeploymentRow) -> Bool {
    switch (a.startedAt, b.startedAt) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let x), .some(let y)) where x != y: return x < y
    default: return (a.id ?? "") < (b.id ?? "")
    }
  }

  /// The row with this id, for `project_pr_metrics.deployment_commit_id`.
  func row(id: String) -> DevLakeDeploymentRow? { rows.first { $0.id == id } }

  /// DevLake's `EnrichPrevSuccessDeploymentCommit`, for exports without its column: successful
  /// rows with a finish, an environment and a repo URL, grouped by CI scope, repo URL and
  /// environment and ordered by finish, each pointing at the one before it.
  private mutating func enrichPreviousSuccesses() {
    let eligible = rows.indices.filter {
      rows[$0].result == "SUCCESS" && rows[$0].finishedAt != nil && !rows[$0].environment.isEmpty
        && !(rows[$0].repoURL ?? "").isEmpty
    }
    let ordered = eligible.sorted {
      let (a, b) = (rows[$0], rows[$1])
      if (a.scope ?? "") != (b.scope ?? "") { return (a.scope ?? "") < (b.scope ?? "") }
      if a.repoURL! != b.repoURL! { return a.repoURL! < b.repoURL! }
      if a.environment != b.environment { return a.environment < b.environment }
      return (a.finishedAt!, $0) < (b.finishedAt!, $1)
    }
    var previous: Int?
    for index in ordered {
      if let last = previous, rows[last].scope == rows[index].scope, rows[last].repoURL == rows[index].repoURL,
        rows[last].environment == rows[index].environment
      {
        rows[index].prevSuccessID = rows[last].id
      } else {
        rows[index].prevSuccessID = nil
      }
      previous = index
    }
  }
}

/// DevLake's `commits_diffs` (new_commit_sha, old_commit_sha, commit_sha): the commits between
/// two commits of a repo, which is how DevLake knows which merge commits a deployment shipped.
struct DevLakeCommitsDiffs {
  /// New commit → (old commit, commit in between); an absent old commit is ''.
  private var byNewCommit: [String: [(old: String, commit: String)]] = [:]

  init(reading table: SQLTableExport) throws(InputError) {
    let columns: [TableColumn] = [.required("new_commit_sha"), .required("old_commit_sha"), .required("commit_sha")]
    try table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
      byNewCommit[try row.requiredString(0), default: []].append((try row.string(1) ?? "", try row.requiredString(2)))
    }
  }

  func merges(to commit: String) -> [(old: String, commit: String)] { byNewCommit[commit] ?? [] }
}
