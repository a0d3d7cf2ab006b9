/// A team as written in a column other than a file's roster column: a review's `author_team` or `reviewer_team`.
///
/// Such a value moves money only where it makes a review cross-team, so those are the cells the accounting keeps
/// and checks against the roster: `Search` for the roster's `search` would otherwise credit a cross-team review
/// without a word.
struct TeamCell: Hashable, Sendable {
  /// The column's header, for messages.
  var header: String
  var value: String
}
