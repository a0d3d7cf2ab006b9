extension MetricsCalculator {
  /// Replaces each team's four DORA values with those of the plan's tool definition
  /// (DevLake or Four Keys), leaving absent what the tool leaves absent.
  ///
  /// - Returns: per team, the levels the tool assigns itself.
  func recordToolDORA(_ events: [String: DORAEvents], dataset: Dataset, into result: inout ComputedMetrics)
    throws(InputError) -> [String: [MetricID: DORALevel]]
  {
    var events = events
    // A change without a team belongs to the team of the deployment that shipped it.
    var teamOfDeployment: [String: String] = [:]
    for (team, teamEvents) in events {
      for deployment in teamEvents.deployments { teamOfDeployment[deployment.id] = team }
    }
    try dataset.forEach(Change.self) { (change: Change) throws(InputError) in
      guard let team = change.team ?? change.deploymentID.flatMap({ teamOfDeployment[$0] }) else { return }
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
