/// One positional argument of a command (`DATASET`, `PLAN`), filled from the words that are not
/// options, in declaration order.
///
/// Declare optional positionals after required ones: words fill positionals front to back, so an
/// optional one in front would take the word a required one needs.
public struct PositionalSpec: Equatable, Sendable {
  /// The name the command looks the value up by (`ParsedArguments.positional(_:)`); shown upper-cased
  /// in usage, help and messages (`DATASET`), the usual spelling of a placeholder.
  public var name: String
  /// One or two sentences for the ARGUMENTS section of `--help`.
  public var help: String
  /// Whether the command can run without it (`calculate` defaults the dataset to the current
  /// folder); shown in brackets in the usage line.
  public var isOptional: Bool
  /// The only words accepted (`bash`, `zsh`), when the argument is a choice; checked by the
  /// parser with a did-you-mean, listed in help and offered by completion scripts.
  public var allowedValues: [String]?
  /// Whether it takes every remaining word (`FILE...`); only the last positional may.
  public var isVariadic: Bool

  public init(
    name: String, help: String, isOptional: Bool = false, allowedValues: [String]? = nil, isVariadic: Bool = false
  ) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.allowedValues = allowedValues
    self.isVariadic = isVariadic
  }

  /// The placeholder as usage, help and messages show it.
  public var displayName: String { name.uppercased() }

  /// `DATASET` when required, `[DATASET]` when optional.
  var usageFragment: String {
    let word = isVariadic ? displayName + "..." : displayName
    return isOptional ? "[\(word)]" : word
  }
}
