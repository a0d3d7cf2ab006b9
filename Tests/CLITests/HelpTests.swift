import Foundation
import Testing

/// `help COMMAND`, examples on every help page, and completion scripts that cover the real CLI.
@Suite("Help pages and shell completions")
struct HelpTests {
  /// The command names the top-level help lists (the lines under COMMANDS:), two-word ones such
  /// as `ledger verify` whole: a name ends at the first double space.
  static func commandNames() throws -> [String] {
    let help = try CLIRunner.run(["--help"]).stdout
    let section = help.components(separatedBy: "COMMANDS:\n")[1].components(separatedBy: "\n\n")[0]
    return section.split(separator: "\n").compactMap { line in
      line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.dropFirst(2).components(separatedBy: "  ")[0] : nil
    }
  }

  /// The `--name` spellings in the OPTIONS section of a command's help page.
  static func options(of command: String) throws -> [String] {
    let help = try CLIRunner.run(command.split(separator: " ").map(String.init) + ["--help"]).stdout
    let section = help.components(separatedBy: "OPTIONS:\n")[1].components(separatedBy: "\n\n")[0]
    return section.split(separator: "\n").compactMap { line in
      let word = line.drop { $0 == " " }.prefix { $0 != " " && $0 != "," }
      return word.hasPrefix("--") ? String(word) : nil
    }
  }

  @Test("the top-level help lists calculate, explain, metrics, validate and completions")
  func commands() throws {
    let names = try Self.commandNames()
    #expect(Set(["calculate", "explain", "metrics", "validate", "completions"]).isSubset(of: names), "\(names)")
  }

  @Test(
    "'incentive help COMMAND' prints exactly 'incentive COMMAND --help', with examples",
    arguments: ["calculate", "explain", "metrics", "validate", "completions"])
  func helpCommand(command: String) throws {
    let viaHelp = try CLIRunner.run(["help", command])
    let viaFlag = try CLIRunner.run([command, "--help"])
    #expect(viaHelp.status == 0)
    #expect(viaHelp.stdout == viaFlag.stdout)
    #expect(viaHelp.stdout.hasPrefix("USAGE: incentive \(command)"))
    let examples = viaHelp.stdout.components(separatedBy: "\nEXAMPLES:\n").last ?? ""
    #expect(examples != viaHelp.stdout && examples.contains("incentive \(command) "))
    #expect(viaHelp.stdout.hasSuffix("\n"))
  }

  @Test(
    "every help example on Fixtures/acme runs without a usage or input error",
    arguments: ["calculate", "explain", "metrics", "validate"])
  func examplesRun(command: String) throws {
    let help = try CLIRunner.run([command, "--help"]).stdout
    let examples = help.components(separatedBy: "\nEXAMPLES:\n")[1].split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.contains("Fixtures/acme") && !$0.contains(">") && !$0.contains("--output") }
    #expect(!examples.isEmpty)
    for example in examples {
      let result = try CLIRunner.run(Array(example.split(separator: " ").dropFirst().map(String.init)))
      // `validate Fixtures/acme/plan.json` without the dataset can't know metrics.csv's
      // internal_customer_satisfaction: 1 error, exit 1. Every other acme example exits 0.
      #expect(result.status == (command == "validate" ? 1 : 0), "\(example): \(result.stderr)")
    }
  }

  @Test("'incentive help' of an unknown command is a usage error with a suggestion")
  func helpUnknown() throws {
    let result = try CLIRunner.run(["help", "calculat"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("unknown command calculat; did you mean calculate?"))
  }

  @Test("every command has a docs/commands page")
  func docsPages() throws {
    let names = try Self.commandNames()
    #expect(names.contains("audit bias") && names.contains("ledger verify"), "\(names)")
    for command in names {
      let file = "docs/commands/\(command.replacingOccurrences(of: " ", with: "-")).md"
      let page = try? String(contentsOf: CLIRunner.root.appendingPathComponent(file), encoding: .utf8)
      #expect(page != nil, "\(file) is missing")
      guard let text = page else { continue }
      #expect(text.hasPrefix("# incentive \(command)\n"), "\(file) does not start with '# incentive \(command)'")
      for option in try Self.options(of: command) where option != "--help" {
        #expect(text.contains("`\(option)"), "\(file) misses \(option)")
      }
    }
  }

  @Test("completion scripts offer every command and every option of its help page", arguments: ["bash", "zsh"])
  func completions(shell: String) throws {
    let result = try CLIRunner.run(["completions", shell])
    #expect(result.status == 0)
    for command in try Self.commandNames() {
      // zsh completes a two-word command word by word (`audit`, then `bias`).
      for word in command.split(separator: " ").map(String.init) {
        #expect(result.stdout.contains(word), "\(shell) misses \(command)")
      }
      for option in try Self.options(of: command) {
        #expect(result.stdout.contains(option), "\(shell) misses \(command) \(option)")
      }
    }
    // calculate --format's values, from its help page: table, csv, json, markdown, html.
    #expect(result.stdout.contains("table csv json markdown html"))
  }

  @Test("the fish script offers every command word and every option of its help page, per command")
  func fishCompletions() throws {
    let result = try CLIRunner.run(["completions", "fish"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for command in try Self.commandNames() {
      let words = command.split(separator: " ").map(String.init)
      // The condition fish tests before offering an option of this command, e.g.
      // '__fish_seen_subcommand_from ledger; and __fish_seen_subcommand_from verify'.
      let condition = "'" + words.map { "__fish_seen_subcommand_from \($0)" }.joined(separator: "; and ") + "'"
      for option in try Self.options(of: command) where option != "--help" {
        let name = String(option.dropFirst(2))
        #expect(
          lines.contains { $0.contains("-n \(condition) -l \(name) ") }, "fish misses \(command) \(option)")
      }
    }
    #expect(lines.contains { $0.contains("-l format -x -a 'table csv json markdown html payroll'") })
  }

  @Test("an unknown shell is a usage error naming the choices")
  func unknownShell() throws {
    let result = try CLIRunner.run(["completions", "tcsh"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("SHELL: \"tcsh\" is not one of bash, zsh, fish"))
  }

  @Test(
    "'help GROUP' and 'GROUP --help' list the group's subcommands with their abstracts",
    arguments: [("audit", ["audit bias"]), ("ledger", ["ledger verify", "ledger history"])])
  func groupHelp(group: String, members: [String]) throws {
    for arguments in [["help", group], [group, "--help"]] {
      let result = try CLIRunner.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout.hasPrefix("USAGE: incentive \(group) SUBCOMMAND"))
      for member in members {
        #expect(result.stdout.contains("\n  \(member)  "), "\(arguments) misses \(member)")
      }
    }
  }
}
