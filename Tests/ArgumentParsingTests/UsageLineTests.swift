import ArgumentParsing
import Testing

/// The one-line usage printed under every usage error.
@Suite("Usage line")
struct UsageLineTests {
  @Test(
    "Positionals then options; optional in brackets, choices listed, repeatable marked",
    arguments: [
      (
        SampleCommands.check,
        "incentive check DATASET [GOLDEN] [--format table|csv|json] [--output FILE] [--tolerance AMOUNT] "
          + "[--attribute NAME]... [--share]"
      ),
      (
        SampleCommands.calculate,
        "incentive calculate [DATASET] [--plan FILE] [--period PERIOD] [--format table|csv|json|markdown|html] "
          + "[--output FILE] [--ledger FILE] [--share]"
      ),
      (SampleCommands.explain, "incentive explain DATASET --engineer ID"),
      (SampleCommands.validate, "incentive validate PLAN"),
      (SampleCommands.auditBias, "incentive audit bias DATASET [--attribute NAME]..."),
      (CommandSpec(name: "version", abstract: "Print the version."), "incentive version"),
    ])
  func usage(command: CommandSpec, expected: String) {
    #expect(command.usage == expected)
  }

  @Test("Another tool name")
  func toolName() {
    #expect(SampleCommands.ledgerVerify.usage(toolName: "inc") == "inc ledger verify FILE")
  }
}
