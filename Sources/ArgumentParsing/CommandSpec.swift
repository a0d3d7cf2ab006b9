/// The declaration of one command: what it is called, what it takes and how it is used.
///
/// The parser, the one-line usage in error messages and the `--help` page are all generated from
/// this value, so what the help promises is exactly what the parser accepts.
public struct CommandSpec: Equatable, Sendable {
  /// The tool name `usage` assumes; `usage(toolName:)` and `helpText(toolName:)` take any other.
  public static let defaultToolName = "incentive"

  /// `calculate`, or two words such as `ledger verify` for a command inside a group.
  public var name: String
  /// One sentence: what the command does. Shown in help and in the top-level command list.
  public var abstract: String
  /// Longer explanation for the help page; line breaks are kept, long lines wrapped.
  public var discussion: String?
  /// The positional arguments, in the order words fill them.
  public var positionals: [PositionalSpec]
  /// The options, in the order help and usage list them. `--help` is implied and not declared.
  public var options: [OptionSpec]
  /// Full command lines a person can copy (`incentive calculate Fixtures/small --format json`).
  public var examples: [String]
  /// Rules between options (exactly one of two, one needs another), checked by `parse`.
  public var rules: [OptionRule]

  public init(
    name: String,
    abstract: String,
    discussion: String? = nil,
    positionals: [PositionalSpec] = [],
    options: [OptionSpec] = [],
    examples: [String] = [],
    rules: [OptionRule] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.positionals = positionals
    self.options = options
    self.examples = examples
    self.rules = rules
  }

  /// The one-line usage printed under a usage error, for the `incentive` tool.
  public var usage: String { usage(toolName: Self.defaultToolName) }

  /// The one-line usage: tool, command, positionals, then options (optional ones in brackets,
  /// repeatable ones followed by `...`), e.g.
  /// `incentive calculate [DATASET] [--plan FILE] [--format table|csv|json]`.
  public func usage(toolName: String) -> String {
    usageFragments(toolName: toolName).joined(separator: " ")
  }

  /// The usage line as words that must not be broken apart when help wraps it.
  func usageFragments(toolName: String) -> [String] {
    var fragments = [toolName, name]
    fragments += positionals.map(\.usageFragment)
    for option in options {
      let fragment = option.isRequired ? option.usageFragment : "[\(option.usageFragment)]"
      fragments.append(option.isRepeatable ? fragment + "..." : fragment)
    }
    return fragments
  }
}
