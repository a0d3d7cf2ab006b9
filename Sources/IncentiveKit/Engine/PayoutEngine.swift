/// Computes payouts exactly as SPEC section 5 "Payout, exactly" and docs/calculation.md say:
/// proration, target, component multipliers, cap and floor, half-even rounding, and
/// component amounts that sum to the payout by largest remainder.
public struct PayoutEngine: Sendable {
  public let plan: Plan
  public let planSHA256: String

  public init(plan: Plan, planSHA256: String) {
    self.plan = plan
    self.planSHA256 = planSHA256
  }

  public func calculate(roster: Roster, metrics: ComputedMetrics) throws(CalculationError) -> PayoutReport {
    let period = metrics.period
    let evaluator = ComponentEvaluator(metrics: metrics)
    var payouts: [EngineerPayout] = []
    for engineer in roster.engineers.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
      guard let proration = Proration(engineer, in: period) else { continue }
      payouts.append(try payout(for: engineer, proration: proration, roster: roster, evaluator: evaluator))
    }
    var byTeam: [String: TeamTotal] = [:]
    for payout in payouts {
      byTeam[payout.team, default: TeamTotal(team: payout.team, headcount: 0, payout: .zero)].headcount += 1
      byTeam[payout.team]!.payout += payout.payout
    }
    let teams = byTeam.values.sorted { $0.team.utf8.lexicographicallyPrecedes($1.team.utf8) }
    let total = teams.reduce(Money.zero) { $0 + $1.payout }
    return PayoutReport(
      plan: .init(name: plan.name, version: plan.version, sha256: planSHA256), period: period,
      currency: plan.currency, engineers: payouts, teams: teams, total: total, metrics: metrics,
      payoutCap: plan.payoutCap, payoutFloor: plan.payoutFloor)
  }

  func payout(
    for engineer: Engineer, proration: Proration, roster: Roster, evaluator: ComponentEvaluator
  ) throws(CalculationError) -> EngineerPayout {
    let period = evaluator.metrics.period
    if let currency = engineer.currency, currency.uppercased() != plan.currency.code {
      throw .currencyMismatch(
        engineer: engineer.id, line: engineer.line, currency: currency, planCurrency: plan.currency.code)
    }
    guard let base = Money(engineer.baseSalary.description, currency: plan.currency) else {
      throw .salaryPrecision(
        engineer: engineer.id, line: engineer.line, salary: engineer.baseSalary.description,
        currency: plan.currency.code)
    }
    guard let track = plan.track(for: engineer.role) else {
      throw .missingTrack(role: engineer.role, engineer: engineer.id, available: plan.tracks.map(\.name))
    }
    let employment = engineer.employment(in: period)!
    let segments = roster.teamSegments(of: engineer.id, in: employment)
    let credited = CreditedTeams(segments: segments, periodEnd: period.to, coolingOffDays: plan.coolingOffDays)
    let target = TargetBonus(
      base: base, percent: engineer.targetBonusPercent, period: period, proration: proration,
      currency: plan.currency)

    let reportedTeam = roster.team(of: engineer.id, on: employment.to) ?? engineer.team
    var outcomes: [ComponentOutcome] = []
    for component in track.components {
      outcomes.append(try evaluator.evaluate(component, engineer: engineer, teams: credited, reportedTeam: reportedTeam))
    }
    let raw = outcomes.reduce(FixedDecimal.zero) { $0 + $1.weight * $1.multiplier }
    var multiplier = raw
    var clamp: EngineerPayout.Clamp?
    if let cap = plan.payoutCap, raw > cap {
      multiplier = cap
      clamp = .cap(cap)
    } else if raw < plan.payoutFloor {
      multiplier = plan.payoutFloor
      clamp = .floor(plan.payoutFloor)
    }
    let exactPayout = Ratio(Int128(target.amount.minorUnits) * multiplier.units, pow10(multiplier.scale))
    let payout = Money(minorUnits: Int64(exactPayout.rounded(toScale: 0).units))
    let amounts = Self.componentAmounts(
      target: target.amount, outcomes: outcomes, raw: raw, multiplier: multiplier, payout: payout)
    for index in outcomes.indices {
      outcomes[index].amount = amounts[index]
      switch clamp {
      case .cap(let cap):
        outcomes[index].notes.append(
          "payout capped at \(cap.trimmed(minimumDecimals: 1)) (uncapped \(raw.trimmed(minimumDecimals: 2))): amount scaled")
      case .floor(let floor):
        outcomes[index].notes.append(
          "payout floor \(floor.trimmed(minimumDecimals: 1)) applied (raw \(raw.trimmed(minimumDecimals: 2))): amount scaled")
      case nil:
        break
      }
    }
    return EngineerPayout(
      engineer: engineer, team: reportedTeam, credited: credited,
      proration: proration, base: base, target: target, rawMultiplier: raw, multiplier: multiplier, clamp: clamp,
      payout: payout, exactPayout: exactPayout, components: outcomes)
  }

  /// Component amounts: `target × weight × m`, scaled by `multiplier / raw` when cap or floor
  /// moved the total (by weight when raw is 0), split by largest remainder to sum to `payout`.
  static func componentAmounts(
    target: Money, outcomes: [ComponentOutcome], raw: FixedDecimal, multiplier: FixedDecimal, payout: Money
  ) -> [Money] {
    let shares = componentShares(target: target, outcomes: outcomes, raw: raw, multiplier: multiplier)
    return LargestRemainder.allocate(total: payout.minorUnits, shares: shares.numerators, denominator: shares.denominator)
      .map { Money(minorUnits: $0) }
  }

  /// The exact share of each component in minor units, as numerators over one denominator.
  static func componentShares(
    target: Money, outcomes: [ComponentOutcome], raw: FixedDecimal, multiplier: FixedDecimal
  ) -> (numerators: [Int128], denominator: Int128) {
    let scale = max(raw.scale, multiplier.scale, outcomes.map { $0.weight.scale + 4 }.max() ?? 0)
    let products = outcomes.map { ($0.weight * $0.multiplier).units(atScale: scale) }
    let t = Int128(target.minorUnits)
    let shares: [Int128]
    let denominator: Int128
    if raw == multiplier {
      shares = products.map { t * $0 }
      denominator = pow10(scale)
    } else if !raw.isZero {
      let m = multiplier.units(atScale: scale)
      shares = products.map { t * $0 * m }
      denominator = raw.units(atScale: scale) * pow10(scale)
    } else {
      let m = multiplier.units(atScale: scale)
      let weightScale = outcomes.map(\.weight.scale).max() ?? 0
      shares = outcomes.map { t * m * $0.weight.units(atScale: weightScale) }
      denominator = pow10(scale) * pow10(weightScale)
    }
    return (shares, denominator)
  }
}
