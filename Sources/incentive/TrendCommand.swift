import ArgumentParsing
import IncentiveKit

enum TrendCommand: Command {
  static let spec = CommandSpec(
    name: "trend",
    abstract: "DORA metrics and payouts per team across periods, and each person's year-to-date pay.",
    discussion: "Pays DATASET under one plan for every period of --periods, reading the event files once for all "
      + "of them. Prints per team each period's four DORA metrics, level, headcount and payout, the totals, and "
      + "per person the payout of each period and the year to date (payouts summed within each calendar year).",
    positionals: [CommonOptions.dataset],
    options: [
      .option(
        "periods", value: "PERIODS", help: "2026-Q1..2026-Q4, 2026-01..2026-06, 2024..2026 or a list: 2026-Q1,2026-Q3.",
        required: true),
      CommonOptions.plan,
      .option(
        "format", value: "FORMAT", help: "table for a terminal, json for machines, html for a page with line charts.",
        allowed: [OutputFormat.table, .json, .html], default: .table),
      .option("output", value: "FILE", help: "Write to FILE (atomically, mode 0600) instead of standard output."),
    ],
    examples: [
      "incentive trend exports/ --periods 2026-Q1..2026-Q4",
      "incentive trend Fixtures/acme --periods 2026-Q3",
      "incentive trend exports/ --periods 2026-Q1,2026-Q2 --format json",
      "incentive trend exports/ --periods 2026-01..2026-12 --format html --output trend.html",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let periods = arguments.value("periods") else { throw UsageError.missingValue(option: "--periods") }
    let options = TrendWorkflow.Options(
      dataset: arguments.positional("DATASET")!, plan: arguments.value("plan"), periods: periods,
      format: try CommonOptions.format(arguments), output: arguments.value("output"))
    return try console.show(try TrendWorkflow.run(options))
  }
}
