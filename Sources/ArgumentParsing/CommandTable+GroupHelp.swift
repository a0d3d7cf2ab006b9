extension CommandTable {
  /// The help of a group word (`ledger`, `audit`): its subcommands with their abstracts, so
  /// `incentive help ledger` lists what there is instead of failing on a half command.
  ///
  /// - Parameter word: The first word of two-word commands.
  /// - Returns: The page without a trailing newline, or nil when `word` heads no two-word command.
  public func groupHelpText(_ word: String) -> String? {
    let members = commands.filter { $0.name.hasPrefix(word + " ") }
    guard !members.isEmpty else { return nil }
    let column = HelpLayout.descriptionColumn(names: members.map(\.name))
    let usage = HelpLayout.wrap(
      [toolName, word, "SUBCOMMAND", "[ARGUMENTS]", "[OPTIONS]"], firstPrefix: "USAGE: ", indent: 7)
    let lines = members.flatMap { HelpLayout.entry(name: $0.name, description: $0.abstract, column: column) }
    let closing = HelpLayout.paragraphs(
      "Run '\(toolName) help \(word) SUBCOMMAND' or '\(toolName) \(word) SUBCOMMAND --help' for its arguments, "
        + "options and examples.")
    return [usage, ["SUBCOMMANDS:"] + lines, closing].map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
  }
}
