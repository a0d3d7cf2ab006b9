extension BiasAudit {
  /// What an audit reads of one paid person, taken on the thread that paid them (`PayoutRun.Paying`): at 100,000
  /// people the audits kept every payout with its trace (1.2 GB) for a few numbers each.
  struct PaidPerson: Sendable {
    var id: String
    var managerID: String?
    var multiplier: FixedDecimal
    /// `individualMultiplier(_:)`.
    var individualMultiplier: FixedDecimal?

    init(_ payout: EngineerPayout) {
      id = payout.engineer.id
      managerID = payout.engineer.managerID
      multiplier = payout.multiplier
      individualMultiplier = BiasAudit.individualMultiplier(payout)
    }
  }

  /// The audit of a payout run by a demographic attribute: each paid person's payout
  /// multiplier (after cap, floor and adjustments, exactly as the report pays it), grouped
  /// by their value in `demographics`.
  ///
  /// - Parameter report: the run's report (its plan and period).
  init(
    people: [PaidPerson], of report: PayoutReport, demographics: Demographics, minGroupSize: Int, permutations: Int,
    seed: UInt64
  ) {
    let subjects = people.map { Subject(group: demographics.values[$0.id], value: $0.multiplier) }
    self.init(
      subjects: subjects, grouping: .attribute(demographics.attribute), minGroupSize: minGroupSize,
      permutations: permutations, seed: seed)
    plan = report.plan
    period = report.period
  }

  /// The calibration audit: each paid person's individual-scope component multipliers
  /// (the part a manager's judgement and their people's own work drive), grouped by the
  /// roster's manager_id. Team components are left out: everyone on a team shares them.
  init(managersOf people: [PaidPerson], of report: PayoutReport, minGroupSize: Int, permutations: Int, seed: UInt64) {
    let subjects = people.map { person -> Subject in
      Subject(
        group: person.individualMultiplier == nil ? nil : person.managerID, value: person.individualMultiplier ?? .zero)
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
