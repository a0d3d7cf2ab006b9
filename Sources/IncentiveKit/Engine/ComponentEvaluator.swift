/// Evaluates one component for one person: value → curve or formula → guards (per credited
/// team for team components, blended by days) → eligibility → 4 decimals
/// (docs/calculation.md, "A component, step by step").
struct ComponentEvaluator {
  let metrics: ComputedMetrics

  /// - Parameter reportedTeam: the person's team for team-specific weights.
  func evaluate(
    _ component: Component, engineer: Engineer, teams: CreditedTeams, reportedTeam: String
  ) throws(CalculationError) -> ComponentOutcome {
    var notes: [String] = []
    var evaluations: [SubjectEvaluation] = []
    let multiplier: FixedDecimal
    let shownValue: FixedDecimal?
    switch component.scope {
    case .individual:
      let evaluation = try evaluate(
        component, subject: engineer.id, curveTeam: reportedTeam, set: metrics.engineer(engineer.id),
        engineer: engineer, notes: &notes)
      evaluations = [evaluation]
      multiplier = evaluation.multiplier
      shownValue = evaluation.value
    case .team:
      for move in teams.cooledMoves {
        notes.append("cooling-off: move to \(move.team) on \(move.date) credited to \(move.creditedTo)")
      }
      for share in teams.shares {
        var evaluation = try evaluate(
          component, subject: share.team, curveTeam: share.team, set: metrics.team(share.team), engineer: engineer,
          notes: &notes)
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
      component: component, weight: component.weight(for: reportedTeam), value: shownValue,
      evaluations: evaluations, eligibility: eligibility, multiplier: final.rounded(toScale: 4), notes: notes)
  }

  /// Value, curve or formula, and guards for one subject; the multiplier rounded to 4 decimals.
  private func evaluate(
    _ component: Component, subject: String, curveTeam: String, set: MetricSet, engineer: Engineer,
    notes: inout [String]
  ) throws(CalculationError) -> SubjectEvaluation {
    var evaluation = SubjectEvaluation(
      subject: subject, days: nil, value: set[component.metric], rows: set.entries[component.metric]?.rows ?? 0,
      source: set.entries[component.metric]?.source ?? "", placement: nil, curveMultiplier: Ratio(0, 1),
      onMissing: nil, guards: [], multiplier: .zero)
    var missing: String?
    switch component.valuation {
    case .curve:
      let curve = component.curve(for: curveTeam)!
      if let value = evaluation.value {
        evaluation.placement = curve.placement(of: value)
        evaluation.curveMultiplier = curve.multiplier(at: value)
        if component.teamOverrides[curveTeam]?.curve != nil { evaluation.curveOverride = curveTeam }
      } else {
        missing = "no value for \(component.metric)"
      }
    case .formula(let formula):
      do throws(Formula.Missing) {
        var result = try formula.evaluate { set[$0] }
        if result.numerator < 0 {
          notes.append("formula gave \(result.decimalText(maxDecimals: 4)); a multiplier is at least 0")
          result = Ratio(0, 1)
        }
        evaluation.curveMultiplier = result
        evaluation.formulaResult = result
      } catch {
        switch error {
        case .metric(let name): missing = "no value for \(name)"
        case .divisionByZero: missing = "formula divides by zero"
        case .outOfRange: missing = "formula result out of range"
        }
      }
    }
    if let missing {
      switch component.onMissing {
      case .error:
        throw .missingMetric(engineer: engineer.id, component: component.id, reason: missing, subject: subject)
      case .zero:
        evaluation.curveMultiplier = Ratio(0, 1)
      case .target:
        evaluation.curveMultiplier = Ratio(1, 1)
      }
      evaluation.onMissing = component.onMissing
      notes.append("\(missing): on_missing \(component.onMissing.rawValue)")
    }
    var guarded = evaluation.curveMultiplier
    for rule in component.guards {
      let value = set[rule.metric]
      let broken = rule.isBroken(by: value)
      evaluation.guards.append(GuardCheck(rule: rule, value: value, isBroken: broken))
      if broken {
        guarded = Ratio.min(guarded, Ratio(rule.cap))
        let cap = rule.cap.trimmed(minimumDecimals: 1)
        notes.append(
          value == nil
            ? "guard \(rule.metric) broken (no value): capped at \(cap)"
            : "guard \(rule.metric) \(rule.boundsText) broken: capped at \(cap)")
      }
    }
    evaluation.guardedMultiplier = guarded
    evaluation.multiplier = guarded.rounded(toScale: 4)
    return evaluation
  }
}
