/// `explain`: every step of one payout in words and numbers, in the order the engine takes
/// them, so a finance reader can redo it with a calculator and land on the same cent.
struct PayoutExplanation: Sendable {
  let report: PayoutReport
  let payout: EngineerPayout

  init(report: PayoutReport, payout: EngineerPayout) {
    self.report = report
    self.payout = payout
  }

  func render() -> String {
    let currency = payout.currency
    let engineer = payout.engineer
    let period = report.period
    func money(_ value: Money) -> String { value.formatted(in: currency) }
    func d(_ value: FixedDecimal) -> String { value.trimmed() }
    /// An exact amount held in minor units, shown in currency units.
    func major(_ minor: Ratio) -> String {
      Ratio(minor.numerator, minor.denominator * pow10(currency.minorDigits)).decimalText(
        maxDecimals: currency.minorDigits + 6)
    }
    var out: [String] = []
    out.append(
      "Payout of \(engineer.id)\(engineer.name.map { " (\($0))" } ?? ""), role \(engineer.role), team \(payout.team)")
    out.append("Plan \"\(report.plan.name)\" version \(report.plan.version), sha256 \(report.plan.sha256)")
    out.append(
      "Period \(period.from) to \(period.to): \(period.days) days; \(period.from.year) has \(period.daysInStartYear) days"
    )
    out.append("")
    out.append("1. Proration")
    let employment = engineer.employment(in: period)!
    out.append(
      "   employed \(employment.from) to \(employment.to) (start \(engineer.startDate)"
        + (engineer.endDate.map { ", end \($0)" } ?? "") + ")")
    out.append(
      "   \(payout.proration.employedDays) / \(payout.proration.periodDays) days = "
        + Ratio(Int128(payout.proration.employedDays), Int128(payout.proration.periodDays)).decimalText()
        + " → \(payout.proration.factor.formatted(decimals: Precision.proration)) (4 decimals, half-even)")
    out.append("")
    out.append("2. Target")
    switch payout.target.method {
    case .periodRatio:
      out.append(
        "   base \(money(payout.base)) × \(d(engineer.targetBonusPercent))% × \(period.days)/\(period.daysInStartYear)"
          + " × \(payout.proration.factor.formatted(decimals: Precision.proration))")
    case .days:
      out.append(
        "   base \(money(payout.base)) × \(d(engineer.targetBonusPercent))% × \(payout.proration.employedDays) days"
          + " employed / \(period.daysInStartYear) (proration \"days\")")
    }
    out.append(
      "   = \(major(payout.target.exact)) → \(money(payout.target.amount))"
        + " (half-even to minor units)")
    out.append("")
    let track = payout.components.first.map { _ in engineer.role } ?? engineer.role
    out.append("3. Components (track for role \(track))")
    for outcome in payout.components {
      out.append(contentsOf: describe(outcome))
    }
    out.append("")
    out.append("4. Multiplier")
    let terms = payout.components.map {
      "\(d($0.weight)) × \($0.multiplier.formatted(decimals: Precision.componentMultiplier))"
    }
    out.append("   \(terms.joined(separator: " + ")) = \(payout.rawMultiplier.trimmed(minimumDecimals: 2)) (exact)")
    let capText = report.payoutCap.map { d($0) } ?? "none"
    if payout.scaling.isEmpty {
      out.append(
        "   within floor \(d(report.payoutFloor)) and cap \(capText): multiplier "
          + payout.multiplier.trimmed(minimumDecimals: 2))
    }
    for scaling in payout.scaling {
      switch scaling {
      case .cap(let cap, _):
        out.append("   above the payout cap \(d(cap)): multiplier \(cap.trimmed(minimumDecimals: 2))")
      case .floor(let floor, _):
        out.append("   below the payout floor \(d(floor)): multiplier \(floor.trimmed(minimumDecimals: 2))")
      case .multiplierAdjusted, .amountSet:
        out.append("   \(scaling.note(in: currency))")
      }
    }
    out.append("")
    out.append("5. Payout")
    let approved = payout.scaling.contains { if case .amountSet = $0 { true } else { false } }
    out.append(
      "   \(money(payout.target.amount)) × \(payout.multiplier.trimmed(minimumDecimals: 2)) = "
        + "\(major(payout.exactPayout)) → \(money(payout.payout)) (half-even\(approved ? "; the approved amount" : ""))")
    out.append("")
    out.append("6. Component amounts (sum exactly to the payout: floor each, then the missing minor units")
    out.append("   go to the largest remainders)")
    // The payout that made these amounts computed the same shares, so they are there; none is shown otherwise.
    let shares =
      PayoutEngine.componentShares(
        target: payout.target.amount, outcomes: payout.components, raw: payout.rawMultiplier,
        multiplier: payout.multiplier) ?? ([], 1)
    for (outcome, share) in zip(payout.components, shares.numerators) {
      var formula =
        "\(money(payout.target.amount)) × \(d(outcome.weight)) × \(outcome.multiplier.formatted(decimals: Precision.componentMultiplier))"
      if !payout.scaling.isEmpty {
        formula +=
          " × \(payout.multiplier.trimmed(minimumDecimals: 2)) / \(payout.rawMultiplier.trimmed(minimumDecimals: 2))"
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
        out.append("   \(extra.kind.rawValue): \(extra.reportedDetail) → \(money(extra.amount))")
      }
    }
    // Names, teams and notes come from the data: no control character may act on the terminal.
    return out.map(TerminalText.escaped).joined(separator: "\n") + "\n"
  }

