/// One weighted part of a track's payout: a metric, how its value maps to a multiplier,
/// and the guards and eligibility that keep it honest.
public struct Component: Sendable, Equatable {
  /// What an absent metric value does to the component.
  public enum OnMissing: String, Sendable {
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

  public var id: String
  /// The metric the curve reads; for a formula, the metric shown as the component's value
  /// (`formula` when the plan names none).
  public var metric: MetricID
  var scope: MetricDefinition.Scope
  public var weight: FixedDecimal
  public var valuation: Valuation
  var guards: [Guard]
  var eligibility: Eligibility?
  public var onMissing: OnMissing
  /// Keyed by team name.
  public var teamOverrides: [String: Override] = [:]

  /// The curve for a subject team (its override, else the component's); nil for formulas.
  func curve(for team: String?) -> PayoutCurve? {
    if let team, let curve = teamOverrides[team]?.curve { return curve }
    if case .curve(let curve) = valuation { return curve }
    return nil
  }

  /// The weight for a person reported on `team`.
  public func weight(for team: String) -> FixedDecimal { teamOverrides[team]?.weight ?? weight }

  /// Every metric the component reads: its own, its formula's, guards' and eligibility's.
  public var metricsRead: [MetricID] {
    var names: [MetricID] = []
    switch valuation {
    case .curve: names.append(metric)
    case .formula(let formula): names.append(contentsOf: formula.metrics)
    }
    names.append(contentsOf: guards.map(\.metric))
    if let eligibility { names.append(eligibility.metric) }
    return names
  }
}

extension MetricID {
  /// The metric a formula component shows when the plan names none: a label for its value, not a metric.
  public static let formula = MetricID("formula")
}

/// The components that pay people of one role.
struct Track: Sendable, Equatable {
  var name: String
  var components: [Component]
}
