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

  /// Loads plan, dataset and period from the parsed options.
  ///
  /// - Parameter overlay: a folder of imported files replacing the dataset's (`--source`).
  static func run(_ arguments: ParsedArguments, datasetName: String = "DATASET", overlay: String? = nil) throws
    -> PayoutRun
  {
    let dataset = arguments.positional(datasetName) ?? "."
    var period: Period?
    if let text = arguments.value("period") {
      guard let parsed = Period(parsing: text) else {
        throw UsageError.invalidValue(
          option: "period", value: text, allowed: ["YYYY-Qn", "YYYY-Hn", "YYYY", "YYYY-MM", "FROM..TO"], suggestion: nil)
      }
      period = parsed
    }
    return try PayoutRun(datasetPath: dataset, planPath: arguments.value("plan"), period: period, overlay: overlay)
  }

  static let source = OptionSpec.option(
    "source", value: "KIND=DIR",
    help: "Import a tool's export folder on the fly over the dataset's files, e.g. devlake=exports/devlake "
      + "(DevLake's project_mapping names the teams; other tools: run incentive import first).")

  /// The overlay `--source devlake=DIR` asks for, imported; nil without `--source`.
  static func overlay(_ arguments: ParsedArguments) throws -> ImportOverlay? {
    guard let text = arguments.value("source") else { return nil }
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, parts[0] == ImportSource.devlake.rawValue else {
      throw UsageError.invalidValue(option: "--source", value: text, allowed: ["devlake=DIR"], suggestion: nil)
    }
    return try ImportOverlay(source: .devlake, exportDirectory: parts[1])
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
