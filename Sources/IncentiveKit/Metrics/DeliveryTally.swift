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
  /// Lead times of successful deployments.
  var leadTimes = DurationSamples()
  /// Restore times of resolved incidents opened in the period.
  var restoreTimes = DurationSamples()

  mutating func add(_ deployment: Deployment, causedIncident: Bool, options: MetricOptions) {
    addDeployment(
      finishedAt: deployment.finishedAt, status: deployment.status, firstCommitAt: deployment.firstCommitAt,
      changeLines: deployment.changeLines, kind: deployment.kind, failureCause: deployment.failureCause,
      causedIncident: causedIncident, options: options)
  }

  /// Counts one production deployment of the period, from its fields, so the byte-level reader
  /// (`EventTallies`) and the record path count exactly alike.
  mutating func addDeployment(
    finishedAt at: Int64, status: Deployment.Status, firstCommitAt: Int64?, changeLines: Int?,
    kind: Deployment.Kind?, failureCause cause: FailureCause?, causedIncident: Bool, options: MetricOptions
  ) {
    func counts(_ metric: String) -> Bool { !options.isBlackedOut(metric, at: at) }
    let success = status == .success
    if success && counts("deployment_frequency") { successfulDeployments += 1 }
    if success, let start = firstCommitAt, counts("lead_time_hours") {
      leadTimes.append(milliseconds: at - start)
    }
    if counts("change_failure_rate") {
      changeFailures.add(status != .success || causedIncident)
    }
    if counts("rework_rate") {
      rework.add(kind == .hotfix || kind == .rollback)
    }
    if counts("attributable_rollback_rate") {
      attributableRollbacks.add(
        status == .rolledBack && cause.map { options.attributableRollbackCauses.contains($0) } == true)
    }
    if let lines = changeLines, counts("small_change_share") {
      smallChanges.add(lines < 10)
    }
  }

  mutating func add(_ incident: Incident, options: MetricOptions) {
    addIncident(
      openedAt: incident.openedAt, resolvedAt: incident.resolvedAt, legacySystem: incident.legacySystem,
      external: incident.external, options: options)
  }

  /// Counts one production incident opened in the period, from its fields.
  mutating func addIncident(
    openedAt: Int64, resolvedAt: Int64?, legacySystem: Bool, external: Bool, options: MetricOptions
  ) {
    guard let resolved = resolvedAt, !options.isBlackedOut("time_to_restore_hours", at: openedAt) else { return }
    if options.restoreExcludesLegacy && legacySystem { return }
    if options.restoreExcludesExternal && external { return }
    restoreTimes.append(milliseconds: resolved - openedAt)
  }

  /// Adds another reader's tally of the same team; every count is a sum and the durations are sorted before
  /// the median, so the order of merging does not matter.
  mutating func merge(_ other: DeliveryTally) {
    successfulDeployments += other.successfulDeployments
    for path in [\DeliveryTally.changeFailures, \.rework, \.attributableRollbacks, \.smallChanges] {
      self[keyPath: path].hits += other[keyPath: path].hits
      self[keyPath: path].rows += other[keyPath: path].rows
    }
    leadTimes.append(contentsOf: other.leadTimes)
    restoreTimes.append(contentsOf: other.restoreTimes)
  }

  /// Writes the team's delivery metrics; absent ones are left out.
  mutating func record(into set: inout MetricSet, period: Period, options: MetricOptions) {
    let days = options.countedDays("deployment_frequency", in: period)
    if successfulDeployments > 0 && days > 0 {
      set.set(
        "deployment_frequency", Ratio(Int128(successfulDeployments) * 7, Int128(days)),
        rows: successfulDeployments, source: "deployments")
    }
    if let median = leadTimes.medianHours() {
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
    if let median = restoreTimes.medianHours() {
      set.set("time_to_restore_hours", median, rows: restoreTimes.count, source: "incidents")
    }
  }
}
