import ArgumentParsing
import Testing

/// Rules between options, declared on the command and checked by the parser with the messages
/// the commands used to produce by hand.
@Suite("Rules between options")
struct OptionRuleTests {
  static let spec = CommandSpec(
    name: "statement", abstract: "Statements.",
    positionals: [PositionalSpec(name: "dataset", help: "The dataset.")],
    options: [
      .option("engineer", value: "ID", help: "One engineer."),
      .flag("all", help: "Everyone."),
      .option("output", value: "PATH", help: "Where."),
      .option("ledger", value: "FILE", help: "Ledger."),
      .option("reason", value: "TEXT", help: "Why."),
      .option("against", value: "FILE", help: "Other plan."),
      .option("dataset-b", value: "DIR", help: "Other data."),
    ],
    rules: [
      .exactlyOne("engineer", "all"),
      .requires("all", "output", missing: "--output"),
      .requires("reason", "ledger"),
      .atLeastOne(["against", "dataset-b"]),
    ])

  @Test(
    "each rule, kept and broken, with the message a person sees",
    arguments: [
      (["d", "--engineer", "E1", "--against", "p"], nil),
      (["d", "--all", "--output", "o", "--dataset-b", "b"], nil),
      (["d", "--engineer", "E1", "--against", "p", "--dataset-b", "b", "--reason", "r", "--ledger", "l"], nil),
      (["d", "--against", "p"], "give either --engineer ID or --all, not neither"),
      (
        ["d", "--engineer", "E1", "--all", "--output", "o", "--against", "p"],
        "give either --engineer ID or --all, not both"
      ),
      (["d", "--all", "--against", "p"], "missing required option --output"),
      (["d", "--engineer", "E1", "--against", "p", "--reason", "r"], "missing required option --ledger FILE"),
      (["d", "--engineer", "E1"], "missing required option --against FILE or --dataset-b DIR"),
      (["d"], "give either --engineer ID or --all, not neither"),
    ] as [([String], String?)])
  func rules(arguments: [String], message: String?) {
    do {
      _ = try Self.spec.parse(arguments)
      #expect(message == nil)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("the broken rules are the ones the commands threw by hand")
  func cases() {
    #expect(throws: UsageError.exclusiveOptions("--engineer ID", "--all", bothGiven: false)) {
      try Self.spec.parse(["d", "--against", "p"])
    }
    #expect(throws: UsageError.missingArgument("--against FILE or --dataset-b DIR")) {
      try Self.spec.parse(["d", "--all", "--output", "o"])
    }
  }

  @Test("--help excuses every rule")
  func helpExcuses() throws {
    #expect(try Self.spec.parse(["d", "--engineer", "E1", "--all", "--help"]).wantsHelp)
  }

  @Test("a missing positional is reported before a broken rule")
  func positionalFirst() {
    #expect(throws: UsageError.missingArgument("DATASET")) { try Self.spec.parse([]) }
  }
}
