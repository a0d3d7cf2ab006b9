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

  /// `--format text|json` of the governance commands: text for people, JSON for CI and scripts.
  static let textOrJSON = OptionSpec.option(
    "format", value: "FORMAT", help: "Output format: text for people, json for machines.", allowed: ["text", "json"],
    default: "text")

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
  ///
  /// - Parameter overlay: a folder of imported files replacing the dataset's (`--source`).
  static func run(_ arguments: ParsedArguments, datasetName: String = "DATASET", overlay: String? = nil) throws
    -> PayoutRun
  {
    let dataset = arguments.positional(datasetName) ?? "."
    let period = try period(arguments)
    // A command that doesn't declare --quiet still gets the line on a terminal.
    let quiet = arguments.declares("quiet") && arguments.flag("quiet")
    let progress = ProgressLine.standardError.start(quiet: quiet, dataset: dataset)
    return try PayoutRun(
      datasetPath: dataset, planPath: arguments.value("plan"), period: period, overlay: overlay, progress: progress)
  }

  static let source = OptionSpec.pair(
    "source", first: "KIND", second: "DIR",
    help: "Import a tool's export folder on the fly over the dataset's files, e.g. --source devlake exports/devlake "
      + "(DevLake's project_mapping names the teams; other tools: run incentive import first).",
    allowed: [ImportSource.devlake.rawValue])

  /// The overlay `--source devlake DIR` asks for, imported; nil without `--source`.
  static func overlay(_ arguments: ParsedArguments) throws -> ImportOverlay? {
    let words = arguments.values("source")
    guard words.count == 2 else { return nil }
    return try ImportOverlay(source: .devlake, exportDirectory: words[1])
  }

  /// `--period`, parsed; nil when not given.
  static func period(_ arguments: ParsedArguments) throws -> Period? {
    guard let text = arguments.value("period") else { return nil }
    guard let parsed = Period(parsing: text) else {
      throw UsageError.invalidValue(
        option: "--period", value: text, allowed: ["YYYY-Qn", "YYYY-Hn", "YYYY", "YYYY-MM", "FROM..TO"], suggestion: nil)
    }
    return parsed
  }

  /// The payout of `id` in `report`, or nil after saying on stderr why there is none (not in
  /// the roster, or not employed in the period).
  static func payout(of id: String, in report: PayoutReport, run: PayoutRun, console: Console) throws -> EngineerPayout? {
    if let payout = report.engineers.first(where: { $0.engineer.id == id }) { return payout }
    if run.roster[id] != nil {
      console.err("error: \(id) was not employed on any day of \(run.period.from) to \(run.period.to)\n")
    } else {
      console.err("error: no engineer \"\(id)\" in the roster\n")
    }
    return nil
  }

  /// A whole-number option within `range`, or a usage error that says what is accepted.
  static func integer(_ arguments: ParsedArguments, _ name: String, in range: ClosedRange<Int>) throws -> Int {
    let text = arguments.value(name) ?? ""
    guard let value = Int(text), range.contains(value) else {
      let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
      throw UsageError.malformedValue(
        option: "--" + name, value: text, expected: "a whole number from \(range.lowerBound)\(upper)")
    }
    return value
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
