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
        help: "Shared view: team aggregates only, teams holding fewer than the plan's min_group_size people's pay "
          + "suppressed, no individual rows "
          + "(table, csv or json)."),
      .option(
        "format", value: "FORMAT", help: "Output format (csv and json: see docs/formats.md).",
        allowed: [OutputFormat.table, .csv, .json, .markdown, .html, .payroll], default: .table),
      .flag(
        "excel",
        help: "With csv or payroll: a UTF-8 byte-order mark and CRLF line ends, so Excel shows accents "
          + "(docs/payroll.md)."),
      .option("output", value: "FILE", help: "Write to FILE (atomically, mode 0600) instead of standard output."),
      CommonOptions.noThousands, CommonOptions.detail,
      LedgerOptions.ledger, LedgerOptions.reason, LedgerOptions.keyFile,
    ],
    examples: [
      "incentive calculate Fixtures/acme",
      "incentive calculate Fixtures/acme --format json --output payouts.json",
      "incentive calculate exports/ --plan plans/2026-Q3.json --period 2026-Q3 --format csv",
      "incentive calculate Fixtures/acme --format html --output report.html",
      "incentive calculate Fixtures/acme --format payroll --excel --output payroll.csv",
      "incentive calculate Fixtures/acme --format markdown > comment.md",
      "incentive calculate Fixtures/acme --share",
      "incentive calculate exports/ --ledger audit/ledger.jsonl --reason \"late incident data\"",
      "incentive calculate people/ --source devlake exports/devlake",
    ],
    rules: [LedgerOptions.reasonNeedsLedger])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    var options = CalculateWorkflow.Options(
      run: try CommonOptions.run(arguments), source: try arguments.pair("source", as: ImportSource.self),
      share: arguments.flag("share"), format: try CommonOptions.format(arguments), output: arguments.value("output"),
      terminalColor: CommonOptions.terminalColor, thousandsSeparators: !arguments.flag("no-thousands"),
      ledger: LedgerOptions.recording(arguments), detail: arguments.flag("detail"))
    options.excel = arguments.flag("excel")
    return try console.show(try CalculateWorkflow.run(options, notices: { console.err($0) }))
  }
}
