/// DORA metrics as Google Four Keys' dashboard defines them (`METRICS.md`, `queries/*.sql`
/// of dora-team/fourkeys), for one team, over the period instead of "the last 3 months".
///
/// - Deployments are the successful ones; a change belongs to the deployment changes.csv
///   names (Four Keys: the commits of the push that produced the deployed commit).
/// - Deployment frequency: the median (`PERCENTILE_CONT`) number of deployment days per
///   Sunday-start week (BigQuery `TIMESTAMP_TRUNC(…, WEEK)`); level Daily (median ≥ 3
///   days a week) elite, Weekly (most weeks deploy) high, Monthly (median of each week's
///   month's deploying weeks ≥ 1) medium, else Yearly, low.
/// - Lead time: the interpolated median over every (deployment, change) pair of deploy −
///   commit time in whole minutes (truncated), pairs of 0 minutes or less dropped as
///   automated merge pushes; buckets One day / One week / One month → elite / high /
///   medium, longer low.
/// - Change failure rate: deployments with at least one incident whose root cause they
///   shipped (caused_by_deployment) / deployments; buckets 0-15% elite, 16-45% medium,
///   46-60% low.
/// - Time to restore: the interpolated median of resolution − start in whole hours
///   (truncated, `TIMESTAMP_DIFF(…, HOUR)`), the start being the earlier of the incident's
///   creation and its culprit deployment's finish, over incidents so started in the period;
///   buckets < 24 h elite, < 168 h high, < 730 h medium, else low.
struct FourKeysDORA {
  let period: Period

  func compute(_ events: DORAEvents) -> DORAOutcome {
    var outcome = DORAOutcome()
    let deploys = events.successful(in: period)
    let finishes = Dictionary(events.deployments.map { ($0.id, $0.finishedAt) }, uniquingKeysWith: max)

    if !deploys.isEmpty {
      let weeks = DORAEvents.deployDaysPerWeek(deploys, period: period, firstWeekday: 0)
      let days = weeks.map { Int64($0.1) }
      let daysMedian = Median.interpolated(days)!
      outcome.set(.deploymentFrequency, daysMedian, rows: deploys.count)
      let deployed = weeks.map { $0.1 > 0 ? Int64(1) : 0 }
      // Each week row carries the number of deploying weeks in its start's month.
      let monthly = weeks.map { week in
        Int64(weeks.filter { $0.1 > 0 && Self.month($0.0) == Self.month(week.0) }.count)
      }
      let level: DORALevel
      if !(daysMedian < Ratio(3, 1)) {
        level = .elite
      } else if !(Median.interpolated(deployed)! < Ratio(1, 1)) {
        level = .high
      } else if !(Median.interpolated(monthly)! < Ratio(1, 1)) {
        level = .medium
      } else {
        level = .low
      }
      outcome.levels[.deploymentFrequency] = level

      let culprits = Set(events.incidents.compactMap(\.causedByDeployment))
      let failed = deploys.filter { culprits.contains($0.id) }.count
      let rate = Ratio(Int128(failed), Int128(deploys.count))
      outcome.set(.changeFailureRate, rate, rows: deploys.count)
      outcome.levels[.changeFailureRate] =
        !(Ratio(15, 100) < rate) ? .elite : rate < Ratio(46, 100) ? .medium : .low
    }

    let ids = Set(deploys.map(\.id))
    var leadMinutes: [Int64] = []
    if events.changes.isEmpty {
      for deployment in deploys {
        if let start = deployment.firstCommitAt { leadMinutes.append((deployment.finishedAt - start) / 60_000) }
      }
    } else {
      for change in events.changes {
        guard let id = change.deploymentID, ids.contains(id), let finished = finishes[id] else { continue }
        leadMinutes.append((finished - change.committedAt) / 60_000)
      }
    }
    leadMinutes = leadMinutes.filter { $0 > 0 }
    if let median = Median.interpolated(leadMinutes) {
      outcome.set(.leadTimeHours, Ratio(median.numerator, median.denominator * 60), rows: leadMinutes.count)
      outcome.levels[.leadTimeHours] = Self.bucket(median, bounds: [24 * 60, 168 * 60, 730 * 60])
    }

    var restoreHours: [Int64] = []
    for incident in events.incidents {
      var start = incident.openedAt
      if let culprit = incident.causedByDeployment.flatMap({ finishes[$0] }) { start = min(start, culprit) }
      guard period.contains(milliseconds: start), let resolved = incident.resolvedAt else { continue }
      restoreHours.append((resolved - start) / 3_600_000)
    }
    if let median = Median.interpolated(restoreHours) {
      outcome.set(.timeToRestoreHours, median, rows: restoreHours.count)
      outcome.levels[.timeToRestoreHours] = Self.bucket(median, bounds: [24, 168, 730])
    }
    return outcome
  }

  /// Strict upper bounds, better to worse: elite, high, medium, else low.
  static func bucket(_ value: Ratio, bounds: [Int128]) -> DORALevel {
    if value < Ratio(bounds[0], 1) { return .elite }
    if value < Ratio(bounds[1], 1) { return .high }
    if value < Ratio(bounds[2], 1) { return .medium }
    return .low
  }

  static func month(_ date: CivilDate) -> Int {
    let (year, month, _) = date.components
    return year * 12 + month
  }
}
