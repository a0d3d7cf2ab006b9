/// Computes payouts exactly as SPEC section 5 "Payout, exactly" and docs/calculation.md say:
/// proration, target, component multipliers, cap and floor, approved adjustments, half-even
/// rounding, and component amounts that sum to the payout by largest remainder; plus pay
/// outside the bonus (premiums, retention tranches) as separate lines.
struct PayoutEngine: Sendable {
  let plan: Plan
  let planSHA256: String
  let adjustments: [Adjustment]
  /// The adjustments file as messages name it.
  let adjustmentsFile: String
  /// A conflict of interest stops the run instead of being flagged.
  let strictConflicts: Bool
  /// fx.csv: converts band targets and premium rates into a person's currency, and totals into
  /// the plan's.
  var exchangeRates: ExchangeRates
  /// identities.csv's spellings of people (and the plan's team aliases): an adjustment approved under one of the
  /// adjusted person's own spellings is self-approval.
  var aliases = RosterAliases()

  init(
    plan: Plan, planSHA256: String, adjustments: [Adjustment] = [], adjustmentsFile: String = "adjustments.csv",
    strictConflicts: Bool = false
  ) {
    self.plan = plan
    self.planSHA256 = planSHA256
    self.adjustments = adjustments
    self.adjustmentsFile = adjustmentsFile
    self.strictConflicts = strictConflicts
    exchangeRates = ExchangeRates(planCurrency: plan.currency)
  }

  /// - Parameter threads: how many threads pay blocks of people; any number gives the same report.
  func calculate(roster: Roster, metrics: ComputedMetrics, threads: Int = 1) throws(CalculationError) -> PayoutReport {
    var payouts: [EngineerPayout] = []
    var totals = PayoutTotals()
    do throws(PayoutFailure<CalculationError>) {
      try forEachPayout(roster: roster, metrics: metrics, threads: threads, render: { $0 }) {
        (payout: EngineerPayout) throws(CalculationError) in
        try totals.add(payout)
        payouts.append(payout)
      }
    } catch {
      switch error {
      case .calculation(let error), .consumer(let error): throw error
      }
    }
    return report(engineers: payouts, totals: totals, metrics: metrics)
  }

  /// The report of a run whose engineers were paid one at a time: `engineers` may be empty when
  /// they were written as they were paid (`calculate --output`), the totals are always whole.
  func report(engineers: [EngineerPayout], totals: PayoutTotals, metrics: ComputedMetrics) -> PayoutReport {
    let currencyTotals = totals.currencyTotals(rates: exchangeRates)
    return PayoutReport(
      plan: .init(name: plan.name, version: plan.version, sha256: planSHA256), period: metrics.period,
      currency: plan.currency, engineers: engineers, teams: totals.teams, total: currencyTotals.planTotal ?? .zero,
      metrics: metrics, payoutCap: plan.payoutCap, payoutFloor: plan.payoutFloor, currencyTotals: currencyTotals)
  }

  /// The currencies the people employed in the period are paid in, known before anyone is paid
  /// (an unknown code is left to paying, which refuses it with its roster line).
  ///
  /// Most people share a currency: a code already listed is passed over before their employment is worked out or the
  /// code is looked up (this walk cost 1,400 instructions a person at 100,000 people, before anyone was paid).
  func currencies(roster: Roster, period: Period) -> [Currency] {
    var listed = Set<String>()
    var codes = Set<String>()
    var currencies: [Currency] = []
    // The code listed last: most people are paid in one or two currencies, and their codes then need no hashing.
    var lastListed: String?
    for engineer in roster.engineers {
      let written = engineer.currency ?? plan.currency.code
      if let lastListed, lastListed.hasSameBytes(as: written) { continue }
      guard !listed.contains(written), Proration(engineer, in: period) != nil,
        let currency = try? currency(of: engineer, in: roster)
      else { continue }
      listed.insert(written)
      lastListed = written
      if codes.insert(currency.code).inserted { currencies.append(currency) }
    }
    return currencies
  }

