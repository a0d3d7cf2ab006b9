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

  public static let fileName = "reviews"
  /// The columns, in the order both readers address them.
  enum Column: Int, RecordSchema {
    case prID, reviewerID, submittedAt, authorID, state, comments, substantiveComments, authorTeam, reviewerTeam

    var column: TableColumn {
      switch self {
      case .prID: .required("pr_id")
      case .reviewerID: .required("reviewer_id")
      case .submittedAt: .required("submitted_at")
      case .authorID: .optional("author_id")
      case .state: .optional("state")
      case .comments: .optional("comments")
      case .substantiveComments: .optional("substantive_comments")
      case .authorTeam: .optional("author_team")
      case .reviewerTeam: .optional("reviewer_team")
      }
    }
  }

  static let columns: [TableColumn] = Column.columns

  /// No more substantive comments than comments: the check both readers make.
  @inline(__always)
  static func isConsistent(comments: Int?, substantiveComments: Int?) -> Bool {
    substantiveComments.map { $0 <= (comments ?? 0) } ?? true
  }

  init(row: borrowing TableRow) throws(InputError) {
    prID = try row.requiredString(Column.prID.index)
    reviewerID = try row.requiredString(Column.reviewerID.index)
    submittedAt = try row.requiredTimestamp(Column.submittedAt.index)
    authorID = try row.string(Column.authorID.index)
    state = try row.string(Column.state.index)
    comments = try row.count(Column.comments.index)
    substantiveComments = try row.count(Column.substantiveComments.index)
    authorTeam = try row.string(Column.authorTeam.index)
    reviewerTeam = try row.string(Column.reviewerTeam.index)
    if !Self.isConsistent(comments: comments, substantiveComments: substantiveComments), let substantiveComments {
      throw row.invalid(Column.substantiveComments.index, String(substantiveComments), "at most comments (\(comments ?? 0))")
    }
  }
}
