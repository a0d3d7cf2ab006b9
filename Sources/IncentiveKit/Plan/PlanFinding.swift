/// One thing `validate` found in a plan: where (JSON path), how serious, and why it matters.
public struct PlanFinding: Sendable, Equatable {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var path: String
  public var message: String

  public init(_ severity: Severity, _ path: String, _ message: String) {
    self.severity = severity
    self.path = path
    self.message = message
  }
}

extension PlanFinding: CustomStringConvertible {
  public var description: String { "\(severity.rawValue): \(path.isEmpty ? "(top level)" : path): \(message)" }
}
