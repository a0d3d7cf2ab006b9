/// The result of a payout run: per engineer, per team and in total, plus the metric values
/// it rests on. Reports render it; nothing in it is recomputed by a renderer.
public struct PayoutReport: Sendable {
  public struct PlanIdentity: Sendable, Equatable {
    public var name: String
    public var version: String
    /// Hex SHA-256 of the plan file's bytes, so a report names exactly which plan paid.
    public var sha256: String
  }

  public var plan: PlanIdentity
  public var period: Period
  public var currency: Currency
  /// Sorted by engineer id.
  public var engineers: [EngineerPayout]
  /// Sorted by team name.
  public var teams: [TeamTotal]
  public var total: Money
  var metrics: ComputedMetrics
  public var payoutCap: FixedDecimal?
  public var payoutFloor: FixedDecimal
}

public struct EngineerPayout: Sendable {
  public var engineer: Engineer
  /// The team on the last employed day: where the payout is totalled.
  public var team: String
  var credited: CreditedTeams
  public var proration: Proration
  public var base: Money
  var target: TargetBonus
  /// Σ weight × component multiplier, exact, before cap and floor.
  public var rawMultiplier: FixedDecimal
  /// After cap and floor, exact.
  public var multiplier: FixedDecimal
  /// Why `multiplier` differs from `rawMultiplier` (cap or floor, then an approved `total`
  /// adjustment); empty when it doesn't.
  var scaling: [PayoutStep.PayoutScaling]
  public var payout: Money
  /// `target × multiplier` before rounding.
  public var exactPayout: Ratio
  public var components: [ComponentOutcome]
  /// Pay outside the bonus (premiums, retention tranches).
  var extras: [ExtraPay] = []
}

public struct TeamTotal: Sendable, Equatable {
  public var team: String
  public var headcount: Int
  public var payout: Money
}
