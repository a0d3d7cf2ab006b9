/// One team's deployment and incident counts for the period, folded row by row so the
/// events themselves are never held (only durations, for the medians).
struct DeliveryTally: Sendable {
  /// A ratio metric being counted: numerator over denominator rows.
  struct Share {
    var hits = 0
    var rows = 0
    mutating func add(_ hit: Bool) {
      rows += 1
      if hit { hits += 1 }
    }
    var ratio: Ratio? { rows == 0 ? nil : Ratio(Int128(hits), Int128(rows)) }

    /// Adds another reader's share of the same team.
    mutating func merge(_ other: Share) {
      hits += other.hits
      rows += other.rows
    }
  }

  var successfulDeployments = 0
  var changeFailures = Share()
  var rework = Share()
  var attributableRollbacks = Share()
  /// Rolled-back deployments with no `failure_cause`, while attributable_rollback_rate is counted: held against no
  /// one, which a cause the export lost would not be (`DataFinding.rollbacksWithoutCause`).
  var rollbacksWithoutCause = 0
  var smallChanges = Share()
  /// Lead times of successful deployments.
  var leadTimes = DurationSamples()
  /// Restore times of resolved incidents opened in the period.
  var restoreTimes = DurationSamples()
  /// Of those, the ones longer than `longRestore`, and the longest (`DataFinding.longRestores`).
  var longRestores = LongRestores()

  /// Restore times longer than `longRestore`: most likely a year typed wrong in `resolved_at` or
  /// `opened_at`, which moves the team's median restore time.
  struct LongRestores: Sendable, Equatable {
    var incidents = 0
    var longestMilliseconds: Int64 = 0

    mutating func add(_ milliseconds: Int64) {
      incidents += 1
      longestMilliseconds = max(longestMilliseconds, milliseconds)
    }

    mutating func merge(_ other: LongRestores) {
      incidents += other.incidents
      longestMilliseconds = max(longestMilliseconds, other.longestMilliseconds)
    }
  }

  /// 90 days, longer than a quarter: an incident so long is most likely a year typed wrong. A month would be too
  /// short a bound: a synthetic org's restore times run to 766 hours, and real low-severity incidents stay open
  /// for weeks.
  static let longRestore: Int64 = 90 * 24 * 3_600_000

  /// Counts one production deployment of the period, from its fields, as the byte-level reader (`EventTallies`)
  /// counts it.
  mutating func add(_ deployment: Deployment, causedIncident: Bool, options: MetricOptions) {
    add(
      Self.effect(
        finishedAt: deployment.finishedAt, status: deployment.status, firstCommitAt: deployment.firstCommitAt,
        changeLines: deployment.changeLines, kind: deployment.kind, failureCause: deployment.failureCause,
        causedIncident: causedIncident, options: options))
  }

  /// What one counted deployment adds to its team's tally: worked out from its fields and the options alone, so the
  /// byte-level reader can work it out before it reaches the tally (`RowBatch`).
  struct DeploymentEffect {
    var successful = false
    /// The lead time of a successful deployment with a first commit, in milliseconds.
    var leadTime: Int64?
    /// For each ratio the deployment counts toward, whether it is a hit.
    var changeFailure: Bool?
    var rework: Bool?
    var attributableRollback: Bool?
    var rollbackWithoutCause = false
    var smallChange: Bool?
  }

  /// The effect of a deployment finished `at`, under `options` (blackouts, attributable causes).
  static func effect(
    finishedAt at: Int64, status: Deployment.Status, firstCommitAt: Int64?, changeLines: Int?,
    kind: Deployment.Kind?, failureCause cause: FailureCause?, causedIncident: Bool, options: MetricOptions
  ) -> DeploymentEffect {
    func counts(_ metric: MetricID) -> Bool { !options.isBlackedOut(metric, at: at) }
    var effect = DeploymentEffect()
    let success = status == .success
    effect.successful = success && counts(.deploymentFrequency)
    if success, let start = firstCommitAt, counts(.leadTimeHours) { effect.leadTime = at - start }
    if counts(.changeFailureRate) { effect.changeFailure = status != .success || causedIncident }
    if counts(.reworkRate) { effect.rework = kind == .hotfix || kind == .rollback }
    if counts(.attributableRollbackRate) {
      effect.attributableRollback =
        status == .rolledBack && cause.map { options.attributableRollbackCauses.contains($0) } == true
      effect.rollbackWithoutCause = status == .rolledBack && cause == nil
    }
    if let lines = changeLines, counts(.smallChangeShare) { effect.smallChange = lines < 10 }
    return effect
  }

  /// Counts one production deployment of the period by its effect.
  mutating func add(_ effect: DeploymentEffect) {
    if effect.successful { successfulDeployments += 1 }
    if let leadTime = effect.leadTime { leadTimes.append(milliseconds: leadTime) }
    if let hit = effect.changeFailure { changeFailures.add(hit) }
    if let hit = effect.rework { rework.add(hit) }
    if let hit = effect.attributableRollback { attributableRollbacks.add(hit) }
    if effect.rollbackWithoutCause { rollbacksWithoutCause += 1 }
    if let hit = effect.smallChange { smallChanges.add(hit) }
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
    guard let resolved = resolvedAt, !options.isBlackedOut(.timeToRestoreHours, at: openedAt) else { return }
    if options.restoreExcludesLegacy && legacySystem { return }
    if options.restoreExcludesExternal && external { return }
    restoreTimes.append(milliseconds: resolved - openedAt)
    if resolved - openedAt > Self.longRestore { longRestores.add(resolved - openedAt) }
  }

  /// Adds another reader's tally of the same team; every count is a sum and the durations are sorted before
  /// the median, so the order of merging does not matter.
  mutating func merge(_ other: DeliveryTally) {
    successfulDeployments += other.successfulDeployments
    rollbacksWithoutCause += other.rollbacksWithoutCause
    // Field by field, not through a list of key paths: the list was an allocation and each key path a lookup, for
    // every team of every reader thread (12,000 teams at 100,000 people).
    changeFailures.merge(other.changeFailures)
    rework.merge(other.rework)
    attributableRollbacks.merge(other.attributableRollbacks)
    smallChanges.merge(other.smallChanges)
    leadTimes.append(contentsOf: other.leadTimes)
    restoreTimes.append(contentsOf: other.restoreTimes)
    longRestores.merge(other.longRestores)
  }

  /// Writes the team's delivery metrics; absent ones are left out.
  mutating func record(into set: inout MetricSet, period: Period, options: MetricOptions) {
    let days = options.countedDays(.deploymentFrequency, in: period)
    if successfulDeployments > 0 && days > 0 {
      set.set(
        .deploymentFrequency, Ratio(Int128(successfulDeployments) * 7, Int128(days)),
        rows: successfulDeployments, source: Deployment.fileName)
    }
    if let median = leadTimes.medianHours() {
      set.set(.leadTimeHours, median, rows: leadTimes.count, source: Deployment.fileName)
    }
    let shares: [(MetricID, Share, String)] = [
      (.changeFailureRate, changeFailures, "\(Deployment.fileName) + \(Incident.fileName)"),
      (.reworkRate, rework, Deployment.fileName),
      (.attributableRollbackRate, attributableRollbacks, Deployment.fileName),
      (.smallChangeShare, smallChanges, Deployment.fileName),
    ]
    for (metric, share, source) in shares {
      if let ratio = share.ratio { set.set(metric, ratio, rows: share.rows, source: source) }
    }
    if let median = restoreTimes.medianHours() {
      set.set(.timeToRestoreHours, median, rows: restoreTimes.count, source: Incident.fileName)
    }
  }
}
