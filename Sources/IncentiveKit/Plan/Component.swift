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

  public var id: String
  public var metric: String
  public var scope: MetricDefinition.Scope
  public var weight: FixedDecimal
  public var curve: PayoutCurve
  public var guards: [Guard]
  public var eligibility: Eligibility?
  public var onMissing: OnMissing
}

/// The components that pay people of one role.
public struct Track: Sendable, Equatable {
  public var name: String
  public var components: [Component]
}
