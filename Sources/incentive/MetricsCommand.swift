import ArgumentParsing
import IncentiveKit

enum MetricsCommand: Command {
  static let spec = CommandSpec(
    name: "metrics",
    abstract: "Show the computed metric values per team and engineer, with DORA levels.",
    discussion: "Values are fixed to 6 decimals, exactly as payouts use them. DORA levels follow the plan's "
      + "dora_report (default: the latest supported report).",
    positionals: [
      PositionalSpec(
        name: "DATASET", help: "Dataset folder (default: the current folder; not read with --list).", isOptional: true)
    ],
    options: [
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet,
      .option(
        "format", value: "FORMAT", help: "Output format (markdown: with --list only).",
        allowed: [OutputFormat.table, .json, .markdown], default: .table),
      .flag(
        "list",
        help: "List every metric the tool computes (name, scope, unit, direction, source file and columns, "
          + "definition) instead of a dataset's values; see docs/metrics.md."),
      .option(
        "dora-definitions", value: "TOOL",
        help: "Compute the DORA metrics as this tool defines them (docs/dora.md); "
          + "overrides the plan's metric_options.dora.", allowed: DORADefinition.allCases),
    ],
    examples: [
      "incentive metrics Fixtures/acme", "incentive metrics Fixtures/acme --format json",
      "incentive metrics exports/ --period 2026-07-01..2026-09-30",
      "incentive metrics data/ --dora-definitions devlake",
      "incentive metrics --list", "incentive metrics --list --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let options = MetricsWorkflow.Options(
      run: try CommonOptions.run(arguments), format: try CommonOptions.format(arguments),
      doraDefinition: try arguments.value("dora-definitions", as: DORADefinition.self),
      terminalColor: CommonOptions.terminalColor, list: arguments.flag("list"))
    return try console.show(try MetricsWorkflow.run(options))
  }
}
