/// The tool's commands, for finding which one a command line names and for the top-level help.
///
/// Commands are one word (`calculate`) or two (`ledger verify`, `audit bias`); a two-word name
/// is tried before a one-word one so a group word can't shadow its subcommands.
public struct CommandTable: Sendable {
  /// The executable's name as help and usage show it (`incentive`).
  public var toolName: String
  /// One sentence: what the tool does, at the top of the top-level help.
  public var abstract: String
  /// Every command, in the order the top-level help lists them.
  public var commands: [CommandSpec]

  public init(toolName: String, abstract: String, commands: [CommandSpec]) {
    self.toolName = toolName
    self.abstract = abstract
    self.commands = commands
  }

  /// Finds the command named by the first one or two words.
  ///
  /// The caller handles an empty line and a top-level `-h`/`--help` first (by printing
  /// `helpText()`): neither names a command.
  ///
  /// - Parameter arguments: The words after the tool name (`CommandLine.arguments.dropFirst()`).
  /// - Returns: The command and the words after its name, ready for `CommandSpec.parse`.
  /// - Throws: `.missingArgument("COMMAND")` for an empty line; `.unknownCommand` with the
  ///   closest command name for anything else that names no command.
  public func match(_ arguments: [String]) throws(UsageError) -> (CommandSpec, rest: [String]) {
    guard let first = arguments.first else { throw .missingArgument("COMMAND") }
    if arguments.count >= 2 {
      let twoWords = first + " " + arguments[1]
      if let command = commands.first(where: { $0.name == twoWords }) {
        return (command, rest: Array(arguments.dropFirst(2)))
      }
    }
    if let command = commands.first(where: { $0.name == first }) {
      return (command, rest: Array(arguments.dropFirst()))
    }

    let groupCommands = commands.filter { $0.name.hasPrefix(first + " ") }
    if !groupCommands.isEmpty {
      // The group word is right; the subcommand is missing or mistyped.
      let second = arguments.dropFirst().first.flatMap { $0.hasPrefix("-") ? nil : $0 }
      let typed = second.map { first + " " + $0 } ?? first
      let suggestion = EditDistance.suggestion(for: typed, among: groupCommands.map(\.name))
      let onlyCommand = groupCommands.count == 1 ? groupCommands[0].name : nil
      throw .unknownCommand(typed, suggestion: suggestion ?? onlyCommand)
    }
    throw .unknownCommand(first, suggestion: suggestedCommand(for: first))
  }

  /// The command most likely meant by a mistyped first word: a close one-word command, or the
  /// command of a close group word (`ledgr` -> `ledger verify`; just `ledger` when the group has
  /// several commands, so the next error can list them).
  private func suggestedCommand(for typed: String) -> String? {
    var firstWords: [String] = []
    for command in commands {
      let word = String(command.name.prefix(while: { $0 != " " }))
      if !firstWords.contains(word) { firstWords.append(word) }
    }
    guard let word = EditDistance.suggestion(for: typed, among: firstWords) else { return nil }
    let named = commands.filter { $0.name == word || $0.name.hasPrefix(word + " ") }
    return named.count == 1 ? named[0].name : word
  }

  /// The top-level help: usage, abstract, every command with its abstract, and where to look next.
  ///
  /// - Returns: The page without a trailing newline, ready for `print`.
  public func helpText() -> String {
    let column = HelpLayout.descriptionColumn(names: commands.map(\.name))
    let usage = HelpLayout.wrap([toolName, "COMMAND", "[ARGUMENTS]", "[OPTIONS]"], firstPrefix: "USAGE: ", indent: 7)
    let commandLines = commands.flatMap { HelpLayout.entry(name: $0.name, description: $0.abstract, column: column) }
    let closing = HelpLayout.paragraphs(
      "Run '\(toolName) help COMMAND' or '\(toolName) COMMAND --help' for the arguments, options and examples "
        + "of one command.")
    let sections = [usage, HelpLayout.paragraphs(abstract), ["COMMANDS:"] + commandLines, closing]
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
  }
}
