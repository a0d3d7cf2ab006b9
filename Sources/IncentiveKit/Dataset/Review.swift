/// One code review a person submitted; the artifact behind review-quality and
/// cross-team collaboration metrics.
struct Review: DatasetRecord {
  var prID: String
  var reviewerID: String
  var submittedAt: Int64
  var authorID: String?
  var state: String?
  var comments: Int?
  var substantiveComments: Int?
  var authorTeam: String?
  var reviewerTeam: String?

  static let fileName = "reviews"
  static let columns: [TableColumn] = [
    .required("pr_id"), .required("reviewer_id"), .required("submitted_at"), .optional("author_id"),
    .optional("state"), .optional("comments"), .optional("substantive_comments"), .optional("author_team"),
    .optional("reviewer_team"),
  ]

  init(row: TableRow) throws(InputError) {
    prID = try row.requiredString(0)
    reviewerID = try row.requiredString(1)
    submittedAt = try row.requiredTimestamp(2)
    authorID = try row.string(3)
    state = try row.string(4)
    comments = try row.count(5)
    substantiveComments = try row.count(6)
    authorTeam = try row.string(7)
    reviewerTeam = try row.string(8)
    if let substantiveComments, substantiveComments > (comments ?? 0) {
      throw row.invalid(6, String(substantiveComments), "at most comments (\(comments ?? 0))")
    }
  }
}
