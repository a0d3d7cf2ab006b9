/// A condition on the person's own metric for a component to pay at all (e.g. only people
/// who carried the pager share in the recovery bonus).
struct Eligibility: Sendable, Equatable {
  var metric: MetricID
  var min: FixedDecimal?
  var max: FixedDecimal?

  init(metric: MetricID, min: FixedDecimal? = nil, max: FixedDecimal? = nil) {
    self.metric = metric
    self.min = min
    self.max = max
  }

  /// Whether `value` meets the rule; an absent value never does.
  func isSatisfied(by value: FixedDecimal?) -> Bool {
    guard let value else { return false }
    if let min, value < min { return false }
    if let max, value > max { return false }
    return true
  }
}
