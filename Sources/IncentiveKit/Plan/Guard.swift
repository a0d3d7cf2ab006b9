/// A counter-metric: when another metric of the same subject breaks its bound, the
/// component's multiplier is capped, so speed bought with instability does not pay.
struct Guard: Sendable, Equatable {
  private struct Fields: Sendable, Equatable {
    let metric: MetricID
    let min, max: FixedDecimal?
    let cap: FixedDecimal
    let brokenNote, noValueNote: String
  }

  /// Every person's trace keeps a copy of each guard checked for them: one box is one reference count.
  private let shared: SharedFields<Fields>

  init(metric: MetricID, min: FixedDecimal? = nil, max: FixedDecimal? = nil, cap: FixedDecimal) {
    let capText = cap.trimmed(minimumDecimals: 1)
    shared = SharedFields(
      Fields(
        metric: metric, min: min, max: max, cap: cap,
        brokenNote: "guard \(metric) \(Self.boundsText(min: min, max: max)) broken: capped at \(capText)",
        noValueNote: "guard \(metric) broken (no value): capped at \(capText)"))
  }

  var metric: MetricID { shared.fields.metric }
  var min: FixedDecimal? { shared.fields.min }
  var max: FixedDecimal? { shared.fields.max }
  /// Multiplier ceiling while the guard is broken.
  var cap: FixedDecimal { shared.fields.cap }

  /// The component note of a broken guard, with and without a value: the same words for everyone the guard caps,
  /// so they are made once per plan rather than once per person paid (at 10,000 people the notes were a tenth of
  /// the instructions of paying). The fields never change, so the notes can't fall out of step with them.
  var brokenNote: String { shared.fields.brokenNote }
  var noValueNote: String { shared.fields.noValueNote }

  /// Broken when the value is absent or outside `[min, max]` (a value on a bound is fine).
  func isBroken(by value: FixedDecimal?) -> Bool {
    guard let value else { return true }
    if let min, value < min { return true }
    if let max, value > max { return true }
    return false
  }

  /// `min 0.0`, `max 0.15` or `min 0.0 max 0.3`, for notes.
  var boundsText: String { Self.boundsText(min: min, max: max) }

  private static func boundsText(min: FixedDecimal?, max: FixedDecimal?) -> String {
    var parts: [String] = []
    if let min { parts.append("min \(min.trimmed(minimumDecimals: 1))") }
    if let max { parts.append("max \(max.trimmed(minimumDecimals: 1))") }
    return parts.joined(separator: " ")
  }
}
