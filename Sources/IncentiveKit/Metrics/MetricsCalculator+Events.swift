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
    leftOut(deploymentFinishedAt: deployment.finishedAt, isProduction: options.isProduction(deployment.environment))
      == nil
  }

  /// Why a deployment counts toward no metric, nil when it counts: both readers ask this, so a reason can't
  /// exist on one path only.
  @inline(__always)
  func leftOut(deploymentFinishedAt finishedAt: Int64, isProduction: Bool) -> LeftOutReason? {
    if !isProduction { return .notProduction }
    return period.contains(milliseconds: finishedAt) ? nil : .outsidePeriod
  }

  /// A deployment's fate for the accounting.
  func fate(of deployment: Deployment) -> RowFate {
    switch leftOut(
      deploymentFinishedAt: deployment.finishedAt, isProduction: options.isProduction(deployment.environment))
    {
    case nil: .counted(rosterValue: deployment.team)
    case .notProduction: .notProduction(environment: deployment.environment ?? "")
    case let reason?: .leftOut(reason)
    }
  }

  /// Why an incident counts toward no metric (it may still name a failed deployment), nil when it counts.
  @inline(__always)
  func leftOut(incidentOpenedAt openedAt: Int64, severityCounts: Bool) -> LeftOutReason? {
    if !severityCounts { return .belowMinimumSeverity }
    return period.contains(milliseconds: openedAt) ? nil : .outsidePeriod
  }

  func fate(of incident: Incident) -> RowFate {
    let reason = leftOut(
      incidentOpenedAt: incident.openedAt, severityCounts: options.countsIncident(severity: incident.severity))
    return reason.map(RowFate.leftOut) ?? .counted(rosterValue: incident.team)
  }

  /// Whether a review counts: submitted in the period, outside a reviews blackout.
  func counts(reviewAt submittedAt: Int64) -> Bool {
    leftOut(reviewAt: submittedAt) == nil
  }

  @inline(__always)
  func leftOut(reviewAt submittedAt: Int64) -> LeftOutReason? {
    if !period.contains(milliseconds: submittedAt) { return .outsidePeriod }
    return options.isBlackedOut(.reviews, at: submittedAt) ? .blackout : nil
  }

  func fate(of review: Review) -> RowFate {
    if let reason = leftOut(reviewAt: review.submittedAt) { return .leftOut(reason) }
    return .counted(rosterValue: review.reviewerID, crossTeam: crossTeamCells(of: review))
  }

  /// `fate(of:)` and `tally` of a review in one, the teams it is credited between looked up once for both.
  func account(_ review: Review, into reviews: inout [String: ReviewTally]) -> RowFate {
    if let reason = leftOut(reviewAt: review.submittedAt) { return .leftOut(reason) }
    let teams = teams(of: review)
    reviews[review.reviewerID, default: ReviewTally()].add(
      review, reviewerTeam: teams.reviewer, authorTeam: teams.author)
    return .counted(rosterValue: review.reviewerID, crossTeam: Self.crossTeamCells(of: review, between: teams))
  }

  /// The cells that decide whether a review is cross-team, which the accounting checks against the roster: the team
  /// cells a review wrote when the teams it is credited between differ, and an `author_id` whose team the roster
  /// was asked for and did not give (`e2` for the roster's `E2` made a cross-team review a same-team one, silently).
  func crossTeamCells(of review: Review) -> [TeamCell] {
    guard review.authorTeam != nil || review.reviewerTeam != nil || review.authorID != nil else { return [] }
    return Self.crossTeamCells(of: review, between: teams(of: review))
  }

  private static func crossTeamCells(of review: Review, between teams: (reviewer: String?, author: String?))
    -> [TeamCell]
  {
    if review.authorTeam == nil, teams.author == nil, let author = review.authorID {
      return [TeamCell(header: Review.Column.authorID.column.name, value: author)]
    }
    guard let reviewer = teams.reviewer, let author = teams.author, reviewer != author else { return [] }
    var cells: [TeamCell] = []
    if let author = review.authorTeam {
      cells.append(TeamCell(header: Review.Column.authorTeam.column.name, value: author))
    }
    if let reviewer = review.reviewerTeam {
      cells.append(TeamCell(header: Review.Column.reviewerTeam.column.name, value: reviewer))
    }
    return cells
  }

  /// The teams a review is credited between: the row's own columns (through team aliases), else the roster's
  /// team of the reviewer and author on the day.
  func teams(of review: Review) -> (reviewer: String?, author: String?) {
    let day = CivilDate(dayNumber: Int(review.submittedAt.floorDiv(86_400_000)))
    let reviewerTeam =
      review.reviewerTeam.map(aliases.team) ?? roster.team(of: aliases.engineer(review.reviewerID), on: day)
    let authorTeam =
      review.authorTeam.map(aliases.team) ?? review.authorID.flatMap { roster.team(of: aliases.engineer($0), on: day) }
    return (reviewerTeam, authorTeam)
  }

  func fate(of shift: OncallShift) -> RowFate {
    counts(shiftFrom: shift.start, to: shift.end) ? .counted(rosterValue: shift.engineerID) : .leftOut(.outsidePeriod)
  }

  /// `deployment` with its team written as the roster writes it, so a what-if's rewrite that picks a team's rows
  /// also picks the rows written under the team's aliases (`team_aliases`).
  func aliased(_ deployment: Deployment) -> Deployment {
    var deployment = deployment
    deployment.team = aliases.team(deployment.team)
    return deployment
  }

  /// `review` with its people and teams written as the roster writes them (`identities.csv`, `team_aliases`), so
  /// a what-if's rewrite that picks a person's reviews also picks those written under an alias.
  func aliased(_ review: Review) -> Review {
    var review = review
    review.reviewerID = aliases.engineer(review.reviewerID)
    review.authorID = review.authorID.map(aliases.engineer)
    review.authorTeam = review.authorTeam.map(aliases.team)
    review.reviewerTeam = review.reviewerTeam.map(aliases.team)
    return review
  }

  /// A review that counts, credited to its reviewer; teams missing from the row come from the roster.
  func tally(_ review: Review, reviews: inout [String: ReviewTally]) {
    let teams = teams(of: review)
    reviews[review.reviewerID, default: ReviewTally()].add(
      review, reviewerTeam: teams.reviewer, authorTeam: teams.author)
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
