/// A counter-metric: when another metric of the same subject breaks its bound, the
/// component's multiplier is capped, so speed bought with instability does not pay.
struct Guard: Sendable, Equatable {
  var metric: MetricID
  var min: FixedDecimal?
  var max: FixedDecimal?
  /// Multiplier ceiling while the guard is broken.
  var cap: FixedDecimal

  init(metric: MetricID, min: FixedDecimal? = nil, max: FixedDecimal? = nil, cap: FixedDecimal) {
    self.metric = metric
    self.min = min
    self.max = max
    self.cap = cap
  }

  /// Broken when the value is absent or outside `[min, max]` (a value on a bound is fine).
  func isBroken(by value: FixedDecimal?) -> Bool {
    guard let value else { return true }
    if let min, value < min { return true }
    if let max, value > max { return true }
    return false
  }

  /// `min 0.0`, `max 0.15` or `min 0.0 max 0.3`, for notes.
  var boundsText: String {
    var parts: [String] = []
    if let min { parts.append("min \(min.trimmed(minimumDecimals: 1))") }
    if let max { parts.append("max \(max.trimmed(minimumDecimals: 1))") }
    return parts.joined(separator: " ")
  }
}
