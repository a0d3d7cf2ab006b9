/// A condition on the person's own metric for a component to pay at all (e.g. only people
/// who carried the pager share in the recovery bonus).
struct Eligibility: Sendable, Equatable {
  let metric: MetricID
  let min: FixedDecimal?
  let max: FixedDecimal?
  /// The component note of someone without a value (`not eligible: oncall_shifts has no value`): the same words
  /// for everyone the rule turns away, made once per plan. Built per person it cost 2,000 instructions a note, and
  /// a plan that pays recovery only to those on call writes it for most of a large org. The fields are constants,
  /// so the note can't fall out of step with them.
  let noValueNote: String

  init(metric: MetricID, min: FixedDecimal? = nil, max: FixedDecimal? = nil) {
    self.metric = metric
    self.min = min
    self.max = max
    noValueNote = "not eligible: " + metric.name + " has no value"
  }

  /// Whether `value` meets the rule; an absent value never does.
  func isSatisfied(by value: FixedDecimal?) -> Bool {
    guard let value else { return false }
    if let min, value < min { return false }
    if let max, value > max { return false }
    return true
  }
}
