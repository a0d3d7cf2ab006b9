/// One component of one person's payout: the figures a report prints in its columns, and
/// the trace of how they came about, step by step, so `explain` can let a reader redo it with
/// a calculator.
public struct ComponentOutcome: Sendable {
  public var component: Component
  /// The weight that applies to this person (a team override, else the component's).
  public var weight: FixedDecimal
  /// The value shown for the component: the engineer's own, or the principal team's.
  public var value: FixedDecimal?
  /// After curve, guards, blend, eligibility and adjustment; `Precision.componentMultiplier`
  /// decimals.
  public var multiplier: FixedDecimal
  /// The component's share of the payout, set once the payout is known.
  public var amount: Money = .zero
  /// What happened, in the engine's order (see `PayoutStep`).
  var trace: [PayoutStep]

  /// Every counter-metric checked, per subject, in trace order.
  var guardReadings: [PayoutStep.GuardReading] {
    trace.compactMap { if case .guardCheck(let reading) = $0 { reading } else { nil } }
  }

  /// The credited teams (team scope) or the engineer (individual scope) the component read, from the trace's value
  /// steps (a payout made for a report written as people are paid has none: see `ComponentEvaluator`).
  public var subjects: [String] {
    trace.compactMap { if case .metricValue(let reading) = $0 { reading.subject } else { nil } }
  }
}
