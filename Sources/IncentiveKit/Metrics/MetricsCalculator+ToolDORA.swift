extension MetricsCalculator {
  /// Replaces each team's four DORA values with those of the plan's tool definition
  /// (DevLake or Four Keys), leaving absent what the tool leaves absent.
  ///
  /// - Returns: per team, the levels the tool assigns itself.
  func recordToolDORA(_ events: [String: DORAEvents], dataset: Dataset, into result: inout ComputedMetrics)
    throws(InputError) -> [String: [MetricID: DORALevel]]
  {
    var events = events
    // A change without a team belongs to the team of the deployment that shipped it; a deployment id two teams list
    // names no one team, and picking one would move lead time, and pay, between them (by hash order, which changes
    // from run to run), so such a change must say its team.
    var teamsOfDeployment: [String: [String]] = [:]
    for (team, teamEvents) in events {
      for deployment in teamEvents.deployments where !(teamsOfDeployment[deployment.id]?.contains(team) ?? false) {
        teamsOfDeployment[deployment.id, default: []].append(team)
      }
    }
    let file = (try dataset.path(forFile: Change.fileName)) ?? dataset.join("changes.csv")
    try dataset.forEach(Change.self) { (change: Change) throws(InputError) in
      let team: String
      if let own = change.team {
        // A team alias counts toward its roster team, as the change's deployment does.
        team = aliases.team(own)
      } else if let id = change.deploymentID, let teams = teamsOfDeployment[id] {
        guard teams.count == 1 else {
          let listed = teams.sortedInByteOrder().joined(separator: ", ")
          throw .inconsistent(
            file: file, line: change.line,
            reason: "change \(change.id) has no team, and its deployment \(id) is listed by more than one team "
              + "(\(listed)); write the change's team")
        }
        team = teams[0]
      } else {
        return
      }
      events[team, default: DORAEvents()].changes.append(change)
    }
    var levels: [String: [MetricID: DORALevel]] = [:]
    let incidentsCollected = events.values.contains { !$0.incidents.isEmpty }
    for (team, teamEvents) in events {
      guard let outcome = toolOutcome(teamEvents, incidentsCollected: incidentsCollected) else { continue }
      var set = result.teams[team] ?? MetricSet()
      for metric in DORABenchmark.metrics { set.remove(metric) }
      let source = toolDORASource
      for entry in outcome.values { set.set(entry.metric, entry.value, rows: entry.rows, source: source) }
      if !set.isEmpty { result.teams[team] = set }
      levels[team] = outcome.levels
    }
    return levels
  }

  /// The `source` of values a tool definition computed (`devlake definition`).
  var toolDORASource: String { "\(options.doraDefinition.rawValue) definition" }

  /// The tool definition's values for one team; nil under the SPEC definition.
  ///
  /// - Parameter incidentsCollected: whether any team has an incident (DevLake shows no failure rate otherwise).
  func toolOutcome(_ events: DORAEvents, incidentsCollected: Bool = true) -> DORAOutcome? {
    switch options.doraDefinition {
    case .spec: return nil
    case .devlake:
      return DevLakeDORA(period: period, benchmark: benchmark, incidentsCollected: incidentsCollected).compute(events)
    case .fourkeys: return FourKeysDORA(period: period).compute(events)
    }
  }
}
