/// A what-if change to a dataset's events, applied as the metrics calculator reads them, so a
/// simulated behaviour (splitting deployments, adding reviews) flows through exactly the metric
/// definitions and payout engine that real data does. Used by `incentive sensitivity`.
///
/// Each closure gets one event that already counts for the period and returns the events to count
/// in its place (itself, a changed copy, or several).
struct EventRewrite: Sendable {
  var deployment: (@Sendable (Deployment) -> [Deployment])?
  var review: (@Sendable (Review) -> [Review])?

  init(
    deployment: (@Sendable (Deployment) -> [Deployment])? = nil, review: (@Sendable (Review) -> [Review])? = nil
  ) {
    self.deployment = deployment
    self.review = review
  }
}