  private func describe(_ outcome: ComponentOutcome) -> [String] {
    let component = outcome.component
    var lines = [
      "   \(component.id): \(component.metric), \(component.scope.rawValue) scope, weight \(outcome.weight.trimmed())"
        + (outcome.weight != component.weight ? " (team override of \(component.weight.trimmed()))" : "")
    ]
    if case .formula(let formula) = component.valuation {
      lines.append("     formula: \(formula.text)")
    }
    var valueShown = false
    for step in outcome.trace {
      switch step {
      case .metricValue(let reading):
        let who = reading.isTeam ? "team \(reading.subject)" : "engineer \(reading.subject)"
        let days = reading.days.map { ", \($0) credited days" } ?? ""
        valueShown = reading.value != nil
        if let value = reading.value {
          lines.append("     \(who)\(days): value \(value.trimmed()) from \(reading.rows) row(s) of \(reading.source)")
        } else {
          // The on_missing substitute, when one follows, finishes this line.
          lines.append("     \(who)\(days): no value")
        }
      case .missing(_, let reason, let onMissing, let substitute):
        let substitution = "on_missing \(onMissing.rawValue) → \(substitute.decimalText())"
        if valueShown {
          lines.append("       \(reason): \(substitution)")
        } else {
          lines[lines.count - 1] += "; \(substitution)"
        }
      case .curvePoint(let reading):
        let owner = reading.overridingTeam.map { " (\($0)'s own curve)" } ?? ""
        lines.append(
          "       curve\(owner): " + Self.describe(reading.placement, value: reading.value, result: reading.multiplier))
      case .formula(_, let result, let floored):
        lines.append("       formula = \((floored ? Ratio(0, 1) : result).decimalText())")
      case .guardCheck(let check):
        let seen = check.value.map { $0.trimmed() } ?? "no value"
        lines.append(
          "       guard \(check.rule.metric) \(check.rule.boundsText): \(seen) → "
            + (check.isBroken ? "broken, multiplier capped at \(check.rule.cap.trimmed())" : "holds"))
      case .rounding(_, let exact, let rounded):
        lines.append(
          "       multiplier \(exact.decimalText()) → \(rounded.formatted(decimals: Precision.componentMultiplier))")
      case .teamBlend(let terms, _):
        let total = terms.reduce(0) { $0 + $1.days }
        let parts = terms.map { "\($0.days) × \($0.multiplier.formatted(decimals: Precision.componentMultiplier))" }
        lines.append("     blend by credited days: (\(parts.joined(separator: " + "))) / \(total)")
      case .eligibility(let rule, let value, let isEligible):
        let seen = value.map { $0.trimmed() } ?? "no value"
        var bounds: [String] = []
        if let min = rule.min { bounds.append("≥ \(min.trimmed())") }
        if let max = rule.max { bounds.append("≤ \(max.trimmed())") }
        lines.append(
          "     eligibility: own \(rule.metric) \(seen), needs \(bounds.joined(separator: " and ")) → "
            + (isEligible ? "eligible" : "NOT eligible, component pays 0"))
      case .coolingOff, .adjustment, .conflictOfInterest, .payoutScaled:
        continue  // listed among the notes below
      }
    }
    lines.append("     component multiplier \(outcome.multiplier.formatted(decimals: Precision.componentMultiplier))")
    for note in payout.notes(for: outcome, in: payout.currency) { lines.append("     note: \(note)") }
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
