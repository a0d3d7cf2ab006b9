extension PlanValidator {
  /// Lints the plan at `planPath`, as `incentive validate` does.
  ///
  /// A plan whose content can't be decoded (weights that don't sum to 1, an unsorted curve)
  /// is reported as a finding with its JSON path, so one run lists it beside the lint; a
  /// plan file that can't be read or isn't JSON is bad input and throws.
  /// - Parameters:
  ///   - datasetPath: a dataset whose `metrics.csv` names count as known metrics and whose
  ///     roster is checked for dual-ladder parity.
  ///   - previousPath: the plan's previous version; each changed component must be named
  ///     in the new rationale.
  static func findings(planPath: String, datasetPath: String?, previousPath: String?) throws -> [PlanFinding] {
    let plan: Plan
    switch Result(catching: { () throws(PlanError) -> Plan in try PlanDecoder.load(path: planPath).0 }) {
    case .success(let decoded): plan = decoded
    case .failure(.invalid(_, let path, let reason)): return [PlanFinding(.error, path, reason)]
    case .failure(let other): throw other
    }
    var supplied: Set<MetricID>?
    var scopes: MetricScopeCheck.Supplied?
    var roster: Roster?
    var adjustments: [Adjustment] = []
    if let datasetPath {
      let dataset = try Dataset(directory: datasetPath)
      let needed = MetricScopeCheck.scopesNeeded(plan)
      var names = Set<MetricID>()
      // Read before the roster, as before this check, so a dataset with errors in both reports metrics.csv's first.
      var rows: [ExternalMetric] = []
      try dataset.forEach(ExternalMetric.self) { (row: ExternalMetric) in
        names.insert(row.metric)
        if needed[row.metric] != nil { rows.append(row) }
      }
      let people = try dataset.roster()
      var kinds: MetricScopeCheck.Supplied = [:]
      if !rows.isEmpty {
        // As a paying run resolves subjects: the plan's team aliases and identities.csv's spellings.
        let aliases = try RosterAliases(plan: plan, planFile: planPath, dataset: dataset, roster: people)
        for row in rows {
          MetricScopeCheck.record(
            row, needed: needed, roster: people, aliases: aliases, period: plan.period, into: &kinds)
        }
      }
      supplied = names
      scopes = kinds
      roster = people
      adjustments = try dataset.load(Adjustment.self)
    }
    let previous = try previousPath.map { path throws(PlanError) in try PlanDecoder.load(path: path).0 }
    let aliasFindings = roster.map { roster in
      (RosterAliases.teamAliasProblems(plan.teamAliases, rosterTeams: roster.teams)
        + TeamOverrideCheck.problems(plan, rosterTeams: roster.teams)).map { PlanFinding(.error, $0.path, $0.reason) }
    }
    return PlanValidator(
      plan: plan, suppliedMetrics: supplied, suppliedScopes: scopes, roster: roster, adjustments: adjustments
    )
    .findings(previous: previous) + (aliasFindings ?? [])
  }
}
