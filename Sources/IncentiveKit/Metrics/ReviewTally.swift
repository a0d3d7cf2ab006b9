/// One engineer's reviews in the period.
struct ReviewTally {
  var reviews = 0
  var comments = 0
  var substantiveComments = 0
  var crossTeam = 0

  mutating func add(_ review: Review, reviewerTeam: String?, authorTeam: String?) {
    reviews += 1
    comments += review.comments ?? 0
    substantiveComments += review.substantiveComments ?? 0
    if let reviewerTeam, let authorTeam, reviewerTeam != authorTeam { crossTeam += 1 }
  }

  func record(into set: inout MetricSet) {
    guard reviews > 0 else { return }
    set.set("reviews", FixedDecimal(reviews), rows: reviews, source: "reviews")
    set.set("cross_team_reviews", FixedDecimal(crossTeam), rows: reviews, source: "reviews")
    if comments > 0 {
      set.set(
        "substantive_review_ratio", Ratio(Int128(substantiveComments), Int128(comments)), rows: reviews,
        source: "reviews")
    }
  }
}
