/// One weighted part of a track's payout: a metric, how its value maps to a multiplier,
/// and the guards and eligibility that keep it honest.
public struct Component: Sendable, Equatable {
  /// What an absent metric value does to the component.
  public enum OnMissing: String, Sendable, CaseIterable {
    /// Stop the run: nobody should be paid on a number that isn't there.
    case error
    /// Multiplier 0.
    case zero
    /// Multiplier 1.0, as if on target.
    case target
  }

  /// How the subject's metrics become the component multiplier.
  public enum Valuation: Sendable, Equatable {
    case curve(PayoutCurve)
    case formula(Formula)
  }

  /// A team's own curve or weight, for teams whose thresholds differ (a monolith team's
  /// deployment frequency next to microservice teams').
  public struct Override: Sendable, Equatable {
    var curve: PayoutCurve?
    public var weight: FixedDecimal?
  }

  /// What a component is, as the plan says it.
  struct Fields: Sendable, Equatable {
    var id: String
    var metric: MetricID
    var scope: MetricDefinition.Scope
    var weight: FixedDecimal
    var valuation: Valuation
    var guards: [Guard]
    var eligibility: Eligibility?
    var onMissing: OnMissing
    var teamOverrides: [String: Override]
  }

  /// Shared, not copied: every person's payout holds a copy of each of their components (`ComponentOutcome`), and
  /// destroying copies of the fields was 7 % of paying at 100,000 people.
  private var shared: SharedFields<Fields>

  init(
    id: String, metric: MetricID, scope: MetricDefinition.Scope, weight: FixedDecimal, valuation: Valuation,
    guards: [Guard], eligibility: Eligibility?, onMissing: OnMissing, teamOverrides: [String: Override] = [:]
  ) {
    shared = SharedFields(
      Fields(
        id: id, metric: metric, scope: scope, weight: weight, valuation: valuation, guards: guards,
        eligibility: eligibility, onMissing: onMissing, teamOverrides: teamOverrides))
  }

  public var id: String { get { shared[\.id] } set { shared[\.id] = newValue } }
  /// The metric the curve reads; for a formula, the metric shown as the component's value
  /// (`formula` when the plan names none).
  public var metric: MetricID { get { shared[\.metric] } set { shared[\.metric] = newValue } }
  var scope: MetricDefinition.Scope { get { shared[\.scope] } set { shared[\.scope] = newValue } }
  public var weight: FixedDecimal { get { shared[\.weight] } set { shared[\.weight] = newValue } }
  public var valuation: Valuation { get { shared[\.valuation] } set { shared[\.valuation] = newValue } }
  var guards: [Guard] { get { shared[\.guards] } set { shared[\.guards] = newValue } }
  var eligibility: Eligibility? { get { shared[\.eligibility] } set { shared[\.eligibility] = newValue } }
  public var onMissing: OnMissing { get { shared[\.onMissing] } set { shared[\.onMissing] = newValue } }
  /// Keyed by team name.
  public var teamOverrides: [String: Override] {
    get { shared[\.teamOverrides] }
    set { shared[\.teamOverrides] = newValue }
  }

  /// Whether `other` is this component copied and never changed (a payout's component is the plan's, copied).
  func isUnchangedCopy(of other: Component) -> Bool { shared.isUnchangedCopy(of: other.shared) }

  /// The same for this component and its unchanged copies (`isUnchangedCopy(of:)`), while one of them is alive.
  var identity: ObjectIdentifier { shared.identity }

  /// The curve for a subject team (its override, else the component's); nil for formulas.
  func curve(for team: String?) -> PayoutCurve? {
    if let team, !teamOverrides.isEmpty, let curve = teamOverrides[team]?.curve { return curve }
    if case .curve(let curve) = valuation { return curve }
    return nil
  }

  /// Where `value` lies on the curve for a subject team (its override, else the component's, as `curve(for:)`) and
  /// the exact multiplier there, and whether the curve is the team's override; nil when neither pays by a curve.
  ///
  /// Read where the curve lies: `curve(for:)` hands back a copy, which retains the curve's arrays, the plan's, that
  /// every paying thread counts at once, for each component of each person paid.
  func curveReading(
    of value: FixedDecimal, for team: String
  ) -> (placement: PayoutCurve.Placement, multiplier: Ratio, isOverride: Bool)? {
    if !teamOverrides.isEmpty, let curve = teamOverrides[team]?.curve {
      let reading = curve.reading(of: value)
      return (reading.placement, reading.multiplier, true)
    }
    guard case .curve(let curve) = shared.fields.valuation else { return nil }
    let reading = curve.reading(of: value)
    return (reading.placement, reading.multiplier, false)
  }

  /// Every curve the component pays by: its own (none for a formula), then each team override's, by team name. What
  /// the plan checks read for a component's top multiplier or its points' scale.
  var curves: [(team: String?, curve: PayoutCurve)] {
    var curves: [(team: String?, curve: PayoutCurve)] = []
    if case .curve(let curve) = valuation { curves.append((nil, curve)) }
    for (team, override) in teamOverrides.sorted(by: { $0.key < $1.key }) {
      if let curve = override.curve { curves.append((team, curve)) }
    }
    return curves
  }

  /// The weight for a person reported on `team`.
  public func weight(for team: String) -> FixedDecimal {
    teamOverrides.isEmpty ? weight : teamOverrides[team]?.weight ?? weight
  }

  /// Every metric the component reads: the ones it pays on, then its guards' and eligibility's.
  public var metricsRead: [MetricID] { metricsPaid + metricsGating }

  /// The metrics the component pays on: its curve's, or its formula's.
  var metricsPaid: [MetricID] {
    switch valuation {
    case .curve: [metric]
    case .formula(let formula): formula.metrics
    }
  }

  /// The metrics that cap the component or decide who is paid on it: its guards' and its eligibility's.
  var metricsGating: [MetricID] { guards.map(\.metric) + (eligibility.map { [$0.metric] } ?? []) }
}

extension MetricID {
  /// The metric a formula component shows when the plan names none: a label for its value, not a metric.
  public static let formula = MetricID("formula")
}

/// The components that pay people of one role.
struct Track: Sendable, Equatable {
  var name: String
  var components: [Component]

  /// Whether a component of the track pays on `metric` or is gated by it.
  func reads(_ metric: MetricID) -> Bool { components.contains { $0.metricsRead.contains(metric) } }
}
