import ArgumentParsing
import IncentiveKit

enum MetricsCommand: Command {
  static let spec = CommandSpec(
    name: "metrics",
    abstract: "Show the computed metric values per team and engineer, with DORA levels.",
    discussion: "Values are fixed to 6 decimals, exactly as payouts use them. DORA levels follow the plan's "
      + "dora_report (default: the latest supported report).",
    positionals: [CommonOptions.dataset],
    options: [
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet,
      .option("format", value: "FORMAT", help: "Output format.", allowed: ["table", "json"], default: "table"),
    ],
    examples: [
      "incentive metrics Fixtures/acme", "incentive metrics Fixtures/acme --format json",
      "incentive metrics exports/ --period 2026-07-01..2026-09-30",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let run = try CommonOptions.run(arguments)
    let report = MetricsReport(metrics: try run.metrics(), benchmark: run.plan.benchmark)
    let json = arguments.value("format") == "json"
    console.out(json ? JSONWriter.pretty(report.jsonValue()) : report.renderTable(style: CommonOptions.tableStyle(toFile: false)))
    return 0
  }
}
