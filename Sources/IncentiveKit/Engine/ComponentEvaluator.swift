/// Evaluates one component for one person: value → curve or formula → guards (per credited
/// team for team components, blended by days) → eligibility → `Precision.componentMultiplier`
/// decimals (docs/calculation.md, "A component, step by step"), recording each step.
struct ComponentEvaluator {
  let metrics: ComputedMetrics
  /// Everyone who reported a `metrics.csv` value (`reported_by`): only they can be marking
  /// their own homework, so nobody else's components are searched for a conflict.
  let reporters: Set<String>
  /// Whether the trace keeps the steps that only show the arithmetic (a value, a curve point, a guard that held,
  /// rounding), which never have a note; every other step is kept either way. `explain`, statements and what-ifs
  /// read them; a report written as people are paid prints only the notes, and at 10,000 people building and
  /// freeing those steps was a tenth of paying. Nothing in the engine reads them (the conflict-of-interest check
  /// takes its subjects from the credited teams).
  let recordsArithmetic: Bool

  init(metrics: ComputedMetrics, recordsArithmetic: Bool = true) {
    self.metrics = metrics
    self.recordsArithmetic = recordsArithmetic
    reporters = metrics.reporters
    assert(Self.everyReporter(in: metrics).isSubset(of: reporters), "a value's reporter is missing from `reporters`")
  }

  /// Every `reportedBy` of every value, the slow way: what `ComputedMetrics.reporters` must include.
  static func everyReporter(in metrics: ComputedMetrics) -> Set<String> {
    var reporters = Set<String>()
    for set in metrics.teams.values.lazy.map(\.items) + metrics.engineers.values.lazy.map(\.items) {
      for item in set { if let reporter = item.entry.reportedBy { reporters.insert(reporter) } }
    }
    return reporters
  }

  /// - Parameters:
  ///   - own: the person's own metrics (`metrics.engineer(engineer.id)`), looked up once for all their components.
  ///   - soleTeam: when `teams` credits one team, its metrics, looked up once for all the person's team components;
  ///     nil looks them up here.
  ///   - reportedTeam: the person's team for team-specific weights.
  func evaluate(
    _ component: Component, engineer: Engineer, own: MetricSet, teams: CreditedTeams, soleTeam: MetricSet?,
    reportedTeam: String
  ) throws(CalculationError) -> ComponentOutcome {
    var trace: [PayoutStep] = []
    // Value, curve point, two guards and rounding per subject, without growing the array step by step; with the
    // notes alone most components have none, and an empty array is no allocation.
    if recordsArithmetic { trace.reserveCapacity(8) }
    let multiplier: FixedDecimal
    let shownValue: FixedDecimal?
    switch component.scope {
    case .individual:
      let result = try evaluate(
        component, subject: engineer.id, days: nil, curveTeam: reportedTeam, set: own,
        engineer: engineer, trace: &trace)
      multiplier = result.multiplier
      shownValue = result.value
    case .team:
      for move in teams.cooledMoves {
        trace.record(.coolingOff(.init(date: move.date, team: move.team, creditedTo: move.creditedTo)))
      }
      func evaluateShare(
        _ share: CreditedTeams.Share, set: MetricSet
      ) throws(CalculationError) -> (value: FixedDecimal?, multiplier: FixedDecimal) {
        try evaluate(
          component, subject: share.team, days: share.days, curveTeam: share.team, set: set, engineer: engineer,
          trace: &trace)
      }
      if teams.shares.count == 1 {
        // One team all period (almost everyone): its multiplier and value as they are, with no blend to build.
        let share = teams.shares[0]
        (shownValue, multiplier) = try evaluateShare(share, set: soleTeam ?? metrics.team(share.team))
      } else {
        var terms: [PayoutStep.BlendTerm] = []
        var principalValue: FixedDecimal?
        for share in teams.shares {
          let result = try evaluateShare(share, set: metrics.team(share.team))
          terms.append(.init(team: share.team, days: share.days, multiplier: result.multiplier))
          if share.team == teams.principal { principalValue = result.value }
        }
        multiplier = Self.blend(terms)
        if terms.count > 1 { trace.record(.teamBlend(terms: terms, result: multiplier)) }
        shownValue = principalValue
      }
    }
    var final = multiplier
    if let rule = component.eligibility {
      let value = own[rule.metric]
      let isEligible = rule.isSatisfied(by: value)
      trace.record(.eligibility(rule: rule, value: value, isEligible: isEligible))
      if !isEligible { final = FixedDecimal(units: 0, scale: Precision.componentMultiplier) }
    }
    return ComponentOutcome(
      component: component, weight: component.weight(for: reportedTeam), value: shownValue,
      multiplier: final.rounded(toScale: Precision.componentMultiplier), trace: trace)
  }

