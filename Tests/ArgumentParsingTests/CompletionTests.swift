import ArgumentParsing
import Foundation
import Testing

/// Completion scripts generated from the sample declarations: every command and option is
/// offered, and the bash function answers real completion requests.
@Suite("Shell completion scripts")
struct CompletionTests {
  let table = SampleCommands.table

  @Test("bash and zsh scripts name every command word, option and allowed value", arguments: ["bash", "zsh"])
  func complete(shell: String) {
    let script = shell == "bash" ? table.bashCompletion() : table.zshCompletion()
    for word in ["calculate", "explain", "validate", "ledger", "verify", "audit", "bias", "help"] {
      #expect(script.contains(word), "\(shell) script misses \(word)")
    }
    for command in table.commands {
      for option in command.options {
        #expect(script.contains(option.spelling), "\(shell) script misses \(command.name) \(option.spelling)")
        for value in option.allowedValues ?? [] { #expect(script.contains(value)) }
      }
    }
  }

  @Test("the fish script offers each command word, each option by its long name, and allowed values")
  func fish() {
    let script = table.fishCompletion()
    for word in ["calculate", "explain", "validate", "ledger", "verify", "audit", "bias", "help"] {
      #expect(script.contains("-a '\(word)'") || script.contains(" \(word) "), "fish script misses \(word)")
    }
    for command in table.commands {
      for option in command.options {
        #expect(script.contains("-l \(option.name)"), "fish script misses \(command.name) \(option.spelling)")
        for value in option.allowedValues ?? [] { #expect(script.contains(value)) }
      }
    }
  }

  /// Runs the bash function for a command line whose last word is being completed.
  func bashReplies(_ words: [String]) throws -> [String] {
    let script = NSTemporaryDirectory() + "completion-" + UUID().uuidString + ".bash"
    try table.bashCompletion().write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c",
      "source '\(script)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _incentive; "
        + "printf '%s\\n' \"${COMPREPLY[@]}\"",
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test(
    "the bash function completes commands, subcommands, options and choices",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")),
    arguments: [
      (["incentive", "va"], ["validate"]),
      (["incentive", "ledger", "v"], ["verify"]),
      (["incentive", "help", "ex"], ["explain"]),
      (["incentive", "calculate", "--fo"], ["--format"]),
      (["incentive", "calculate", "--format", "m"], ["markdown"]),
      (["incentive", "explain", "--e"], ["--engineer"]),
      (["incentive", "audit", "bias", "--at"], ["--attribute"]),
      (
        ["incentive", "calculate", "--share", "--"],
        ["--plan", "--period", "--format", "--output", "--ledger", "--share", "--help"]
      ),
    ])
  func bashFunction(words: [String], expected: [String]) throws {
    #expect(try bashReplies(words) == expected)
  }

  @Test("the zsh script is valid zsh", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh")))
  func zshSyntax() throws {
    let script = NSTemporaryDirectory() + "_incentive-" + UUID().uuidString
    try table.zshCompletion().write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/zsh")
    process.arguments = ["-n", script]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test("a positional choice is checked like an option's, with a suggestion")
  func positionalChoice() throws {
    let spec = CommandSpec(
      name: "completions", abstract: "Print a script.",
      positionals: [PositionalSpec(name: "SHELL", help: "The shell.", allowedValues: ["bash", "zsh"])])
    #expect(try spec.parse(["zsh"]).positional("SHELL") == "zsh")
    #expect(
      throws: UsageError.invalidValue(option: "SHELL", value: "bsh", allowed: ["bash", "zsh"], suggestion: "bash")
    ) {
      _ = try spec.parse(["bsh"])
    }
    #expect(spec.helpText(toolName: "incentive").contains("The shell. (values: bash, zsh)"))
  }
}
