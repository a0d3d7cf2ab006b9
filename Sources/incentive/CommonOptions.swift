import ArgumentParsing
import Foundation
import IncentiveKit

/// Options several commands share, declared once so help and parsing agree everywhere.
enum CommonOptions {
  static let dataset = PositionalSpec(name: "DATASET", help: "Dataset folder (roster.csv and event files).", isOptional: false)
  static let plan = OptionSpec.option("plan", value: "FILE", help: "Plan file (default: DATASET/plan.json).")
  static let period = OptionSpec.option(
    "period", value: "PERIOD", help: "Overrides the plan's period: 2026-Q3, 2026-H2, 2026, 2026-07 or FROM..TO.")

  static let strict = OptionSpec.flag(
    "strict", help: "Treat a conflict of interest (a reported metric feeding its reporter's own payout) as an error.")

  static let noThousands = OptionSpec.flag(
    "no-thousands", help: "Print table amounts without thousands separators (12345.67, not 12,345.67).")

  static let quiet = OptionSpec.flag(
    "quiet", help: "No progress line on standard error (it only appears on a terminal, for inputs over a second).")

  /// The terminal table style: colour only when the table goes to a terminal (not `--output`)
  /// and `NO_COLOR` is unset.
  static func tableStyle(toFile: Bool, thousandsSeparators: Bool = true) -> TableStyle {
    TableStyle(color: !toFile && Terminal.colorAllowed(on: STDOUT_FILENO), thousandsSeparators: thousandsSeparators)
  }

  /// Loads plan, dataset and period from the parsed options; arms the progress line.
  static func run(_ arguments: ParsedArguments, datasetName: String = "DATASET") throws -> PayoutRun {
    let dataset = arguments.positional(datasetName) ?? "."
    var period: Period?
    if let text = arguments.value("period") {
      guard let parsed = Period(parsing: text) else {
        throw UsageError.invalidValue(
          option: "period", value: text, allowed: ["YYYY-Qn", "YYYY-Hn", "YYYY", "YYYY-MM", "FROM..TO"], suggestion: nil)
      }
      period = parsed
    }
    // A command that doesn't declare --quiet still gets the line on a terminal.
    let quiet = arguments.declares("quiet") && arguments.flag("quiet")
    let progress = ProgressLine.standardError.start(quiet: quiet, dataset: dataset)
    return try PayoutRun(datasetPath: dataset, planPath: arguments.value("plan"), period: period, progress: progress)
  }

  /// Writes `text` to `--output` atomically with mode 0600 (it holds pay data), or to stdout.
  static func emit(_ text: String, to path: String?, console: Console) throws {
    if let path {
      try AtomicFile.write(Array(text.utf8), to: path, mode: 0o600)
    } else {
      console.out(text)
    }
  }
}
