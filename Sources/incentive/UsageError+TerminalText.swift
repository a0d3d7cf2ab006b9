import ArgumentParsing
import IncentiveKit

extension UsageError {
  /// The error with every word from the command line (an option, its value, a stray argument, a
  /// suggestion) escaped for the terminal, for standard error.
  ///
  /// The parser knows nothing of terminals (it is a library of its own, below `IncentiveKit`), so its
  /// cases carry the words as typed and the command line escapes them here, value by value: a line
  /// feed in `--engineer` must not start a forged `error:` line, while the usage line that follows the
  /// message is still a line of its own.
  var escapedForTerminal: UsageError {
    let shown = TerminalText.escaped
    switch self {
    case .unknownOption(let option, let suggestion):
      return .unknownOption(shown(option), suggestion: suggestion.map(shown))
    case .missingValue(let option, let valueName):
      return .missingValue(option: shown(option), valueName: valueName.map(shown))
    case .invalidValue(let option, let value, let allowed, let suggestion):
      return .invalidValue(
        option: shown(option), value: shown(value), allowed: allowed.map(shown), suggestion: suggestion.map(shown))
    case .malformedValue(let option, let value, let expected):
      return .malformedValue(option: shown(option), value: shown(value), expected: shown(expected))
    case .unexpectedArgument(let argument):
      return .unexpectedArgument(shown(argument))
    case .missingArgument(let argument):
      return .missingArgument(shown(argument))
    case .duplicateOption(let option):
      return .duplicateOption(shown(option))
    case .unknownCommand(let command, let suggestion):
      return .unknownCommand(shown(command), suggestion: suggestion.map(shown))
    case .flagWithValue(let option):
      return .flagWithValue(shown(option))
    case .exclusiveOptions(let first, let second, let bothGiven):
      return .exclusiveOptions(shown(first), shown(second), bothGiven: bothGiven)
    }
  }
}
