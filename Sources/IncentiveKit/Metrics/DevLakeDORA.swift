/// DORA metrics as Apache DevLake's DORA plugin and Grafana dashboard define them
/// (`plugins/dora/tasks/*`, `grafana/dashboards/DORA.json`), for one team.
///
/// - An incident belongs to the deployment DevLake relates it to: `attributed_deployment` (what
///   a DevLake import writes, from `project_incident_deployment_relationships` or DevLake's own
///   rule applied to its deployment rows); an incident without one goes to the latest successful
///   production deployment of its team finished before it was created (no root cause needed).
/// - Change failure rate: successful production deployments finished in the period with at
///   least one incident / those deployments; absent when the dataset holds no incident at all
///   (the dashboard's "N/A. Please check if you have collected incidents").
/// - Deployment frequency: the median number of deployment days per Monday-start week of
///   the period; its level uses DevLake's rule (2023: ≥ 5 elite, ≥ 1 high, median days per
///   month ≥ 1 medium; 2021: ≥ 5 elite, days per month ≥ 1 high, any deployment day medium).
/// - Lead time: the median over changes deployed in the period of their lead time in minutes:
///   the tool's own figure where the change carries one (DevLake's PR cycle time), else
///   deployment finish − change start rounded up (DevLake's `ceil`), negatives dropped. A
///   change that records when it was deployed (`deployed_at`, the deployment commit row's
///   finish) is in the period by that time, as the dashboard filters `cdc.finished_date`.
/// - Recovery (2023, failed deployment recovery time): median over incidents resolved in
///   the period whose deployment finished in the period of resolution − that deployment's
///   finish (negative when DevLake related the incident to a deployment still running);
///   (2021, time to restore) median of resolution − creation. Whole minutes, truncated
///   (MySQL `TIMESTAMPDIFF`).
/// Every median is DevLake's lower median without interpolation.
struct DevLakeDORA {
  let period: Period
  let benchmark: DORABenchmark
  /// Whether the dataset holds any incident, of any team: without one DevLake shows no failure rate.
  var incidentsCollected = true

  func compute(_ events: DORAEvents) -> DORAOutcome {
    var outcome = DORAOutcome()
    let successful = events.deployments.filter { $0.status == .success }.sorted { $0.finishedAt < $1.finishedAt }
    let inPeriod = successful.filter { period.contains(milliseconds: $0.finishedAt) }
    let byID = Dictionary(successful.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // The deployment DevLake relates each incident to; else the latest successful deployment finished before it,
    // by binary search in the sorted list.
    let attributed = events.incidents.map { incident -> Deployment? in
      if let id = incident.attributedDeployment { return byID[id] }
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
        .changeFailureRate,
        incidentsCollected
          ? Ratio(Int128(inPeriod.filter { failed.contains($0.id) }.count), Int128(inPeriod.count)) : nil,
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
        let deployed: Int64
        if let at = change.deployedAt {
          guard period.contains(milliseconds: at) else { continue }
          deployed = at
        } else {
          guard let id = change.deploymentID, let finished = finishes[id] else { continue }
          deployed = finished
        }
        if let minutes = change.leadTimeMinutes {
          leadMinutes.append(Int64(minutes))
        } else if deployed >= change.committedAt {
          leadMinutes.append(Self.ceilMinutes(deployed - change.committedAt))
        }
      }
    }
    outcome.set(.leadTimeHours, Median.lower(leadMinutes).map { Ratio(Int128($0), 60) }, rows: leadMinutes.count)

    var recoveryMinutes: [Int64] = []
    for (incident, deployment) in zip(events.incidents, attributed) {
      guard let resolved = incident.resolvedAt, period.contains(milliseconds: resolved) else { continue }
      if benchmark.report == "2021" {
        recoveryMinutes.append((resolved - incident.openedAt) / 60_000)
      } else if let deployment, period.contains(milliseconds: deployment.finishedAt) {
        recoveryMinutes.append((resolved - deployment.finishedAt) / 60_000)
      }
    }
    outcome.set(
      .timeToRestoreHours, Median.lower(recoveryMinutes).map { Ratio(Int128($0), 60) }, rows: recoveryMinutes.count)
    return outcome
  }

  static func ceilMinutes(_ milliseconds: Int64) -> Int64 { (milliseconds + 59_999) / 60_000 }
}
