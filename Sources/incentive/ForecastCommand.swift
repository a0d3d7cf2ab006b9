import ArgumentParsing
import IncentiveKit

enum ForecastCommand: Command {
  static let spec = CommandSpec(
    name: "forecast",
    abstract: "Forecast the payouts of a period still running, with a low and a high figure.",
    discussion: "Uses the data up to --as-of: counts are projected to the full period, rates, medians and metrics.csv "
      + "values stand as they are, proration runs to the period's end. Low and high come from the spread of the complete "
      + "elapsed weeks. The rules and the measured error are in docs/forecast.md.",
    positionals: [CommonOptions.dataset],
    options: [
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet,
      .option("as-of", value: "DATE", help: "The last day of data to use (YYYY-MM-DD), before the period's end.",
        required: true),
      .option(
        "format", value: "FORMAT", help: "Output format.", allowed: [OutputFormat.table, .json], default: .table),
      CommonOptions.noThousands,
    ],
    examples: [
      "incentive forecast Fixtures/acme --as-of 2026-08-15",
      "incentive forecast exports/ --period 2026-Q3 --as-of 2026-08-31 --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    // The parser has already refused a command line without --as-of (a required option).
    let options = ForecastWorkflow.Options(
      run: try CommonOptions.run(arguments), asOf: arguments.value("as-of") ?? "", format: try CommonOptions.format(arguments),
      thousandsSeparators: !arguments.flag("no-thousands"))
    return try console.show(try ForecastWorkflow.run(options))
  }
}
