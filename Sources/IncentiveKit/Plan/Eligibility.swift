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

  /// Nil when eligible; otherwise why not, in the words of a component note.
  public func failure(for value: FixedDecimal?) -> String? {
    guard let value else { return "not eligible: \(metric) has no value" }
    if let min, value < min {
      return "not eligible: \(metric) \(value.trimmed(minimumDecimals: 1)) below min \(min.trimmed(minimumDecimals: 1))"
    }
    if let max, value > max {
      return "not eligible: \(metric) \(value.trimmed(minimumDecimals: 1)) above max \(max.trimmed(minimumDecimals: 1))"
    }
    return nil
  }
}
