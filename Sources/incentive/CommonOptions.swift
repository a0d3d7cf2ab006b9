import ArgumentParsing
import Foundation
import IncentiveKit

/// Options several commands share, declared once so help and parsing agree everywhere.
enum CommonOptions {
  static let dataset = PositionalSpec(
    name: "DATASET", help: "Dataset folder (roster.csv and event files).", isOptional: false)
  static let plan = OptionSpec.option("plan", value: "FILE", help: "Plan file (default: DATASET/plan.json).")
  static let period = OptionSpec.option(
    "period", value: "PERIOD", help: "Overrides the plan's period: 2026-Q3, 2026-H2, 2026, 2026-07 or FROM..TO.")

  static let strict = OptionSpec.flag(
    "strict",
    help: "Treat a conflict of interest (a reported metric feeding its reporter's own payout) and the plan's policy "
      + "findings (validate's errors) as errors.")

  /// `--format text|json` of the governance commands: text for people, JSON for CI and scripts.
  static let textOrJSON = OptionSpec.option(
    "format", value: "FORMAT", help: "Output format: text for people, json for machines.",
    allowed: [OutputFormat.text, .json], default: .text)

  /// `--detail` of the pull-request Markdown: named rows are opt-in, for a private channel.
  static let detail = OptionSpec.flag(
    "detail",
    help: "With --format markdown: add each person's name, id and pay (for a private channel, never a public "
      + "pull request).")

  static let noThousands = OptionSpec.flag(
    "no-thousands", help: "Print table amounts without thousands separators (12345.67, not 12,345.67).")

  static let quiet = OptionSpec.flag(
    "quiet", help: "No progress line on standard error (it only appears on a terminal, for inputs over a second).")

  static let source = OptionSpec.pair(
    "source", first: "KIND", second: "DIR",
    help: "Import a tool's export folder on the fly over the dataset's files, e.g. --source devlake exports/devlake "
      + "(DevLake's project_mapping names the teams; other tools: run incentive import first).",
    allowed: [ImportSource.devlake.rawValue])

  /// Whether standard output is a terminal that may show colour (`NO_COLOR` unset).
  static var terminalColor: Bool { Terminal.colorAllowed(on: STDOUT_FILENO) }

  /// Dataset, plan, period and `--strict` from the parsed options; arms the progress line; a paying command's
  /// warnings go to standard error.
  static func run(_ arguments: ParsedArguments, datasetName: String = "DATASET") throws -> RunOptions {
    let dataset = arguments.positional(datasetName) ?? "."
    let period = try arguments.value("period", as: Period.self)
    // A command that doesn't declare --quiet still gets the line on a terminal.
    let quiet = arguments.declares("quiet") && arguments.flag("quiet")
    return RunOptions(
      dataset: dataset, plan: arguments.value("plan"), period: period,
      strictConflicts: arguments.declares("strict") && arguments.flag("strict"),
      progress: ProgressLine.standardError.start(quiet: quiet, dataset: dataset),
      warnings: { Console().err($0) })
  }

  /// `--format`, which every command that reads it declares with a default.
  static func format(_ arguments: ParsedArguments) throws -> OutputFormat {
    try arguments.value("format", as: OutputFormat.self) ?? .table
  }
}
