extension BiasAudit {
  /// The audit of a payout run by a demographic attribute: each paid person's payout
  /// multiplier (after cap, floor and adjustments, exactly as the report pays it), grouped
  /// by their value in `demographics`.
  init(report: PayoutReport, demographics: Demographics, minGroupSize: Int, permutations: Int, seed: UInt64) {
    let subjects = report.engineers.map { payout in
      Subject(group: demographics.values[payout.engineer.id], value: payout.multiplier)
    }
    self.init(
      subjects: subjects, grouping: .attribute(demographics.attribute), minGroupSize: minGroupSize,
      permutations: permutations, seed: seed)
    plan = report.plan
    period = report.period
  }

  /// The calibration audit: each paid person's individual-scope component multipliers
  /// (the part a manager's judgement and their people's own work drive), grouped by the
  /// roster's manager_id. Team components are left out: everyone on a team shares them.
  init(managersOf report: PayoutReport, minGroupSize: Int, permutations: Int, seed: UInt64) {
    let subjects = report.engineers.map { payout -> Subject in
      let value = Self.individualMultiplier(payout)
      return Subject(group: value == nil ? nil : payout.engineer.managerID, value: value ?? .zero)
    }
    self.init(
      subjects: subjects, grouping: .manager, minGroupSize: minGroupSize, permutations: permutations, seed: seed)
    plan = report.plan
    period = report.period
  }

  /// Σ weight × multiplier / Σ weight over the person's individual-scope components, 6
  /// decimals half-even; nil when their track has none (or only zero weights).
  static func individualMultiplier(_ payout: EngineerPayout) -> FixedDecimal? {
    let individual = payout.components.filter { $0.component.scope == .individual }
    let weights = individual.reduce(FixedDecimal.zero) { $0 + $1.weight }
    guard !weights.isZero else { return nil }
    let weighted = individual.reduce(FixedDecimal.zero) { $0 + $1.weight * $1.multiplier }
    let scale = max(weighted.scale, weights.scale)
    return Ratio(weighted.units(atScale: scale), weights.units(atScale: scale)).rounded(toScale: 6)
  }
}
