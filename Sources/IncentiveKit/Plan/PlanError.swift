/// A plan that cannot be used, with the JSON path of the offending value
/// (`tracks.ic.components[2].curve`) so the author can go straight to it.
public enum PlanError: Error, Equatable, Sendable {
  case unreadable(file: String, reason: String)
  /// The plan's JSON text itself is malformed.
  case syntax(InputError)
  case invalid(file: String, path: String, reason: String)
}

extension PlanError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(shown: file): cannot read the plan: \(shown: reason)"
    case .syntax(let error):
      return error.description
    case .invalid(let file, let path, let reason):
      return "\(shown: file): \(shown: path.isEmpty ? "(top level)" : path): \(shown: reason)"
    }
  }
}
