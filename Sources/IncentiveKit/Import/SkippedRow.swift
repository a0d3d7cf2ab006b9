/// An export row an importer left out on purpose (not production, not an incident type,
/// a self-review), with the reason, so nothing disappears without a word.
struct SkippedRow: Sendable, Equatable {
  var origin: SourcePosition
  var reason: String

  init(origin: SourcePosition, reason: String) {
    self.origin = origin
    self.reason = reason
  }
}
