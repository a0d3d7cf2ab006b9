extension Statement {
  /// One component in plain words, from the same per-step data `explain` prints (value,
  /// curve placement, guards, blend, eligibility), so the statement never re-derives a number.
  static func part(_ outcome: ComponentOutcome, currency: Currency, scaled: Bool, redaction: Redaction) -> Part {
    let component = outcome.component
    let digits = Precision.componentMultiplier
    let several = outcome.trace.contains { if case .teamBlend = $0 { true } else { false } }
    var steps: [String] = []
    var reading: PayoutStep.MetricReading?
    for step in outcome.trace {
      switch step {
      case .metricValue(let current):
        reading = current
        if let value = current.value {
          steps.append("\(Self.whose(current, several: several)) was \(value.trimmed()).")
        }
      case .missing(_, let reason, let onMissing, _):
        let substitute = onMissing == .target ? "at target (1.0)" : "as zero"
        if let reading, reading.value == nil {
          steps.append(
            "\(Self.whose(reading, several: several)) had no value; the plan pays a missing value \(substitute).")
        } else {
          steps.append("The plan's formula could not be worked out (\(reason)); the plan pays that \(substitute).")
        }
      case .curvePoint(let point):
        let curve = point.overridingTeam.map { "team \($0)'s payout curve" } ?? "the payout curve"
        steps.append(Self.describe(point.placement, value: point.value, curve: curve, result: point.multiplier))
      case .formula(_, let result, let floored):
        guard case .formula(let formula) = component.valuation else { continue }
        steps.append(
          floored
            ? "The plan's formula \(formula.text) gives \(result.decimalText()); a multiplier is at least 0, so it pays 0."
            : "The plan's formula \(formula.text) gives \(result.decimalText()).")
      case .guardCheck(let check):
        let seen = check.value.map { "it was \($0.trimmed())" } ?? "it had no value, which counts as outside"
        let bounds = Self.bounds(min: check.rule.min, max: check.rule.max)
        steps.append(
          "Counter-metric \(check.rule.metric) must be \(bounds); \(seen), so "
            + (check.isBroken ? "this part is capped at \(check.rule.cap.trimmed())." : "nothing is capped."))
      case .rounding(let subject, _, let rounded):
        if several { steps.append("Result for team \(subject): \(rounded.formatted(decimals: digits)).") }
      case .teamBlend(let terms, _):
        let total = terms.reduce(0) { $0 + $1.days }
        let parts = terms.map { "\($0.days) × \($0.multiplier.formatted(decimals: digits))" }
        steps.append(
          "You were credited to more than one team, so the results are blended by days: "
            + "(\(parts.joined(separator: " + "))) / \(total).")
      case .eligibility(let rule, let value, let isEligible):
        let seen = value.map { "yours was \($0.trimmed())" } ?? "you had no value"
        steps.append(
          "To qualify, your own \(rule.metric) had to be \(Self.bounds(min: rule.min, max: rule.max)); "
            + "\(seen), so " + (isEligible ? "you qualify." : "this component pays 0."))
      case .adjustment(let from, let to, let approval):
        steps.append(
          "Adjusted from \(from.formatted(decimals: digits)) to \(to.formatted(decimals: digits)) "
            + "\(approval.statementAttribution).")
      case .conflictOfInterest:
        // Names the subject, which may be someone the person manages.
        let text = redaction.apply(step.note(in: currency) ?? "")
        steps.append(text.prefix(1).uppercased() + text.dropFirst() + ".")
      case .coolingOff, .payoutScaled:
        continue  // the team figures and the summary say these
      }
    }
    let scaledText = scaled ? ", scaled with the others to the payout multiplier" : ""
    steps.append(
      "Component multiplier \(outcome.multiplier.formatted(decimals: digits)) (\(digits) decimals) × weight "
        + "\(outcome.weight.trimmed()) of your target: \(outcome.amount.grouped(in: currency))\(scaledText).")
    return Part(
      id: component.id, metric: component.metric.name, scope: component.scope.rawValue, weight: outcome.weight,
      value: outcome.value, multiplier: outcome.multiplier, amount: outcome.amount, steps: steps)
  }

  /// `The platform team's deployment_frequency (52 of your days)` or `Your reviews`.
  private static func whose(_ reading: PayoutStep.MetricReading, several: Bool) -> String {
    let whose = reading.isTeam ? "The \(reading.subject) team's" : "Your"
    let days = reading.days.map { several ? " (\($0) of your days)" : "" } ?? ""
    return "\(whose) \(reading.metric)\(days)"
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
