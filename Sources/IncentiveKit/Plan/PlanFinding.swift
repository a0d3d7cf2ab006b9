/// One thing `validate` found in a plan: where (JSON path), how serious, and why it matters.
struct PlanFinding: Sendable, Equatable {
  enum Severity: String, Sendable { case error, warning }

  var severity: Severity
  var path: String
  var message: String

  init(_ severity: Severity, _ path: String, _ message: String) {
    self.severity = severity
    self.path = path
    self.message = message
  }
}

extension PlanFinding: CustomStringConvertible {
  var description: String { "\(severity.rawValue): \(path.isEmpty ? "(top level)" : path): \(message)" }
}
