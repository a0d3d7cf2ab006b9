import ArgumentParsing

/// Command declarations shared by the tests, shaped like the real `incentive` commands.
enum SampleCommands {
  /// Small command for parsing rules: one required and one optional positional, a choice with a
  /// default, a plain option, one with a default, a repeatable one and a flag.
  static let check = CommandSpec(
    name: "check",
    abstract: "Compare payouts with a golden file.",
    positionals: [
      PositionalSpec(name: "dataset", help: "The dataset folder."),
      PositionalSpec(name: "golden", help: "The golden file.", isOptional: true),
    ],
    options: [
      .option("format", value: "FORMAT", help: "Output format.", allowed: ["table", "csv", "json"], default: "table"),
      .option("output", value: "FILE", help: "Where to write."),
      .option("tolerance", value: "AMOUNT", help: "Largest difference ignored.", default: "0.00"),
      .option("attribute", value: "NAME", help: "Attribute to audit.", repeatable: true),
      .flag("share", help: "Show shares."),
    ]
  )

  /// A command with a required option, as SPEC's `explain DATASET --engineer ID`.
  static let explain = CommandSpec(
    name: "explain",
    abstract: "Show every step of one payout.",
    positionals: [PositionalSpec(name: "dataset", help: "The dataset folder.")],
    options: [.option("engineer", value: "ID", help: "The engineer to explain.", required: true)]
  )

  /// The help-page sample: long usage, wrapped description, discussion with two paragraphs.
  static let calculate = CommandSpec(
    name: "calculate",
    abstract: "Compute the payout of every engineer and team for one period, with totals.",
    discussion: """
      Reads every file of the dataset folder, applies the plan's curves, guards, eligibility rules and \
      proration to each engineer, and rounds half-even to the cent, so that finance gets the same numbers \
      on every run.

      The JSON format is the machine contract; the other formats are for people.
      """,
    positionals: [
      PositionalSpec(name: "dataset", help: "The dataset folder; the current folder when left out.", isOptional: true)
    ],
    options: [
      .option("plan", value: "FILE", help: "The plan to apply.", default: "plan.json"),
      .option(
        "period", value: "PERIOD", help: "The quarter to pay out, such as 2026-Q3; the plan's own period when left out."
      ),
      .option(
        "format",
        value: "FORMAT",
        help: "How to print the result: a table for people, CSV for spreadsheets, JSON for other programs, "
          + "Markdown or HTML for reports.",
        allowed: ["table", "csv", "json", "markdown", "html"],
        default: "table"
      ),
      .option("output", value: "FILE", help: "Write the report to FILE instead of standard output."),
      .option("ledger", value: "FILE", help: "Append the run to this tamper-evident audit ledger."),
      .flag("share", help: "Add each engineer's share of the team pool as a column."),
    ],
    examples: [
      "incentive calculate Fixtures/small --format json",
      "incentive calculate Fixtures/small --plan plans/2026-q3.json --period 2026-Q3 --output payouts.csv --format csv",
    ]
  )

  static let validate = CommandSpec(
    name: "validate",
    abstract: "Lint a plan file.",
    positionals: [PositionalSpec(name: "plan", help: "The plan file.")]
  )

  static let ledgerVerify = CommandSpec(
    name: "ledger verify",
    abstract: "Check that no entry of an audit ledger was changed or removed.",
    positionals: [PositionalSpec(name: "file", help: "The ledger file.")]
  )

  static let auditBias = CommandSpec(
    name: "audit bias",
    abstract: "Compare outcomes across the groups of a demographic attribute.",
    positionals: [PositionalSpec(name: "dataset", help: "The dataset folder.")],
    options: [.option("attribute", value: "NAME", help: "The attribute to group by.", repeatable: true)]
  )

  static let table = CommandTable(
    toolName: "incentive",
    abstract: "Calculate, explain and check performance-incentive payouts from exported metrics.",
    commands: [calculate, explain, validate, ledgerVerify, auditBias]
  )
}
