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
      CommonOptions.plan, CommonOptions.period, CommonOptions.quiet, CommonOptions.strict, CommonOptions.source,
      .flag(
        "share",
        help: "Shared view: team aggregates only, teams under the plan's min_group_size suppressed, no individual rows "
          + "(table, csv or json)."),
      .option(
        "format", value: "FORMAT", help: "Output format (csv and json: see docs/formats.md).",
        allowed: ["table", "csv", "json", "markdown", "html"], default: "table"),
      .option("output", value: "FILE", help: "Write to FILE (atomically, mode 0600) instead of standard output."),
      CommonOptions.noThousands,
      LedgerOptions.ledger, LedgerOptions.reason,
    ],
    examples: [
      "incentive calculate Fixtures/acme",
      "incentive calculate Fixtures/acme --format json --output payouts.json",
      "incentive calculate exports/ --plan plans/2026-Q3.json --period 2026-Q3 --format csv",
      "incentive calculate Fixtures/acme --format html --output report.html",
      "incentive calculate Fixtures/acme --format markdown > comment.md",
      "incentive calculate Fixtures/acme --share",
      "incentive calculate exports/ --ledger audit/ledger.jsonl --reason \"late incident data\"",
      "incentive calculate people/ --source devlake exports/devlake",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let format = arguments.value("format") ?? "table"
    let share = arguments.flag("share")
    if share, !["table", "csv", "json"].contains(format) {
      throw UsageError.invalidValue(option: "--format", value: format, allowed: ["table", "csv", "json"], suggestion: nil)
    }
    try LedgerOptions.requireLedgerForReason(arguments)
    let overlay = try CommonOptions.overlay(arguments)
    defer { overlay?.remove() }
    if let overlay { console.err(overlay.result.provenance) }
    let run = try CommonOptions.run(arguments, overlay: overlay?.path)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    let style = CommonOptions.tableStyle(
      toFile: arguments.value("output") != nil, thousandsSeparators: !arguments.flag("no-thousands"))
    let text: String
    if share {
      let shared = ShareReport(report: report, minGroupSize: run.plan.minGroupSize)
      text = format == "json" ? shared.renderJSON() : format == "csv" ? shared.renderCSV() : shared.renderTable()
    } else {
      switch format {
      case "json": text = report.renderJSON()
      case "csv": text = report.renderCSV()
      case "markdown": text = report.renderMarkdown()
      case "html": text = report.renderHTML()
      default: text = report.renderTable(style: style)
      }
    }
    // Recorded before the output is written, so a refused rerun of a closed period leaves no report.
    _ = try LedgerOptions.record(.calculate, run: run, report: report, arguments: arguments, console: console)
    try CommonOptions.emit(text, to: arguments.value("output"), console: console)
    return 0
  }
}
