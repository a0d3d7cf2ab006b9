/// One engineer's reviews in the period.
struct ReviewTally: Sendable {
  var reviews = 0
  var comments = 0
  var substantiveComments = 0
  var crossTeam = 0
  /// Reviews with comments whose `substantive_comments` cell is empty, read as 0 (`DataFinding.substantiveUnknown`).
  var substantiveUnknown = 0

  mutating func add(_ review: Review, reviewerTeam: String?, authorTeam: String?) {
    var crossesTeams = false
    if let reviewerTeam, let authorTeam, reviewerTeam != authorTeam { crossesTeams = true }
    add(comments: review.comments, substantiveComments: review.substantiveComments, crossTeam: crossesTeams)
  }

  /// Counts one review of the period from its fields (the byte-level reader's entry).
  ///
  /// Plain `+`: every count cell is at most `TableRow.maximumCount` (999,999,999), checked where it is read with the
  /// file, line and column, so these sums cannot overflow below 9.2 billion rows (see `TableRow.maximumCount`).
  mutating func add(comments: Int?, substantiveComments: Int?, crossTeam crosses: Bool) {
    reviews += 1
    self.comments += comments ?? 0
    self.substantiveComments += substantiveComments ?? 0
    if substantiveComments == nil, let comments, comments > 0 { substantiveUnknown += 1 }
    if crosses { crossTeam += 1 }
  }

  /// Adds another reader's tally of the same reviewer (all sums).
  mutating func merge(_ other: ReviewTally) {
    reviews += other.reviews
    comments += other.comments
    substantiveComments += other.substantiveComments
    crossTeam += other.crossTeam
    substantiveUnknown += other.substantiveUnknown
  }

  func record(into set: inout MetricSet) {
    guard reviews > 0 else { return }
    set.set(.reviews, FixedDecimal(reviews), rows: reviews, source: Review.fileName)
    set.set(.crossTeamReviews, FixedDecimal(crossTeam), rows: reviews, source: Review.fileName)
    if comments > 0 {
      set.set(
        .substantiveReviewRatio, Ratio(Int128(substantiveComments), Int128(comments)), rows: reviews,
        source: Review.fileName)
    }
  }
}

extension ReviewTally: BatchedTally {
  /// One counted review's cells.
  struct Counted {
    var comments: Int?
    var substantiveComments: Int?
    var crossTeam: Bool
  }

  mutating func add(_ counted: Counted) {
    add(comments: counted.comments, substantiveComments: counted.substantiveComments, crossTeam: counted.crossTeam)
  }

  var rowsAdded: Int { reviews }
}
