/// `explain`: every step of one payout in words and numbers, in the order the engine takes
/// them, so a finance reader can redo it with a calculator and land on the same cent.
public struct PayoutExplanation: Sendable {
  public let report: PayoutReport
  public let payout: EngineerPayout

  public init(report: PayoutReport, payout: EngineerPayout) {
    self.report = report
    self.payout = payout
  }

  public func render() -> String {
    let currency = report.currency
    let engineer = payout.engineer
    let period = report.period
    func money(_ value: Money) -> String { value.formatted(in: currency) }
    func d(_ value: FixedDecimal) -> String { value.trimmed() }
    /// An exact amount held in minor units, shown in currency units.
    func major(_ minor: Ratio) -> String {
      Ratio(minor.numerator, minor.denominator * pow10(currency.minorDigits)).decimalText(maxDecimals: currency.minorDigits + 6)
    }
    var out: [String] = []
    out.append("Payout of \(engineer.id)\(engineer.name.map { " (\($0))" } ?? ""), role \(engineer.role), team \(payout.team)")
    out.append("Plan \"\(report.plan.name)\" version \(report.plan.version), sha256 \(report.plan.sha256)")
    out.append("Period \(period.from) to \(period.to): \(period.days) days; \(period.from.year) has \(period.daysInStartYear) days")
    out.append("")
    out.append("1. Proration")
    let employment = engineer.employment(in: period)!
    out.append("   employed \(employment.from) to \(employment.to) (start \(engineer.startDate)"
      + (engineer.endDate.map { ", end \($0)" } ?? "") + ")")
    out.append("   \(payout.proration.employedDays) / \(payout.proration.periodDays) days = "
      + Ratio(Int128(payout.proration.employedDays), Int128(payout.proration.periodDays)).decimalText()
      + " → \(payout.proration.factor.formatted(decimals: 4)) (4 decimals, half-even)")
    out.append("")
    out.append("2. Target")
    out.append("   base \(money(payout.base)) × \(d(engineer.targetBonusPercent))% × \(period.days)/\(period.daysInStartYear)"
      + " × \(payout.proration.factor.formatted(decimals: 4))")
    out.append("   = \(major(payout.target.exact)) → \(money(payout.target.amount))"
      + " (half-even to minor units)")
    out.append("")
    let track = payout.components.first.map { _ in engineer.role } ?? engineer.role
    out.append("3. Components (track for role \(track))")
    for outcome in payout.components {
      out.append(contentsOf: describe(outcome))
    }
    out.append("")
    out.append("4. Multiplier")
    let terms = payout.components.map { "\(d($0.weight)) × \($0.multiplier.formatted(decimals: 4))" }
    out.append("   \(terms.joined(separator: " + ")) = \(payout.rawMultiplier.trimmed(minimumDecimals: 2)) (exact)")
    let capText = report.payoutCap.map { d($0) } ?? "none"
    switch payout.clamp {
    case .cap(let cap):
      out.append("   above the payout cap \(d(cap)): multiplier \(payout.multiplier.trimmed(minimumDecimals: 2))")
    case .floor(let floor):
      out.append("   below the payout floor \(d(floor)): multiplier \(payout.multiplier.trimmed(minimumDecimals: 2))")
    case .adjusted:
      let note = payout.components.first?.notes.last ?? "adjusted"
      out.append("   \(note)")
    case nil:
      out.append("   within floor \(d(report.payoutFloor)) and cap \(capText): multiplier "
        + payout.multiplier.trimmed(minimumDecimals: 2))
    }
    out.append("")
    out.append("5. Payout")
    out.append("   \(money(payout.target.amount)) × \(payout.multiplier.trimmed(minimumDecimals: 2)) = "
      + "\(major(payout.exactPayout)) → \(money(payout.payout)) (half-even)")
    out.append("")
    out.append("6. Component amounts (sum exactly to the payout: floor each, then the missing minor units")
    out.append("   go to the largest remainders)")
    let shares = PayoutEngine.componentShares(
      target: payout.target.amount, outcomes: payout.components, raw: payout.rawMultiplier, multiplier: payout.multiplier)
    for (outcome, share) in zip(payout.components, shares.numerators) {
      var formula = "\(money(payout.target.amount)) × \(d(outcome.weight)) × \(outcome.multiplier.formatted(decimals: 4))"
      if payout.clamp != nil {
        formula += " × \(payout.multiplier.trimmed(minimumDecimals: 2)) / \(payout.rawMultiplier.trimmed(minimumDecimals: 2))"
      }
      let exact = Ratio(share, shares.denominator)
      out.append("   \(outcome.component.id): \(formula) = \(major(exact)) → \(money(outcome.amount))")
    }
    let sum = payout.components.reduce(Money.zero) { $0 + $1.amount }
    out.append("   sum \(money(sum)) = payout \(money(payout.payout))")
    if !payout.extras.isEmpty {
      out.append("")
      out.append("7. Outside the bonus (not scaled by any multiplier)")
      for extra in payout.extras {
        out.append("   \(extra.kind.rawValue): \(extra.detail) → \(money(extra.amount))")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func describe(_ outcome: ComponentOutcome) -> [String] {
    let component = outcome.component
    var lines = ["   \(component.id): \(component.metric), \(component.scope.rawValue) scope, weight \(outcome.weight.trimmed())"
      + (outcome.weight != component.weight ? " (team override of \(component.weight.trimmed()))" : "")]
    if case .formula(let formula) = component.valuation {
      lines.append("     formula: \(formula.text)")
    }
    for evaluation in outcome.evaluations {
      let who = component.scope == .team ? "team \(evaluation.subject)" : "engineer \(evaluation.subject)"
      let days = evaluation.days.map { ", \($0) credited days" } ?? ""
      if let value = evaluation.value {
        lines.append("     \(who)\(days): value \(value.trimmed()) from \(evaluation.rows) row(s) of \(evaluation.source)")
      } else {
        lines.append("     \(who)\(days): no value; on_missing \(evaluation.onMissing?.rawValue ?? "error")"
          + " → \(evaluation.curveMultiplier.decimalText())")
      }
      if let placement = evaluation.placement, let value = evaluation.value {
        let owner = evaluation.curveOverride.map { " (\($0)'s own curve)" } ?? ""
        lines.append("       curve\(owner): " + Self.describe(placement, value: value, result: evaluation.curveMultiplier))
      }
      if let result = evaluation.formulaResult {
        lines.append("       formula = \(result.decimalText())")
      }
      for check in evaluation.guards {
        let seen = check.value.map { $0.trimmed() } ?? "no value"
        lines.append("       guard \(check.rule.metric) \(check.rule.boundsText): \(seen) → "
          + (check.isBroken ? "broken, multiplier capped at \(check.rule.cap.trimmed())" : "holds"))
      }
      lines.append("       multiplier \(evaluation.guardedMultiplier.decimalText()) → \(evaluation.multiplier.formatted(decimals: 4))")
    }
    if outcome.evaluations.count > 1 {
      let total = outcome.evaluations.reduce(0) { $0 + ($1.days ?? 0) }
      let terms = outcome.evaluations.map { "\($0.days ?? 0) × \($0.multiplier.formatted(decimals: 4))" }
      lines.append("     blend by credited days: (\(terms.joined(separator: " + "))) / \(total)")
    }
    if let check = outcome.eligibility {
      let seen = check.value.map { $0.trimmed() } ?? "no value"
      var bounds: [String] = []
      if let min = check.rule.min { bounds.append("≥ \(min.trimmed())") }
      if let max = check.rule.max { bounds.append("≤ \(max.trimmed())") }
      lines.append("     eligibility: own \(check.rule.metric) \(seen), needs \(bounds.joined(separator: " and ")) → "
        + (check.failure == nil ? "eligible" : "NOT eligible, component pays 0"))
    }
    lines.append("     component multiplier \(outcome.multiplier.formatted(decimals: 4))")
    for note in outcome.notes { lines.append("     note: \(note)") }
    return lines
  }

  static func describe(_ placement: PayoutCurve.Placement, value: FixedDecimal, result: Ratio) -> String {
    func point(_ p: PayoutCurve.Point) -> String { "[\(p.value.trimmed()), \(p.multiplier.trimmed())]" }
    switch placement {
    case .belowFirst(let p):
      return "\(value.trimmed()) is below the first point \(point(p)): flat at \(p.multiplier.trimmed())"
    case .aboveLast(let p):
      return "\(value.trimmed()) is above the last point \(point(p)): flat at \(p.multiplier.trimmed())"
    case .atPoint(let p):
      return "\(value.trimmed()) is on point \(point(p)): \(p.multiplier.trimmed())"
    case .between(let a, let b):
      return "\(value.trimmed()) is between \(point(a)) and \(point(b)): \(a.multiplier.trimmed()) + "
        + "(\(b.multiplier.trimmed()) − \(a.multiplier.trimmed())) × (\(value.trimmed()) − \(a.value.trimmed())) / "
        + "(\(b.value.trimmed()) − \(a.value.trimmed())) = \(result.decimalText())"
    }
  }
}
