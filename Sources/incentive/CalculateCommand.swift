import ArgumentParsing
import IncentiveKit

enum CalculateCommand: Command {
  static let spec = CommandSpec(
    name: "calculate",
    abstract: "Compute payouts per engineer and per team, with totals.",
    discussion: "Reads the dataset's event files, computes every metric for the period, and pays each person "
      + "under the plan track of their role. Amounts are exact to the minor unit; see docs/calculation.md.",
    positionals: [
      PositionalSpec(name: "DATASET", help: "Dataset folder (default: the current folder).", isOptional: true)
    ],
    options: [
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet, CommonOptions.strict,
      .option(
        "format", value: "FORMAT", help: "Output format (csv and json: see docs/formats.md).",
        allowed: ["table", "csv", "json", "markdown", "html"], default: "table"),
      .option("output", value: "FILE", help: "Write to FILE (atomically, mode 0600) instead of standard output."),
      CommonOptions.noThousands,
    ],
    examples: [
      "incentive calculate Fixtures/acme",
      "incentive calculate Fixtures/acme --format json --output payouts.json",
      "incentive calculate exports/ --plan plans/2026-Q3.json --period 2026-Q3 --format csv",
      "incentive calculate Fixtures/acme --format html --output report.html",
      "incentive calculate Fixtures/acme --format markdown > comment.md",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let run = try CommonOptions.run(arguments)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    let text: String
    switch arguments.value("format") ?? "table" {
    case "json": text = report.renderJSON()
    case "csv": text = report.renderCSV()
    case "markdown": text = report.renderMarkdown()
    case "html": text = report.renderHTML()
    default: text = report.renderTable(
        style: CommonOptions.tableStyle(
          toFile: arguments.value("output") != nil, thousandsSeparators: !arguments.flag("no-thousands")))
    }
    try CommonOptions.emit(text, to: arguments.value("output"), console: console)
    return 0
  }
}