  /// The checks made before anyone is paid, and the order they are paid in: positions in the
  /// roster sorted by engineer id (8 bytes a person, not a sorted copy of everyone).
  func prepare(
    roster: Roster, metrics: ComputedMetrics
  ) throws(CalculationError) -> (adjustments: [String: [Adjustment]], order: [Int]) {
    let byEngineer = try checkedAdjustments(roster: roster, period: metrics.period)
    for grant in plan.retentionGrants where roster[grant.engineerID] == nil {
      throw .unknownEngineer(id: grant.engineerID, source: "plan retention_bonuses")
    }
    let engineers = roster.engineers
    return (byEngineer, engineers.indices.sortedInByteOrder { engineers[$0].id })
  }

  /// The payout of the engineer at `position` in the roster; nil when they were not employed
  /// on any day of the period.
  func payout(
    at position: Int, roster: Roster, evaluator: ComponentEvaluator, adjustments: [String: [Adjustment]]
  ) throws(CalculationError) -> EngineerPayout? {
    let engineer = roster.engineers[position]
    guard let proration = Proration(engineer, in: evaluator.metrics.period) else { return nil }
    return try payout(
      for: engineer, at: position, proration: proration, roster: roster, evaluator: evaluator,
      adjustments: adjustments[engineer.id] ?? [])
  }

  /// Adjustments of the period by engineer, after checking each names a paid person and a
  /// component of their track, once.
  func checkedAdjustments(roster: Roster, period: Period) throws(CalculationError) -> [String: [Adjustment]] {
    var result: [String: [Adjustment]] = [:]
    for adjustment in adjustments {
      if let scope = adjustment.period, !scope.overlaps(period) { continue }
      let fail = { (reason: String) in
        CalculationError.invalidAdjustment(file: adjustmentsFile, line: adjustment.line, reason: reason)
      }
      guard let engineer = roster[adjustment.engineerID] else {
        throw fail("engineer_id \"\(adjustment.engineerID)\" is not in the roster")
      }
      guard engineer.employment(in: period) != nil else {
        throw fail("\(engineer.id) was not employed on any day of \(period.from) to \(period.to)")
      }
      if !adjustment.isTotal {
        let components = plan.track(for: engineer.role)?.components.map(\.id) ?? []
        guard components.contains(adjustment.component) else {
          throw fail(
            "component \"\(adjustment.component)\" is not in \(engineer.id)'s track; use one of "
              + (components + [Adjustment.totalComponent]).joined(separator: ", "))
        }
      }
      // The row checked the id's spellings already (`Adjustment`); the person is also their roster name and every
      // spelling identities.csv gives them: "Daniel Cho" or `dcho` approving E04's raise was E04 approving it.
      let approver = RosterNames.fold(adjustment.approvedBy)
      if engineer.name.map({ RosterNames.fold($0) == approver }) == true
        || aliases.engineer(adjustment.approvedBy) == engineer.id
      {
        throw fail(
          "approved_by \"\(adjustment.approvedBy)\" is the roster name or an identity of \(engineer.id), the person "
            + "adjusted; have someone else approve it (by engineer_id, if the approver shares the name)")
      }
      if let other = result[engineer.id]?.first(where: { $0.component == adjustment.component }) {
        throw fail("a second adjustment of \(engineer.id) \(adjustment.component) (first on line \(other.line))")
      }
      result[engineer.id, default: []].append(adjustment)
    }
    return result
  }

