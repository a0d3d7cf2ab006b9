/// One team's deployment and incident counts for the period, folded row by row so the
/// events themselves are never held (only durations, for the medians).
struct DeliveryTally {
  /// A ratio metric being counted: numerator over denominator rows.
  struct Share {
    var hits = 0
    var rows = 0
    mutating func add(_ hit: Bool) {
      rows += 1
      if hit { hits += 1 }
    }
    var ratio: Ratio? { rows == 0 ? nil : Ratio(Int128(hits), Int128(rows)) }
  }

  var successfulDeployments = 0
  var changeFailures = Share()
  var rework = Share()
  var attributableRollbacks = Share()
  var smallChanges = Share()
  /// Lead times of successful deployments, milliseconds.
  var leadTimes: [Int64] = []
  /// Restore times of resolved incidents opened in the period, milliseconds.
  var restoreTimes: [Int64] = []

  mutating func add(
    _ deployment: Deployment, causedIncident: Bool, options: MetricOptions
  ) {
    let at = deployment.finishedAt
    func counts(_ metric: String) -> Bool { !options.isBlackedOut(metric, at: at) }
    let success = deployment.status == .success
    if success && counts("deployment_frequency") { successfulDeployments += 1 }
    if success, let start = deployment.firstCommitAt, counts("lead_time_hours") {
      leadTimes.append(deployment.finishedAt - start)
    }
    if counts("change_failure_rate") {
      changeFailures.add(deployment.status != .success || causedIncident)
    }
    if counts("rework_rate") {
      rework.add(deployment.kind == .hotfix || deployment.kind == .rollback)
    }
    if counts("attributable_rollback_rate") {
      let cause = deployment.failureCause
      attributableRollbacks.add(
        deployment.status == .rolledBack && cause.map { options.attributableRollbackCauses.contains($0) } == true)
    }
    if let lines = deployment.changeLines, counts("small_change_share") {
      smallChanges.add(lines < 10)
    }
  }

  mutating func add(_ incident: Incident, options: MetricOptions) {
    guard let resolved = incident.resolvedAt, !options.isBlackedOut("time_to_restore_hours", at: incident.openedAt)
    else { return }
    if options.restoreExcludesLegacy && incident.legacySystem { return }
    if options.restoreExcludesExternal && incident.external { return }
    restoreTimes.append(resolved - incident.openedAt)
  }

  /// Writes the team's delivery metrics; absent ones are left out.
  mutating func record(into set: inout MetricSet, period: Period, options: MetricOptions) {
    let days = options.countedDays("deployment_frequency", in: period)
    if successfulDeployments > 0 && days > 0 {
      set.set(
        "deployment_frequency", Ratio(Int128(successfulDeployments) * 7, Int128(days)),
        rows: successfulDeployments, source: "deployments")
    }
    if let median = Median.hours(ofMilliseconds: &leadTimes) {
      set.set("lead_time_hours", median, rows: leadTimes.count, source: "deployments")
    }
    let shares: [(String, Share, String)] = [
      ("change_failure_rate", changeFailures, "deployments + incidents"),
      ("rework_rate", rework, "deployments"),
      ("attributable_rollback_rate", attributableRollbacks, "deployments"),
      ("small_change_share", smallChanges, "deployments"),
    ]
    for (metric, share, source) in shares {
      if let ratio = share.ratio { set.set(metric, ratio, rows: share.rows, source: source) }
    }
    if let median = Median.hours(ofMilliseconds: &restoreTimes) {
      set.set("time_to_restore_hours", median, rows: restoreTimes.count, source: "incidents")
    }
  }
}
