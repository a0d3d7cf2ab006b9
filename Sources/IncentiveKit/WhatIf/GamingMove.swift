/// A cheap way to move a gameable metric without delivering more value, simulated on the
/// dataset's own rows so `incentive sensitivity` can show whether the plan's guards stop it.
///
/// Every move is generous to the person gaming (it assumes the move costs them nothing else) and
/// says so in `assumption`: the point is to show the most a move could pay, not to predict behaviour.
struct GamingMove: Sendable {
  enum Kind: String, Sendable, CaseIterable {
    case splitDeployments = "split_deployments"
    case trivialReviews = "trivial_reviews"
    case resetCommitClock = "reset_commit_clock"
  }

  var kind: Kind
  /// One line: what the person does.
  var title: String
  /// What the simulation assumes, in words a reader can disagree with.
  var assumption: String
  /// The gameable metrics (`MetricDefinition.isGameable`) the move inflates.
  var targets: [MetricID]

  /// The moves, in the order reports list them.
  static let all: [GamingMove] = [
    GamingMove(
      kind: .splitDeployments, title: "split every deployment into two smaller ones",
      assumption: "each of the team's production deployments in the period becomes two at the same time: the "
        + "first keeps the original status, kind, failure cause and any incident naming it, with half the "
        + "changed lines rounded up; the second succeeds as a planned change with the other half; both keep "
        + "first_commit_at and finished_at (lead time moves only because second halves of failed deployments "
        + "now count as successes)",
      targets: [.deploymentFrequency, .smallChangeShare]),
    GamingMove(
      kind: .trivialReviews, title: "add a rubber-stamp review for every real one",
      assumption: "each review the person submitted in the period gets a twin on another team's pull request, "
        + "at the same time, with one comment that is not substantive; someone with no reviews adds none",
      targets: [.reviews, .crossTeamReviews]),
    GamingMove(
      kind: .resetCommitClock, title: "squash history so every change looks one hour old at deploy",
      assumption: "every deployment of the team in the period that has first_commit_at gets it reset to one "
        + "hour before finished_at (rebasing onto a fresh commit just before release); nothing else changes",
      targets: [.leadTimeHours]),
  ]

  /// The rewrite that performs the move for `team`'s deployments and `reviewers`' reviews.
  func rewrite(team: String, reviewers: Set<String>) -> EventRewrite {
    switch kind {
    case .splitDeployments:
      return EventRewrite(deployment: { deployment in
        guard deployment.team == team else { return [deployment] }
        var first = deployment
        var second = deployment
        second.id = deployment.id + "#split"
        second.status = .success
        second.kind = .planned
        second.failureCause = nil
        if let lines = deployment.changeLines {
          first.changeLines = (lines + 1) / 2
          second.changeLines = lines / 2
        }
        return [first, second]
      })
    case .trivialReviews:
      return EventRewrite(review: { review in
        guard reviewers.contains(review.reviewerID) else { return [review] }
        var twin = review
        twin.prID = review.prID + "#rubber-stamp"
        twin.comments = 1
        twin.substantiveComments = 0
        twin.authorID = nil
        twin.authorTeam = "(another team)"
        return [review, twin]
      })
    case .resetCommitClock:
      return EventRewrite(deployment: { deployment in
        guard deployment.team == team, deployment.firstCommitAt != nil else { return [deployment] }
        var reset = deployment
        reset.firstCommitAt = deployment.finishedAt - 3_600_000
        return [reset]
      })
    }
  }
}