  /// One person's payout in two stages: the multipliers (components, adjustments, cap and
  /// floor), then the allocation (rounding the payout and splitting it over the components).
  ///
  /// - Parameter position: the engineer's place in the roster, where their team history is found without looking
  ///   them up by id (two `String` hashes a person, most of whom have no history).
  func payout(
    for engineer: Engineer, at position: Int, proration: Proration, roster: Roster, evaluator: ComponentEvaluator,
    adjustments: [Adjustment]
  ) throws(CalculationError) -> EngineerPayout {
    let period = evaluator.metrics.period
    let (currency, base, track) = try basics(of: engineer, in: roster)
    let employment = engineer.employment(in: period)!
    let segments = roster.teamSegments(at: position, in: employment)
    let credited = CreditedTeams(segments: segments, periodEnd: period.to, coolingOffDays: plan.coolingOffDays)
    let target = try TargetBonus(
      engineer: engineer.id, base: base, percent: engineer.targetBonusPercent, period: period, proration: proration,
      method: plan.prorationMethod)
    let reportedTeam = roster.team(at: position, on: employment.to)
    // By position: the metric sets are laid out in roster order (`PersonTable`), found without hashing the id.
    let own = evaluator.metrics.engineer(at: position, id: engineer.id)

    var stage = try multipliers(
      for: engineer, own: own, track: track, credited: credited, reportedTeam: reportedTeam, target: target.amount,
      roster: roster, evaluator: evaluator, adjustments: adjustments, currency: currency)
    let allocation = try allocate(stage, target: target.amount, engineer: engineer.id)
    for index in stage.outcomes.indices { stage.outcomes[index].amount = allocation.amounts[index] }
    let payout = EngineerPayout(
      engineer: engineer, currency: currency, team: reportedTeam, credited: credited,
      proration: proration, base: base, target: target, rawMultiplier: stage.raw, multiplier: stage.multiplier,
      scaling: stage.scaling, payout: allocation.payout, exactPayout: allocation.exact, components: stage.outcomes,
      extras: try extraPay(for: engineer, own: own, in: currency, period: period))
    try Self.checkContract(payout)
    return payout
  }

  /// A person's amounts within `Money.contractLimit`: beyond it `calculate` wrote a target of 9,999,999,999,999,990.00
  /// that `check` then refused to read, and ten such targets added up past `Int64` in the Markdown report.
  static func checkContract(_ payout: borrowing EngineerPayout) throws(CalculationError) {
    let id = payout.engineer.id
    guard payout.target.amount.isWithinContract else { throw .amountOutOfRange(engineer: id, what: "target") }
    guard payout.payout.isWithinContract else { throw .amountOutOfRange(engineer: id, what: "payout") }
    guard payout.extrasTotal.isWithinContract, payout.payInTotal.isWithinContract else {
      throw .amountOutOfRange(engineer: id, what: "pay outside the bonus")
    }
  }

  /// What paying `engineer` needs before any metric: their currency, what their bonus percentage applies to, and
  /// their track; the errors of a roster row or a plan that does not fit the person. `audit data` asks it of
  /// everyone paid without paying them, so it stops where `calculate` would.
  func basics(
    of engineer: Engineer, in roster: Roster
  ) throws(CalculationError) -> (currency: Currency, base: Money, track: Track) {
    let currency = try self.currency(of: engineer, in: roster)
    let base = try targetBase(of: engineer, in: currency, roster: roster)
    guard let track = plan.track(for: engineer.role) else {
      throw .missingTrack(role: engineer.role, engineer: engineer.id, available: plan.tracks.map(\.name))
    }
    return (currency, base, track)
  }

  /// What the multiplier stage hands to the allocation stage.
  struct MultiplierStage {
    var outcomes: [ComponentOutcome]
    /// Σ weight × component multiplier, exact.
    var raw: FixedDecimal
    /// After cap, floor and a `total` adjustment, exact.
    var multiplier: FixedDecimal
    var scaling: [PayoutStep.PayoutScaling]
    /// Set by a `total` amount adjustment: the payout itself.
    var fixedPayout: Money?
  }

