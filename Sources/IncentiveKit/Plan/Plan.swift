/// An incentive plan (SPEC section 5): who is paid on what, how values become multipliers,
/// and the limits around it. Decoded from plan.json by `PlanDecoder`.
public struct Plan: Sendable {
  public var name: String
  public var version: String
  /// Why this plan and each change since the last version; `validate` requires it.
  public var rationale: String?
  /// Nil when the plan leaves the period to `--period`.
  public var period: Period?
  public var currency: Currency
  /// Nil: no cap.
  public var payoutCap: FixedDecimal?
  public var payoutFloor: FixedDecimal
  public var coolingOffDays: Int
  var metricOptions: MetricOptions
  /// Tracks in plan order, keyed by role (or `default`).
  var tracks: [Track]
  public var minGroupSize: Int
  var benchmark: DORABenchmark
  /// Let metrics.csv values override computed ones.
  public var preferFileValues: Bool
  /// Extra metrics this organisation forbids paying on.
  public var prohibited: [MetricID]
  /// Salary or band midpoints.
  var targetBasis: TargetBasis = .salary
  /// After-hours incident response pay, outside the bonus.
  var premiums: PremiumRates?
  /// Retention bonuses vesting in tranches, outside the bonus.
  var retentionGrants: [RetentionGrant] = []
  /// How a joiner's or leaver's target is cut to their days (`"proration"`).
  var prorationMethod: ProrationMethod = .periodRatio
  /// Payroll earnings codes by component id or pay kind (`"earnings_codes"`).
  var earningsCodes: EarningsCodes = EarningsCodes()
  /// Annual voluntary attrition of the market, to judge retention against (`0.13`).
  public var marketAttritionRate: FixedDecimal?
  /// Other names of roster teams in the event files (`team_aliases`: alias → roster team), counted as the team.
  var teamAliases: [String: String] = [:]

  /// The track that pays `role`: its own, else `default`.
  func track(for role: String) -> Track? {
    trackIndex(for: role).map { tracks[$0] }
  }

  /// Where `track(for:)`'s track is in `tracks`: asked by index, so no track is copied to read its name.
  func trackIndex(for role: String) -> Int? {
    for index in tracks.indices where tracks[index].name == role { return index }
    for index in tracks.indices where tracks[index].name == "default" { return index }
    return nil
  }

  /// Every metric a component of any track pays on or is gated by.
  var metricsRead: Set<MetricID> { Set(tracks.flatMap(\.components).flatMap(\.metricsRead)) }
}
