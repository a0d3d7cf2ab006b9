/// An export row an importer left out on purpose (not production, not an incident type,
/// a self-review), with the reason, so nothing disappears without a word.
public struct SkippedRow: Sendable, Equatable {
  public var origin: SourcePosition
  public var reason: String

  public init(origin: SourcePosition, reason: String) {
    self.origin = origin
    self.reason = reason
  }
}
