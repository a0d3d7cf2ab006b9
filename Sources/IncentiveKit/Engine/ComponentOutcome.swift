/// Everything that happened to one component of one person's payout, step by step, so a
/// report can print it and `explain` can let a reader redo it with a calculator.
public struct ComponentOutcome: Sendable {
  public var component: Component
  /// The weight that applies to this person (a team override, else the component's).
  public var weight: FixedDecimal
  /// The value shown for the component: the engineer's own, or the principal team's.
  public var value: FixedDecimal?
  /// One evaluation per credited team (team scope) or one for the engineer (individual).
  public var evaluations: [SubjectEvaluation]
  /// The eligibility check and its result, when the component has one.
  public var eligibility: EligibilityCheck?
  /// After curve, guards, blend and eligibility; 4 decimals.
  public var multiplier: FixedDecimal
  /// The component's share of the payout, set once the payout is known.
  public var amount: Money = .zero
  /// Notes in the wording of docs/calculation.md.
  public var notes: [String] = []
}

/// A component evaluated for one subject (a team, or the engineer).
public struct SubjectEvaluation: Sendable {
  public var subject: String
  /// Credited days (team scope only).
  public var days: Int?
  public var value: FixedDecimal?
  /// How many source rows made the value and from where.
  public var rows: Int
  public var source: String
  /// Where the value landed on the curve (nil when absent).
  public var placement: PayoutCurve.Placement?
  /// The exact curve or formula multiplier (or the on_missing substitute), before guards.
  public var curveMultiplier: Ratio
  public var onMissing: Component.OnMissing?
  public var guards: [GuardCheck]
  /// After guards, 4 decimals.
  public var multiplier: FixedDecimal
  /// After guards, exact.
  public var guardedMultiplier = Ratio(0, 1)
  /// The team whose overriding curve was used, if any.
  public var curveOverride: String? = nil
  /// A formula's exact result before guards.
  public var formulaResult: Ratio? = nil
}

public struct GuardCheck: Sendable {
  public var rule: Guard
  public var value: FixedDecimal?
  public var isBroken: Bool
}

public struct EligibilityCheck: Sendable {
  public var rule: Eligibility
  public var value: FixedDecimal?
  /// Nil when eligible.
  public var failure: String?
}