  /// Components (with component adjustments and conflict flags), their weighted sum, cap and
  /// floor, then a `total` adjustment.
  ///
  /// - Parameter own: the person's own metrics, looked up once for all their components.
  func multipliers(
    for engineer: Engineer, own: MetricSet, track: Track, credited: CreditedTeams, reportedTeam: String, target: Money,
    roster: Roster, evaluator: ComponentEvaluator, adjustments: [Adjustment], currency: Currency
  ) throws(CalculationError) -> MultiplierStage {
    var outcomes: [ComponentOutcome] = []
    outcomes.reserveCapacity(track.components.count)
    let isReporter = !evaluator.reporters.isEmpty && evaluator.reporters.contains(engineer.id)
    // The metrics of a sole credited team (almost everyone's), looked up at the first team component, not at each.
    var soleTeam: MetricSet?
    for component in track.components {
      if soleTeam == nil, component.scope == .team, credited.shares.count == 1 {
        soleTeam = evaluator.metrics.team(credited.shares[0].team)
      }
      var outcome = try evaluator.evaluate(
        component, engineer: engineer, own: own, teams: credited, soleTeam: soleTeam, reportedTeam: reportedTeam)
      if let adjustment = adjustments.first(where: { $0.component == component.id }),
        case .multiplier(let value) = adjustment.change
      {
        let to = value.rounded(toScale: Precision.componentMultiplier)
        outcome.trace.append(.adjustment(from: outcome.multiplier, to: to, approval: adjustment.approval))
        outcome.multiplier = to
      }
      if isReporter {
        try flagConflicts(
          in: &outcome, engineer: engineer, credited: credited, roster: roster, metrics: evaluator.metrics)
      }
      // Moved in, not copied: a copy retained the outcome's component (the plan's, counted by every paying thread)
      // and trace, and released them again with the local.
      outcomes.append(consume outcome)
    }
    // By index: `reduce` hands each outcome over as a copy, which retains its component (the plan's, shared by every
    // thread that pays) and its trace.
    var raw = FixedDecimal.zero
    for index in outcomes.indices { raw = raw + outcomes[index].weight * outcomes[index].multiplier }
    var stage = MultiplierStage(outcomes: outcomes, raw: raw, multiplier: raw, scaling: [], fixedPayout: nil)
    if let cap = plan.payoutCap, raw > cap {
      stage.multiplier = cap
      stage.scaling.append(.cap(cap, raw: raw))
    } else if raw < plan.payoutFloor {
      stage.multiplier = plan.payoutFloor
      stage.scaling.append(.floor(plan.payoutFloor, raw: raw))
    }
    guard let adjustment = adjustments.first(where: \.isTotal) else { return stage }
    switch adjustment.change {
    case .multiplier(let value):
      stage.scaling.append(.multiplierAdjusted(from: stage.multiplier, to: value, approval: adjustment.approval))
      stage.multiplier = value
    case .amount(let value):
      guard let amount = Money(value.description, currency: currency) else {
        throw .invalidAdjustment(
          file: adjustmentsFile, line: adjustment.line,
          reason: "amount \(value) has more decimals than \(currency.code)")
      }
      // No multiplier gives an amount from a target of zero: paid anyway, it showed `0.00 × 0.00 = 100.00` and split
      // the amount over components whose multipliers are zero. A zero amount is the zero multiplier.
      guard target.minorUnits != 0 || amount.minorUnits == 0 else {
        throw .invalidAdjustment(
          file: adjustmentsFile, line: adjustment.line,
          reason: "\(engineer.id)'s target is \(target.formatted(in: currency)) \(currency.code) (base_salary or "
            + "target_bonus_pct is 0), and no multiplier turns it into \(amount.formatted(in: currency)); pay is "
            + "target × multiplier, so give the person a target, or pay the amount outside this plan")
      }
      // The multiplier that gives this payout after one rounding.
      let exact =
        target.minorUnits == 0
        ? FixedDecimal.zero
        : Ratio(Int128(amount.minorUnits), Int128(target.minorUnits)).rounded(
          toScale: Precision.amountMultiplier(forTarget: target.minorUnits))
      stage.scaling.append(.amountSet(amount, multiplier: exact, approval: adjustment.approval))
      stage.multiplier = exact
      stage.fixedPayout = amount
    }
    return stage
  }

