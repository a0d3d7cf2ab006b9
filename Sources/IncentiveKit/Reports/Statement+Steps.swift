extension Statement {
  /// One component in plain words, from the same per-step data `explain` prints (value,
  /// curve placement, guards, blend, eligibility), so the statement never re-derives a number.
  static func part(_ outcome: ComponentOutcome, currency: Currency, clamped: Bool, redaction: Redaction) -> Part {
    let component = outcome.component
    var steps: [String] = []
    let several = outcome.evaluations.count > 1
    for evaluation in outcome.evaluations {
      let whose = component.scope == .team ? "The \(evaluation.subject) team's" : "Your"
      let days = evaluation.days.map { several ? " (\($0) of your days)" : "" } ?? ""
      if let value = evaluation.value {
        steps.append("\(whose) \(component.metric)\(days) was \(value.trimmed()).")
      } else {
        let substitute = evaluation.onMissing == .target ? "at target (1.0)" : "as zero"
        steps.append("\(whose) \(component.metric)\(days) had no value; the plan pays a missing value \(substitute).")
      }
      if let placement = evaluation.placement, let value = evaluation.value {
        let curve = evaluation.curveOverride.map { "team \($0)'s payout curve" } ?? "the payout curve"
        steps.append(Self.describe(placement, value: value, curve: curve, result: evaluation.curveMultiplier))
      }
      if let result = evaluation.formulaResult, case .formula(let formula) = component.valuation {
        steps.append("The plan's formula \(formula.text) gives \(result.decimalText()).")
      }
      for check in evaluation.guards {
        let seen = check.value.map { "it was \($0.trimmed())" } ?? "it had no value, which counts as outside"
        let bounds = Self.bounds(min: check.rule.min, max: check.rule.max)
        steps.append(
          "Counter-metric \(check.rule.metric) must be \(bounds); \(seen), so "
            + (check.isBroken ? "this part is capped at \(check.rule.cap.trimmed())." : "nothing is capped."))
      }
      if several {
        steps.append("Result for team \(evaluation.subject): \(evaluation.multiplier.formatted(decimals: 4)).")
      }
    }
    if several {
      let total = outcome.evaluations.reduce(0) { $0 + ($1.days ?? 0) }
      let terms = outcome.evaluations.map { "\($0.days ?? 0) × \($0.multiplier.formatted(decimals: 4))" }
      steps.append(
        "You were credited to more than one team, so the results are blended by days: "
          + "(\(terms.joined(separator: " + "))) / \(total).")
    }
    if let check = outcome.eligibility {
      let seen = check.value.map { "yours was \($0.trimmed())" } ?? "you had no value"
      steps.append(
        "To qualify, your own \(check.rule.metric) had to be \(Self.bounds(min: check.rule.min, max: check.rule.max)); "
          + "\(seen), so " + (check.failure == nil ? "you qualify." : "this component pays 0."))
    }
    for note in outcome.notes where Self.isAdjustmentOrFlag(note) {
      let text = redaction.apply(note)
      steps.append(text.prefix(1).uppercased() + text.dropFirst() + ".")
    }
    let scaled = clamped ? ", scaled with the others to the payout multiplier" : ""
    steps.append(
      "Component multiplier \(outcome.multiplier.formatted(decimals: 4)) (4 decimals) × weight "
        + "\(outcome.weight.trimmed()) of your target: \(outcome.amount.grouped(in: currency))\(scaled).")
    return Part(
      id: component.id, metric: component.metric.name, scope: component.scope.rawValue, weight: outcome.weight,
      value: outcome.value, multiplier: outcome.multiplier, amount: outcome.amount, steps: steps)
  }

  /// Engine notes a statement repeats as they are: approved adjustments, conflict-of-interest
  /// flags and a formula held at 0. Everything else in the notes is already a step above.
  static func isAdjustmentOrFlag(_ note: String) -> Bool {
    note.hasPrefix("adjusted from") || note.hasPrefix("conflict of interest") || note.hasPrefix("formula gave")
  }

  /// `at least 2`, `at most 0.15`, `between 0.1 and 0.3`.
  static func bounds(min: FixedDecimal?, max: FixedDecimal?) -> String {
    switch (min, max) {
    case (let low?, let high?): return "between \(low.trimmed()) and \(high.trimmed())"
    case (let low?, nil): return "at least \(low.trimmed())"
    case (nil, let high?): return "at most \(high.trimmed())"
    case (nil, nil): return "anything"
    }
  }

  static func describe(_ placement: PayoutCurve.Placement, value: FixedDecimal, curve: String, result: Ratio) -> String
  {
    func point(_ p: PayoutCurve.Point) -> String { "\(p.value.trimmed()) (pays \(p.multiplier.trimmed()))" }
    switch placement {
    case .belowFirst(let p):
      return "That is below the first point of \(curve), \(point(p)), so it pays \(p.multiplier.trimmed())."
    case .aboveLast(let p):
      return "That is above the last point of \(curve), \(point(p)), so it pays \(p.multiplier.trimmed())."
    case .atPoint(let p):
      return "That is exactly on a point of \(curve), \(point(p))."
    case .between(let a, let b):
      // decimalText ends in "…" when it cuts digits; no full stop after an ellipsis.
      let pays = result.decimalText()
      return "On \(curve) that lies between \(point(a)) and \(point(b)); in proportion it pays \(pays)"
        + (pays.hasSuffix("…") ? "" : ".")
    }
  }
}
