import ArgumentParsing

enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: "The script is generated from the same declarations as every --help page, so it offers exactly "
      + "the commands, options and option values the parser accepts.",
    positionals: [
      PositionalSpec(name: "SHELL", help: "The shell to complete for.", allowedValues: ["bash", "zsh", "fish"])
    ],
    examples: [
      "source <(incentive completions bash)",
      "incentive completions bash > /etc/bash_completion.d/incentive",
      "incentive completions zsh > \"${fpath[1]}/_incentive\"",
      "incentive completions fish > ~/.config/fish/completions/incentive.fish",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    // The parser has already checked SHELL is one of the declared values.
    switch arguments.positional("SHELL") {
    case "zsh": try console.out(CLI.table.zshCompletion())
    case "fish": try console.out(CLI.table.fishCompletion())
    default: try console.out(CLI.table.bashCompletion())
    }
    return 0
  }
}
