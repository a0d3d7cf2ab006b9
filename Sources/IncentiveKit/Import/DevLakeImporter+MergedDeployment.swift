extension DevLakeImporter {
  /// One production deployment being merged from its per-commit rows (or webhook payloads).
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

    /// A change this deployment shipped: its start and size fold into the deployment's
    /// `first_commit_at` and `change_lines`. A start after the finish is left out, as DevLake
    /// leaves out a negative span (and the row would be invalid).
    mutating func fold(start: Int64, lines: Int?) {
      guard start <= finishedAt else { return }
      firstCommitAt = min(firstCommitAt ?? start, start)
      if let lines { changeLines = (changeLines ?? 0) + lines }
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

  /// The first successful production deployment of the team (and repo, when both name one)
  /// finished at or after `merged`: the deployment whose commit range holds the merge commit on
  /// a linear main branch, for exports that do not say which commits a deployment shipped.
  static func firstDeployment(after merged: Int64, team: String, repo: String?, in deployments: [MergedDeployment])
    -> Int?
  {
    deployments.indices.filter {
      deployments[$0].team == team && deployments[$0].succeeded && deployments[$0].finishedAt >= merged
        && (repo == nil || deployments[$0].repoIDs.isEmpty || deployments[$0].repoIDs.contains(repo!))
    }.min { deployments[$0].finishedAt < deployments[$1].finishedAt }
  }

  /// Links a merged change to `firstDeployment(after:…)` and folds its start and size into it.
  static func link(
    _ change: inout CanonicalRow, created: Int64, merged: Int64, lines: Int?, repo: String?, team: String,
    to deployments: inout [MergedDeployment]
  ) {
    guard let first = firstDeployment(after: merged, team: team, repo: repo, in: deployments) else { return }
    change["deployment_id"] = deployments[first].id
    deployments[first].fold(start: created, lines: lines)
  }
}
