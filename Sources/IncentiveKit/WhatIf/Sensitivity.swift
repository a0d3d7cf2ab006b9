/// How much each input moves one payout (an engineer's, or a team's total), found by re-running
/// the real payout engine on changed metrics, never by re-deriving the arithmetic here:
///
/// - for every curve component, the payout at the metric's current value and at the neighbouring
///   curve points, everything else as measured;
/// - for the gameable metrics the payout reads, the effect of the `GamingMove`s, simulated on the
///   dataset's rows and carried through the metric definitions, guards and engine, with which guards
///   caught the move and which held.
public struct Sensitivity: Sendable {
  public enum Subject: Sendable, Equatable {
    case engineer(String)
    case team(String)
  }

  /// The payout with one metric of one subject set to `value`.
  public struct Point: Sendable {
    public var value: FixedDecimal?
    /// The measured value (the baseline), not a probe.
    public var isCurrent: Bool
    /// The component's multiplier (engineer analyses only; a team mixes tracks).
    public var componentMultiplier: FixedDecimal?
    public var payout: Money
    public var delta: Money
    /// Guards broken on the probed component(s) at this value (`coverage_delta min 0.0`).
    public var brokenGuards: [String]
  }

  /// One metric, varied along the curve(s) of the components that read it.
  public struct Input: Sendable {
    public var components: [String]
    public var metric: MetricID
    /// The team or engineer whose value is varied.
    public var subject: String
    public var points: [Point]
    /// Caveats: a blended team, an absent value.
    public var notes: [String]
  }

  /// A metric value before and after a move.
  public struct MetricShift: Sendable, Equatable {
    public var subject: String
    public var metric: MetricID
    public var before: FixedDecimal?
    public var after: FixedDecimal?
  }

  /// One guard on a component the move reached: its value and state before and after.
  public struct GuardStatus: Sendable, Equatable {
    public var component: String
    /// `substantive_review_ratio min 0.25 (cap 1.0)`.
    public var rule: String
    public var subject: String
    public var before: FixedDecimal?
    public var after: FixedDecimal?
    public var brokenBefore: Bool
    public var brokenAfter: Bool
    /// Whose payouts the guard sits in.
    public var engineers: [String]

    /// The move broke it: the guard caught the move.
    public var caught: Bool { brokenAfter && !brokenBefore }
  }

  public struct MoveOutcome: Sendable {
    var move: GamingMove
    public var shifts: [MetricShift]
    var payout: PayoutDiff.Change
    public var guards: [GuardStatus]

    /// The move raises the payout: whatever guards fired, they did not stop it paying.
    public var pays: Bool { payout.delta.minorUnits > 0 }
    public var caughtBy: [GuardStatus] { guards.filter(\.caught) }
  }

  public var subject: Subject
  /// `E04 Daniel Cho (platform, ic)` or `team platform (5 people)`.
  public var title: String
  public var period: Period
  public var currency: Currency
  /// The payout analysed, as calculated.
  public var payout: Money
  public var inputs: [Input]
  public var moves: [MoveOutcome]
  /// What was not analysed and why.
  public var notes: [String]
}
