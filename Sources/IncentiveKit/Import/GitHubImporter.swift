/// `gh pr list --state merged --json number,author,createdAt,mergedAt,additions,deletions,reviews,mergeCommit`
/// output: each review becomes a reviews.csv row, each pull request a changes.csv row with
/// its size (additions + deletions).
///
/// A review's body is its comment signal: a written body is one comment, and one at least
/// `substantiveBodyLength` characters long a substantive one. Self-reviews and reviews
/// never submitted (`PENDING`) are left out.
enum GitHubImporter {
  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    var result = ImportResult()
    var reviews: [CanonicalRow] = []
    var changes: [CanonicalRow] = []
    for file in files {
      for pr in try file.jsonObjects() {
        let number = try pr.requiredString("number")
        let author = try pr.string("author.login")
        let created = try pr.requiredTimestamp("createdAt", options.timestamps)
        var change = CanonicalRow(origin: pr.origin, at: created)
        change["change_id"] = number
        change["team"] = options.team
        change.set("committed_at", timestamp: created)
        change.set("merged_at", timestamp: try pr.timestamp("mergedAt", options.timestamps))
        change.set(
          "change_lines",
          count: CanonicalRow.lineCount(added: try pr.lineCount("additions"), deleted: try pr.lineCount("deletions")))
        changes.append(change)
        for review in try pr.objects("reviews") {
          let reviewer = try review.requiredString("author.login")
          guard reviewer != author else {
            result.skip(review.origin, "self-review of pull request \(number) by \(reviewer)")
            continue
          }
          guard let submitted = try review.timestamp("submittedAt", options.timestamps) else {
            result.skip(review.origin, "review of pull request \(number) by \(reviewer) was never submitted")
            continue
          }
          let body = (try review.string("body"))?.count ?? 0
          var row = CanonicalRow(origin: review.origin, at: submitted)
          row["pr_id"] = number
          row["reviewer_id"] = reviewer
          row.set("submitted_at", timestamp: submitted)
          row["author_id"] = author
          row["state"] = try review.string("state")
          row.set("comments", count: body > 0 ? 1 : 0)
          row.set("substantive_comments", count: body >= DevLakeImporter.substantiveBodyLength ? 1 : 0)
          reviews.append(row)
        }
      }
    }
    result.append(reviews, to: Review.self)
    result.append(changes, to: Change.self)
    return result
  }
}