  /// Σ days × multiplier / Σ days, rounded to `Precision.componentMultiplier` decimals.
  static func blend(_ terms: [PayoutStep.BlendTerm]) -> FixedDecimal {
    let scale = Precision.componentMultiplier
    let totalDays = terms.reduce(0) { $0 + $1.days }
    let weighted = terms.reduce(Int128(0)) { $0 + Int128($1.days) * $1.multiplier.units(atScale: scale) }
    return Ratio(weighted, Int128(totalDays) * pow10(scale)).rounded(toScale: scale)
  }

  /// Value, curve or formula, and guards for one subject; the multiplier rounded to
  /// `Precision.componentMultiplier` decimals.
  private func evaluate(
    _ component: Component, subject: String, days: Int?, curveTeam: String, set: MetricSet, engineer: Engineer,
    trace: inout [PayoutStep]
  ) throws(CalculationError) -> (value: FixedDecimal?, multiplier: FixedDecimal) {
    // The value alone unless the arithmetic is kept: the whole entry carries its source and reporter, counted on
    // every copy.
    let value = set[component.metric]
    recordArithmetic(
      Self.valueStep(component, subject: subject, days: days, entry: set.entry(component.metric)), in: &trace)
    var exact = Ratio(0, 1)
    var missing: PayoutStep.MissingValue?
    switch component.valuation {
    case .curve:
      if let value {
        let reading = component.curveReading(of: value, for: curveTeam)!
        exact = reading.multiplier
        recordArithmetic(
          .curvePoint(
            .init(
              subject: subject, value: value, placement: reading.placement, multiplier: exact,
              overridingTeam: reading.isOverride ? curveTeam : nil)),
          in: &trace)
      } else {
        missing = .noValue(metric: component.metric)
      }
    case .formula(let formula):
      do throws(Formula.Missing) {
        let result = try formula.evaluate { set[$0] }
        exact = result.numerator < 0 ? Ratio(0, 1) : result
        trace.record(.formula(subject: subject, result: result, floored: result.numerator < 0))
      } catch {
        switch error {
        case .metric(let name): missing = .noValue(metric: name)
        case .divisionByZero: missing = .divisionByZero
        case .outOfRange: missing = .outOfRange
        }
      }
    }
    if let missing {
      switch component.onMissing {
      case .error:
        throw .missingMetric(
          engineer: engineer.id, component: component.id, reason: missing.description, subject: subject)
      case .zero: exact = Ratio(0, 1)
      case .target: exact = Ratio(1, 1)
      }
      trace.record(.missing(subject: subject, reason: missing, onMissing: component.onMissing, substitute: exact))
    }
    for rule in component.guards {
      let value = set[rule.metric]
      let broken = rule.isBroken(by: value)
      if broken || recordsArithmetic {
        trace.record(.guardCheck(.init(subject: subject, rule: rule, value: value, isBroken: broken)))
      }
      if broken { exact = Ratio.min(exact, Ratio(rule.cap)) }
    }
    let rounded = exact.rounded(toScale: Precision.componentMultiplier)
    recordArithmetic(.rounding(subject: subject, exact: exact, rounded: rounded), in: &trace)
    return (value, rounded)
  }

  /// The step showing the value a component read for `subject`, with the rows and source behind it.
  private static func valueStep(
    _ component: Component, subject: String, days: Int?, entry: MetricSet.Entry?
  ) -> PayoutStep {
    .metricValue(
      .init(
        subject: subject, isTeam: component.scope == .team, days: days, metric: component.metric,
        value: entry?.value, rows: entry?.rows ?? 0, source: entry?.source ?? ""))
  }

  /// Appends `step`, which only shows the arithmetic, when this evaluator keeps such steps; made only then.
  private func recordArithmetic(_ step: @autoclosure () -> PayoutStep, in trace: inout [PayoutStep]) {
    if recordsArithmetic { trace.record(step()) }
  }
}

extension PayoutStep.MissingValue: CustomStringConvertible {
  /// The reason in the words of a component note and of the `on_missing: error` message.
  var description: String {
    switch self {
    case .noValue(let metric): "no value for " + metric.name
    case .divisionByZero: "formula divides by zero"
    case .outOfRange: "formula result out of range"
    }
  }
}

extension [PayoutStep] {
  /// Appends `step`, making room for four at the first: a trace of notes alone starts empty (no allocation for the
  /// many components without one), and grown step by step a component with a missing value and a broken guard
  /// allocated twice (330,000 allocations at 100,000 people).
  fileprivate mutating func record(_ step: PayoutStep) {
    if capacity == 0 { reserveCapacity(4) }
    append(step)
  }
}