  /// The payout (`target × multiplier`, rounded half-even to minor units once, unless an
  /// approved amount set it) and the component amounts that sum to it.
  func allocate(
    _ stage: MultiplierStage, target: Money, engineer: String
  ) throws(CalculationError) -> (exact: Ratio, payout: Money, amounts: [Money]) {
    let what = stage.scaling.contains(where: \.isApprovedAdjustment) ? "adjusted payout" : "payout"
    // Checked: a 9-decimal weight times a curve point near 10^12 gives a multiplier of 10^25 units, and a large
    // target times that leaves Int128. Such a payout could never be an amount, so it gets that error.
    let (product, overflow) = Int128(target.minorUnits).multipliedReportingOverflow(by: stage.multiplier.units)
    guard !overflow else { throw .amountOutOfRange(engineer: engineer, what: what) }
    // target × multiplier, also for an approved amount, whose multiplier only rounds back to it: `explain` shows the
    // product as it is (2500.00000021…), never the amount dressed as one.
    let exact = Ratio(product, pow10(stage.multiplier.scale))
    let payout: Money
    if let fixed = stage.fixedPayout {
      payout = fixed
    } else {
      payout = try Self.money(exact, engineer: engineer, what: what)
    }
    guard
      let amounts = Self.componentAmounts(
        target: target, outcomes: stage.outcomes, raw: stage.raw, multiplier: stage.multiplier, payout: payout)
    else { throw .amountOutOfRange(engineer: engineer, what: "split of the payout over its components") }
    return (exact, payout, amounts)
  }

  /// The currency a person is paid in: their roster `currency`, else the plan's.
  func currency(of engineer: Engineer, in roster: Roster) throws(CalculationError) -> Currency {
    guard let code = engineer.currency else { return plan.currency }
    // The plan's own code, as most rows write it, needs no look-up in the table of codes. The same bytes, not `==`:
    // `==` takes the Kelvin sign for `K`, and `SE\u{212A}` is no code the table would take for SEK.
    if code.hasSameBytes(as: plan.currency.code) { return plan.currency }
    guard let currency = Currency(code: code) else {
      throw .unknownCurrency(
        engineer: engineer.id, file: roster.file, line: engineer.line, column: roster.columnNumber(of: "currency"),
        currency: code)
    }
    return currency
  }

  /// What the bonus percentage applies to, in the person's currency: their salary, or the band
  /// midpoint of their level (stated in the plan currency, converted with fx.csv).
  func targetBase(of engineer: Engineer, in currency: Currency, roster: Roster) throws(CalculationError) -> Money {
    switch plan.targetBasis {
    case .salary:
      guard let base = Money(engineer.baseSalary, currency: currency) else {
        throw .salaryPrecision(
          engineer: engineer.id, file: roster.file, line: engineer.line, column: roster.columnNumber(of: "base_salary"),
          salary: engineer.baseSalary.description, currency: currency.code)
      }
      return base
    case .band(let bands):
      guard let level = engineer.level, let midpoint = bands[level] else {
        throw .missingBand(engineer: engineer.id, level: engineer.level, bands: bands.keys.sorted())
      }
      let converted = try exchangeRates.fromPlan(
        midpoint, to: currency, neededFor: "\(engineer.id)'s band midpoint \(level)")
      guard let base = Money(converted, currency: currency) else {
        throw .missingBand(engineer: engineer.id, level: engineer.level, bands: bands.keys.sorted())
      }
      return base
    }
  }

  /// Component amounts: `target × weight × m`, scaled by `multiplier / raw` when cap, floor or
  /// an adjustment moved the total (by weight when raw is 0), split by largest remainder to
  /// sum to `payout`.
  static func componentAmounts(
    target: Money, outcomes: [ComponentOutcome], raw: FixedDecimal, multiplier: FixedDecimal, payout: Money
  ) -> [Money]? {
    guard let shares = componentShares(target: target, outcomes: outcomes, raw: raw, multiplier: multiplier) else {
      return nil
    }
    return LargestRemainder.allocate(
      total: payout.minorUnits, shares: shares.numerators, denominator: shares.denominator, as: Money.init(minorUnits:))
  }

