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
      CommonOptions.plan, CommonOptions.period, CommonOptions.strict, CommonOptions.source,
      .option("format", value: "FORMAT", help: "Output format.", allowed: ["table", "csv", "json"], default: "table"),
      .option("output", value: "FILE", help: "Write to FILE (atomically, mode 0600) instead of standard output."),
    ],
    examples: [
      "incentive calculate Fixtures/acme",
      "incentive calculate Fixtures/acme --format json --output payouts.json",
      "incentive calculate exports/ --plan plans/2026-Q3.json --period 2026-Q3 --format csv",
      "incentive calculate people/ --source devlake=exports/devlake",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let overlay = try CommonOptions.overlay(arguments)
    defer { overlay?.remove() }
    let run = try CommonOptions.run(arguments, overlay: overlay?.path)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    let text: String
    switch arguments.value("format") ?? "table" {
    case "json": text = report.renderJSON()
    case "csv": text = report.renderCSV()
    default: text = report.renderTable()
    }
    try CommonOptions.emit(text, to: arguments.value("output"), console: console)
    return 0
  }
}
