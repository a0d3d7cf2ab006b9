/// DORA metrics as Apache DevLake's DORA plugin and Grafana dashboard define them
/// (`plugins/dora/tasks/*`, `grafana/dashboards/DORA.json`), for one team.
///
/// - An incident is attributed to the latest successful production deployment of its team
///   finished before it was created (no root cause needed).
/// - Change failure rate: successful production deployments finished in the period with at
///   least one attributed incident (of any date) / those deployments.
/// - Deployment frequency: the median number of deployment days per Monday-start week of
///   the period; its level uses DevLake's rule (2023: ≥ 5 elite, ≥ 1 high, median days per
///   month ≥ 1 medium; 2021: ≥ 5 elite, days per month ≥ 1 high, any deployment day medium).
/// - Lead time: the median over changes shipped by those deployments of deployment finish −
///   change start, each in whole minutes rounded up (DevLake's `ceil`), negatives dropped.
/// - Recovery (2023, failed deployment recovery time): median over incidents resolved in
///   the period with an attributed deployment of resolution − that deployment's finish;
///   (2021, time to restore) median of resolution − creation. Whole minutes, truncated
///   (MySQL `TIMESTAMPDIFF`).
/// Every median is DevLake's lower median without interpolation.
struct DevLakeDORA {
  let period: Period
  let benchmark: DORABenchmark

  func compute(_ events: DORAEvents) -> DORAOutcome {
    var outcome = DORAOutcome()
    let successful = events.deployments.filter { $0.status == .success }.sorted { $0.finishedAt < $1.finishedAt }
    let inPeriod = successful.filter { period.contains(milliseconds: $0.finishedAt) }
    // The latest successful deployment finished before each incident, by binary search in the sorted list.
    let attributed = events.incidents.map { incident -> Deployment? in
      var low = 0
      var high = successful.count
      while low < high {
        let mid = (low + high) / 2
        if successful[mid].finishedAt < incident.openedAt { low = mid + 1 } else { high = mid }
      }
      return low > 0 ? successful[low - 1] : nil
    }

    if !inPeriod.isEmpty {
      let failed = Set(attributed.compactMap { $0?.id })
      outcome.set(
        .changeFailureRate, Ratio(Int128(inPeriod.filter { failed.contains($0.id) }.count), Int128(inPeriod.count)),
        rows: inPeriod.count)
      let weeks = DORAEvents.deployDaysPerWeek(inPeriod, period: period, firstWeekday: 1).map { Int64($0.1) }
      let months = DORAEvents.deployDaysPerMonth(inPeriod, period: period).map(Int64.init)
      let perWeek = Median.lower(weeks)!
      outcome.set(.deploymentFrequency, Ratio(Int128(perWeek), 1), rows: inPeriod.count)
      let perMonth = Median.lower(months)!
      if benchmark.report == "2021" {
        outcome.levels[.deploymentFrequency] = perWeek >= 5 ? .elite : perMonth >= 1 ? .high : .medium
      } else {
        outcome.levels[.deploymentFrequency] =
          perWeek >= 5 ? .elite : perWeek >= 1 ? .high : perMonth >= 1 ? .medium : .low
      }
    }

    let finishes = Dictionary(inPeriod.map { ($0.id, $0.finishedAt) }, uniquingKeysWith: max)
    var leadMinutes: [Int64] = []
    if events.changes.isEmpty {
      for deployment in inPeriod {
        if let start = deployment.firstCommitAt { leadMinutes.append(Self.ceilMinutes(deployment.finishedAt - start)) }
      }
    } else {
      for change in events.changes {
        guard let id = change.deploymentID, let finished = finishes[id], finished >= change.committedAt else {
          continue
        }
        leadMinutes.append(Self.ceilMinutes(finished - change.committedAt))
      }
    }
    outcome.set(.leadTimeHours, Median.lower(leadMinutes).map { Ratio(Int128($0), 60) }, rows: leadMinutes.count)

    var recoveryMinutes: [Int64] = []
    for (incident, deployment) in zip(events.incidents, attributed) {
      guard let resolved = incident.resolvedAt, period.contains(milliseconds: resolved) else { continue }
      if benchmark.report == "2021" {
        recoveryMinutes.append((resolved - incident.openedAt) / 60_000)
      } else if let deployment {
        recoveryMinutes.append((resolved - deployment.finishedAt) / 60_000)
      }
    }
    outcome.set(
      .timeToRestoreHours, Median.lower(recoveryMinutes).map { Ratio(Int128($0), 60) }, rows: recoveryMinutes.count)
    return outcome
  }

  static func ceilMinutes(_ milliseconds: Int64) -> Int64 { (milliseconds + 59_999) / 60_000 }
}
