import ArgumentParsing
import Testing

/// Finding the command a line names, and the top-level help.
@Suite("Command table")
struct CommandTableTests {
  let table = SampleCommands.table

  @Test(
    "One- and two-word commands are found; the rest is left for the command",
    arguments: [
      (["calculate", "data", "--format", "json"], "calculate", ["data", "--format", "json"]),
      (["validate"], "validate", []),
      (["explain", "--help"], "explain", ["--help"]),
      (["ledger", "verify", "ledger.jsonl"], "ledger verify", ["ledger.jsonl"]),
      (["ledger", "verify"], "ledger verify", []),
      (["audit", "bias", "data", "--attribute", "gender"], "audit bias", ["data", "--attribute", "gender"]),
      (["calculate", "verify"], "calculate", ["verify"]),
    ])
  func match(arguments: [String], command: String, rest: [String]) throws {
    let (matched, remaining) = try table.match(arguments)
    #expect(matched.name == command)
    #expect(remaining == rest)
  }

  @Test("A match hands back the declared command itself")
  func matchedDeclaration() throws {
    let (matched, _) = try table.match(["audit", "bias"])
    #expect(matched == SampleCommands.auditBias)
  }

  @Test(
    "Unknown commands say what was typed and suggest the closest",
    arguments: [
      (
        ["calcualte"], UsageError.unknownCommand("calcualte", suggestion: "calculate"),
        "unknown command calcualte; did you mean calculate?"
      ),
      (
        ["calc", "data"], .unknownCommand("calc", suggestion: "calculate"),
        "unknown command calc; did you mean calculate?"
      ),
      (
        ["Validate"], .unknownCommand("Validate", suggestion: "validate"),
        "unknown command Validate; did you mean validate?"
      ),
      (
        ["ledger", "verfy"], .unknownCommand("ledger verfy", suggestion: "ledger verify"),
        "unknown command ledger verfy; did you mean ledger verify?"
      ),
      (
        ["ledger"], .unknownCommand("ledger", suggestion: "ledger verify"),
        "unknown command ledger; did you mean ledger verify?"
      ),
      (
        ["ledger", "--help"], .unknownCommand("ledger", suggestion: "ledger verify"),
        "unknown command ledger; did you mean ledger verify?"
      ),
      (
        ["ledger", "frobnicate"], .unknownCommand("ledger frobnicate", suggestion: "ledger verify"),
        "unknown command ledger frobnicate; did you mean ledger verify?"
      ),
      (
        ["ledgr", "verify"], .unknownCommand("ledgr", suggestion: "ledger verify"),
        "unknown command ledgr; did you mean ledger verify?"
      ),
      (
        ["audti"], .unknownCommand("audti", suggestion: "audit bias"), "unknown command audti; did you mean audit bias?"
      ),
      (["frobnicate"], .unknownCommand("frobnicate", suggestion: nil), "unknown command frobnicate"),
      ([], .missingArgument("COMMAND"), "missing argument COMMAND"),
    ] as [([String], UsageError, String)])
  func unknown(arguments: [String], error: UsageError, message: String) {
    #expect(throws: error) { try table.match(arguments) }
    #expect(error.description == message)
  }

  @Test("A group word with several commands suggests the group, or the closest of them")
  func groupWithSeveralCommands() {
    let table = CommandTable(
      toolName: "incentive",
      abstract: "Test.",
      commands: [
        CommandSpec(name: "ledger verify", abstract: "Verify."),
        CommandSpec(name: "ledger show", abstract: "Show."),
      ]
    )
    #expect(throws: UsageError.unknownCommand("ledgr", suggestion: "ledger")) { try table.match(["ledgr"]) }
    #expect(throws: UsageError.unknownCommand("ledger shw", suggestion: "ledger show")) {
      try table.match(["ledger", "shw"])
    }
    #expect(throws: UsageError.unknownCommand("ledger frobnicate", suggestion: nil)) {
      try table.match(["ledger", "frobnicate"])
    }
  }

  @Test("The top-level help lists every command with its abstract, aligned")
  func helpText() {
    let expected = """
      USAGE: incentive COMMAND [ARGUMENTS] [OPTIONS]

      Calculate, explain and check performance-incentive payouts from exported metrics.

      COMMANDS:
        calculate      Compute the payout of every engineer and team for one period, with totals.
        explain        Show every step of one payout.
        validate       Lint a plan file.
        ledger verify  Check that no entry of an audit ledger was changed or removed.
        audit bias     Compare outcomes across the groups of a demographic attribute.

      Run 'incentive help COMMAND' or 'incentive COMMAND --help' for the arguments, options and examples
      of one command.
      """
    #expect(table.helpText() == expected)
  }
}
