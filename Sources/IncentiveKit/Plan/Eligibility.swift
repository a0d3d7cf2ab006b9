/// A condition on the person's own metric for a component to pay at all (e.g. only people
/// who carried the pager share in the recovery bonus).
public struct Eligibility: Sendable, Equatable {
  public var metric: MetricID
  public var min: FixedDecimal?
  public var max: FixedDecimal?

  public init(metric: MetricID, min: FixedDecimal? = nil, max: FixedDecimal? = nil) {
    self.metric = metric
    self.min = min
    self.max = max
  }

  /// Whether `value` meets the rule; an absent value never does.
  public func isSatisfied(by value: FixedDecimal?) -> Bool {
    guard let value else { return false }
    if let min, value < min { return false }
    if let max, value > max { return false }
    return true
  }
}
