/// Everything that can be wrong with a command line, each case carrying what its message needs,
/// so a person sees what is wrong and what would be right ("did you mean --format?").
///
/// Options are carried as typed with their dashes (`--format`), positionals by their displayed
/// placeholder (`DATASET`), so the cases read like the messages. The CLI prints `description`,
/// then the command's usage line, and exits 2.
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An option the command does not declare; `suggestion` is the closest declared one.
  case unknownOption(String, suggestion: String?)
  /// An option that takes a value was last on the line or followed by `--`; `valueName` is its
  /// placeholder (`FILE`) so the message can say what was expected.
  case missingValue(option: String, valueName: String? = nil)
  /// A value outside the option's allowed list; `suggestion` is the closest allowed value.
  case invalidValue(option: String, value: String, allowed: [String], suggestion: String?)
  /// A value of the wrong form, `expected` saying what it should be ("a whole number from 1").
  case malformedValue(option: String, value: String, expected: String)
  /// A word left over after every positional was filled.
  case unexpectedArgument(String)
  /// A required positional (`DATASET`) or required option (`--engineer ID`) that was not given.
  case missingArgument(String)
  /// A non-repeatable option given twice, which would otherwise silently keep only one value.
  case duplicateOption(String)
  /// A command word (or two-word group command) the tool does not have.
  case unknownCommand(String, suggestion: String?)
  /// A value attached to a flag (`--share=yes`), which takes none.
  case flagWithValue(String)
  /// Two options of which exactly one must be given (`--engineer ID` or `--all`); `bothGiven`
  /// says which way it went wrong.
  case exclusiveOptions(String, String, bothGiven: Bool)

  public var description: String {
    switch self {
    case .unknownOption(let option, let suggestion):
      return "unknown option \(option)" + Self.hint(suggestion)
    case .missingValue(let option, let valueName):
      return valueName.map { "\(option) needs a value (\($0))" } ?? "\(option) needs a value"
    case .invalidValue(let option, let value, let allowed, let suggestion):
      return "\(option): \"\(value)\" is not one of \(allowed.joined(separator: ", "))" + Self.hint(suggestion)
    case .malformedValue(let option, let value, let expected):
      return "\(option): \"\(value)\" is not \(expected)"
    case .unexpectedArgument(let argument):
      return "unexpected argument \"\(argument)\""
    case .missingArgument(let argument):
      return argument.hasPrefix("-") ? "missing required option \(argument)" : "missing argument \(argument)"
    case .duplicateOption(let option):
      return "\(option) may be given only once"
    case .unknownCommand(let command, let suggestion):
      return "unknown command \(command)" + Self.hint(suggestion)
    case .flagWithValue(let option):
      return "\(option) is a flag and takes no value"
    case .exclusiveOptions(let first, let second, let bothGiven):
      return "give either \(first) or \(second), not \(bothGiven ? "both" : "neither")"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean \($0)?" } ?? ""
  }
}
