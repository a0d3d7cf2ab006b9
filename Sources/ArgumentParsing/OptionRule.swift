/// A rule between options of one command that the parser checks once the whole line is read,
/// so no command checks its option combinations by hand (swift-argument-parser's `validate()`,
/// as a declaration).
///
/// Rules name options by their declared names without dashes; messages show them as usage does
/// (`--engineer ID`, `--all`). Rules are skipped when help was asked for.
public enum OptionRule: Equatable, Sendable {
  /// Exactly one of the two must be given: `--engineer ID` or `--all`.
  case exactlyOne(String, String)
  /// When the first is given the second must be too (`--reason` needs `--ledger`).
  ///
  /// `missing` is what the error calls the absent option; nil for its usage form (`--ledger FILE`).
  case requires(String, String, missing: String? = nil)
  /// At least one of the options must be given (`--against` or `--dataset-b`).
  ///
  /// `missing` is what the error calls them; nil for their usage forms joined by "or".
  case atLeastOne([String], missing: String? = nil)

  /// The usage error when `given` (the names of the options that appeared) breaks the rule.
  func violation(given: Set<String>, in command: CommandSpec) -> UsageError? {
    switch self {
    case .exactlyOne(let first, let second):
      let (hasFirst, hasSecond) = (given.contains(first), given.contains(second))
      guard hasFirst == hasSecond else { return nil }
      return .exclusiveOptions(command.shownName(first), command.shownName(second), bothGiven: hasFirst)
    case .requires(let dependent, let needed, let missing):
      guard given.contains(dependent), !given.contains(needed) else { return nil }
      return .missingArgument(missing ?? command.shownName(needed))
    case .atLeastOne(let names, let missing):
      guard given.isDisjoint(with: names) else { return nil }
      return .missingArgument(missing ?? names.map(command.shownName).joined(separator: " or "))
    }
  }
}

extension CommandSpec {
  /// A declared option as messages show it, with its placeholder: `--engineer ID`, `--all`.
  func shownName(_ option: String) -> String {
    guard let spec = options.first(where: { $0.name == option }) else {
      assertionFailure("option --\(option) in a rule is not declared by \(name)")
      return "--" + option
    }
    return CommandSpec.helpName(of: spec)
  }
}
