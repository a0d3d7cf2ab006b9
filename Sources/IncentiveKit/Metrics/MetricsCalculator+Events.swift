/// How one event record counts: shared by the whole-file path and by the streamed path's rows that its byte-level
/// reader hands back, so both count every event alike.
extension MetricsCalculator {
  /// An incident: the deployment it names counts as failed; opened in the period, it counts for time to restore.
  func tally(_ incident: Incident, causing: inout Set<String>, delivery: inout [String: DeliveryTally]) {
    guard options.countsIncident(severity: incident.severity) else { return }
    if let deployment = incident.causedByDeployment { causing.insert(deployment) }
    if period.contains(milliseconds: incident.openedAt) {
      delivery[incident.team, default: DeliveryTally()].add(incident, options: options)
    }
  }

  /// A production deployment finished in the period (callers filter), `causing` naming the failed ones.
  func tally(_ deployment: Deployment, causing: Set<String>, delivery: inout [String: DeliveryTally]) {
    delivery[deployment.team, default: DeliveryTally()].add(
      deployment, causedIncident: causing.contains(deployment.id), options: options)
  }

  /// Whether a deployment counts at all: production, finished in the period.
  func counts(_ deployment: Deployment) -> Bool {
    deployment.isProduction && period.contains(milliseconds: deployment.finishedAt)
  }

  /// Whether a review counts: submitted in the period, outside a reviews blackout.
  func counts(reviewAt submittedAt: Int64) -> Bool {
    period.contains(milliseconds: submittedAt) && !options.isBlackedOut(.reviews, at: submittedAt)
  }

  /// A review that counts, credited to its reviewer; teams missing from the row come from the roster.
  func tally(_ review: Review, reviews: inout [String: ReviewTally]) {
    let day = CivilDate(dayNumber: Int(review.submittedAt.floorDiv(86_400_000)))
    let reviewerTeam = review.reviewerTeam ?? roster.team(of: review.reviewerID, on: day)
    let authorTeam = review.authorTeam ?? review.authorID.flatMap { roster.team(of: $0, on: day) }
    reviews[review.reviewerID, default: ReviewTally()].add(review, reviewerTeam: reviewerTeam, authorTeam: authorTeam)
  }

  /// Whether a shift overlaps the period.
  func counts(shiftFrom start: Int64, to end: Int64) -> Bool {
    start < period.endMilliseconds && end > period.startMilliseconds
  }

  func tally(_ shift: OncallShift, oncall: inout [String: OncallTally]) {
    guard counts(shiftFrom: shift.start, to: shift.end) else { return }
    oncall[shift.engineerID, default: OncallTally()].add(shift)
  }
}
