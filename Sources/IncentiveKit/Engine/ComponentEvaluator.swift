/// Evaluates one component for one person: value → curve → guards (per credited team for
/// team components, blended by days) → eligibility → 4 decimals (docs/calculation.md,
/// "A component, step by step").
struct ComponentEvaluator {
  let metrics: ComputedMetrics

  func evaluate(
    _ component: Component, engineer: Engineer, teams: CreditedTeams
  ) throws(CalculationError) -> ComponentOutcome {
    var notes: [String] = []
    var evaluations: [SubjectEvaluation] = []
    let multiplier: FixedDecimal
    let shownValue: FixedDecimal?
    switch component.scope {
    case .individual:
      let evaluation = try evaluate(component, subject: engineer.id, set: metrics.engineer(engineer.id), engineer: engineer, notes: &notes)
      evaluations = [evaluation]
      multiplier = evaluation.multiplier
      shownValue = evaluation.value
    case .team:
      for move in teams.cooledMoves {
        notes.append("cooling-off: move to \(move.team) on \(move.date) credited to \(move.creditedTo)")
      }
      for share in teams.shares {
        var evaluation = try evaluate(component, subject: share.team, set: metrics.team(share.team), engineer: engineer, notes: &notes)
        evaluation.days = share.days
        evaluations.append(evaluation)
      }
      if evaluations.count == 1 {
        multiplier = evaluations[0].multiplier
      } else {
        let totalDays = evaluations.reduce(0) { $0 + ($1.days ?? 0) }
        let weighted = evaluations.reduce(Int128(0)) { $0 + Int128($1.days ?? 0) * $1.multiplier.units(atScale: 4) }
        multiplier = Ratio(weighted, Int128(totalDays) * pow10(4)).rounded(toScale: 4)
        let parts = evaluations.map { "\($0.subject) \($0.days ?? 0)d \($0.multiplier.formatted(decimals: 4))" }
        notes.append("team blend: " + parts.joined(separator: ", "))
      }
      shownValue = evaluations.first { $0.subject == teams.principal }?.value
    }
    var eligibility: EligibilityCheck?
    var final = multiplier
    if let rule = component.eligibility {
      let value = metrics.engineer(engineer.id)[rule.metric]
      let failure = rule.failure(for: value)
      eligibility = EligibilityCheck(rule: rule, value: value, failure: failure)
      if let failure {
        notes.append(failure)
        final = FixedDecimal(units: 0, scale: 4)
      }
    }
    return ComponentOutcome(
      component: component, value: shownValue, evaluations: evaluations, eligibility: eligibility,
      multiplier: final.rounded(toScale: 4), notes: notes)
  }

  /// Value, curve and guards for one subject; the multiplier rounded to 4 decimals.
  private func evaluate(
    _ component: Component, subject: String, set: MetricSet, engineer: Engineer, notes: inout [String]
  ) throws(CalculationError) -> SubjectEvaluation {
    let entry = set.entries[component.metric]
    var curveMultiplier: Ratio
    var placement: PayoutCurve.Placement?
    var onMissing: Component.OnMissing?
    if let value = entry?.value {
      placement = component.curve.placement(of: value)
      curveMultiplier = component.curve.multiplier(at: value)
    } else {
      switch component.onMissing {
      case .error:
        throw .missingMetric(engineer: engineer.id, component: component.id, metric: component.metric, subject: subject)
      case .zero:
        curveMultiplier = Ratio(0, 1)
      case .target:
        curveMultiplier = Ratio(1, 1)
      }
      onMissing = component.onMissing
      notes.append("no value for \(component.metric): on_missing \(component.onMissing.rawValue)")
    }
    var checks: [GuardCheck] = []
    for rule in component.guards {
      let value = set[rule.metric]
      let broken = rule.isBroken(by: value)
      checks.append(GuardCheck(rule: rule, value: value, isBroken: broken))
      if broken {
        curveMultiplier = Ratio.min(curveMultiplier, Ratio(rule.cap))
        let cap = rule.cap.trimmed(minimumDecimals: 1)
        notes.append(
          value == nil
            ? "guard \(rule.metric) broken (no value): capped at \(cap)"
            : "guard \(rule.metric) \(rule.boundsText) broken: capped at \(cap)")
      }
    }
    return SubjectEvaluation(
      subject: subject, days: nil, value: entry?.value, rows: entry?.rows ?? 0, source: entry?.source ?? "",
      placement: placement, curveMultiplier: curveMultiplier, onMissing: onMissing, guards: checks,
      multiplier: curveMultiplier.rounded(toScale: 4))
  }
}