  /// The exact share of each component in minor units, as numerators over one denominator, or nil when even in
  /// lowest terms one leaves `Int128` (a payout that could never be an amount).
  ///
  /// Every product is checked (at the cost of the trapping one). When the cap bites, a share is target × weighted
  /// multiplier × cap over the raw multiplier, each at up to 13 decimals: a curve point near 10^11 capped to 2
  /// took a payout of a few thousand past Int128's range. Then the shares are worked out again in lowest terms
  /// (`reducedShares`), which are the same fractions, so the split is the same.
  static func componentShares(
    target: Money, outcomes: [ComponentOutcome], raw: FixedDecimal, multiplier: FixedDecimal
  ) -> (numerators: [Int128], denominator: Int128)? {
    // A loop rather than a mapped array's maximum: this runs once per person paid, and an array is an allocation.
    // Outcomes are read by index throughout: a copy of one retains its component (the plan's, shared by every
    // thread that pays) and its trace.
    var scale = max(raw.scale, multiplier.scale, 0)
    var weightScale = 0
    for index in outcomes.indices {
      scale = max(scale, outcomes[index].weight.scale + 4)
      weightScale = max(weightScale, outcomes[index].weight.scale)
    }
    guard scale <= 38 else { return nil }
    func weighted(_ index: Int) -> Int128? {
      FixedDecimal.checkedProduct(outcomes[index].weight, outcomes[index].multiplier)?.checkedUnits(atScale: scale)
    }
    let t = Int128(target.minorUnits)
    // share_i = t × k × v_i / (d1 × d2), the v_i one per component.
    let k: Int128
    let d1: Int128
    let d2: Int128
    if raw == multiplier {
      (k, d1, d2) = (1, 1, pow10(scale))
    } else if !raw.isZero {
      guard let m = multiplier.checkedUnits(atScale: scale), let r = raw.checkedUnits(atScale: scale) else {
        return nil
      }
      (k, d1, d2) = (m, pow10(scale), r)
    } else {
      guard let m = multiplier.checkedUnits(atScale: scale) else { return nil }
      (k, d1, d2) = (m, pow10(scale), pow10(weightScale))
    }
    func value(_ index: Int) -> Int128? {
      raw.isZero && raw != multiplier ? outcomes[index].weight.checkedUnits(atScale: weightScale) : weighted(index)
    }
    var numerators: [Int128] = []
    numerators.reserveCapacity(outcomes.count)
    for index in outcomes.indices {
      guard let v = value(index), let share = checkedProduct(t, k, v) else {
        return reducedShares(t: t, k: k, d1: d1, values: outcomes.indices.map(value), d2: d2)
      }
      numerators.append(share)
    }
    guard let denominator = checkedProduct(d1, d2) else {
      return reducedShares(t: t, k: k, d1: d1, values: outcomes.indices.map(value), d2: d2)
    }
    return (numerators, denominator)
  }

  /// `t × (k / d1) × (v_i / d2)` over one denominator, in lower terms: `k / d1` reduced, then the factor every
  /// `v_i` shares with `d2`. Nil when a value is missing or a product still leaves Int128.
  private static func reducedShares(
    t: Int128, k: Int128, d1: Int128, values: [Int128?], d2: Int128
  ) -> (numerators: [Int128], denominator: Int128)? {
    let kd = greatestCommonDivisor(k, d1)
    var common = d2
    for value in values {
      guard let value else { return nil }
      common = greatestCommonDivisor(value, common)
    }
    guard let denominator = checkedProduct(d1 / kd, d2 / common) else { return nil }
    var numerators: [Int128] = []
    numerators.reserveCapacity(values.count)
    for value in values {
      guard let share = checkedProduct(t, k / kd, value! / common) else { return nil }
      numerators.append(share)
    }
    return (numerators, denominator)
  }

  /// `a × b × c`, or nil past Int128.
  private static func checkedProduct(_ a: Int128, _ b: Int128, _ c: Int128 = 1) -> Int128? {
    let (ab, first) = a.multipliedReportingOverflow(by: b)
    let (abc, second) = ab.multipliedReportingOverflow(by: c)
    return first || second ? nil : abc
  }

  /// `exact` rounded half-even to whole minor units, or an error when it can't be an amount.
  static func money(_ exact: Ratio, engineer: String, what: String) throws(CalculationError) -> Money {
    guard let minor = Int64(exactly: exact.rounded(toScale: 0).units) else {
      throw .amountOutOfRange(engineer: engineer, what: what)
    }
    return Money(minorUnits: minor)
  }
}
