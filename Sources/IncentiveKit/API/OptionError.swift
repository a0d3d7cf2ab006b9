/// An option value a workflow refuses once it knows more than the parser could: `--share` with a
/// format that has no shared view, a `--tolerance` with more decimals than the run's currency.
///
/// Worded as the parser's usage errors are, and shown with the command's usage line.
public enum OptionError: Error, Equatable, Sendable {
  /// A value outside what the option accepts in this combination.
  case invalidValue(option: String, value: String, allowed: [String])
  /// A value of the wrong form, `expected` saying what it should be.
  case malformedValue(option: String, value: String, expected: String)
}

extension OptionError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidValue(let option, let value, let allowed):
      return "\(shown: option): \"\(shown: value)\" is not one of \(allowed.joined(separator: ", "))"
    case .malformedValue(let option, let value, let expected):
      return "\(shown: option): \"\(shown: value)\" is not \(shown: expected)"
    }
  }
}

extension OptionError: UserFacingError {
  public var isUsageError: Bool { true }
}
