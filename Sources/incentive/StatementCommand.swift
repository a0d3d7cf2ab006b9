import ArgumentParsing
import IncentiveKit

enum StatementCommand: Command {
  static let spec = CommandSpec(
    name: "statement",
    abstract: "Write one person's own payout statement, with no one else's numbers.",
    discussion: "Target, each component with its metric value, curve point, counter-metric guards and eligibility "
      + "in plain words, the payout, and the team-level metrics of the person's own team(s). No other person's "
      + "name, id or payout appears. --all --output DIR writes one file per paid person (mode 0600).",
    positionals: [CommonOptions.dataset],
    options: [
      .option("engineer", value: "ID", help: "The engineer_id whose statement to write."),
      .flag("all", help: "Write every paid person's statement into --output DIR, one file each."),
      .option(
        "format", value: "FORMAT", help: "Output format.", allowed: Statement.Format.allCases, default: .text),
      .option(
        "output", value: "PATH",
        help: "A file (with --engineer) or a folder (with --all); written atomically, mode 0600."),
      CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive statement Fixtures/acme --engineer E04",
      "incentive statement Fixtures/acme --engineer E04 --format html --output E04.html",
      "incentive statement Fixtures/acme --all --format markdown --output statements/",
    ],
    rules: [.exactlyOne("engineer", "all"), .requires("all", "output", missing: "--output")])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let format = try arguments.value("format", as: Statement.Format.self) ?? .text
    let selection: StatementsWorkflow.Selection =
      arguments.flag("all")
      ? .everyone(directory: arguments.value("output")!)
      : .engineer(id: arguments.value("engineer")!, output: arguments.value("output"))
    let options = StatementsWorkflow.Options(
      run: try CommonOptions.run(arguments), selection: selection, format: format)
    return try console.show(try StatementsWorkflow.run(options))
  }
}
