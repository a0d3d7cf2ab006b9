import Foundation

/// `incentive check`: a fresh calculation against a golden `calculate --format json` file, so a
/// plan or code change cannot move money without a CI job noticing (SPEC section 1).
enum GoldenCheck {
  /// Compares `report` with the golden file at `path`, read as a stream (`PayoutSnapshot(streamingFrom:)`).
  ///
  /// - Parameter tolerance: the largest difference in any one amount that still counts as equal.
  /// - Returns: the differences, and the `tool_version` the golden file records (nil when it has none).
  /// - Throws: `InputError` when the golden file is missing, not JSON, or not the JSON contract.
  static func compare(_ report: PayoutReport, goldenPath path: String, tolerance: Money) throws -> (
    diff: PayoutDiff, goldenVersion: String?
  ) {
    guard FileManager.default.fileExists(atPath: path) else {
      throw InputError.unreadable(
        file: path, reason: "no such golden file; create it with `incentive check DATASET --expected \(path) --update`")
    }
    let golden = try PayoutSnapshot(streamingFrom: path, limit: InputFile.goldenLimit)
    return (PayoutDiff(before: golden, after: try PayoutSnapshot(report: report), tolerance: tolerance), golden.toolVersion)
  }

  /// A line saying the golden file at `path` was written by another version of `incentive` (or by
  /// one that did not record its version, `version` nil), nil when it names this one. The version is
  /// never a difference: a new build that pays the same passes.
  static func versionNote(goldenPath path: String, version: String?) -> String? {
    guard version != ToolVersion.current else { return nil }
    return "note: \(shown: path) was made by \(version.map { "incentive \(shown: $0)" } ?? "a version of incentive that did not record it"); "
      + "this is incentive \(ToolVersion.current)\n"
  }

  /// Replaces the golden file with `report`'s JSON atomically, mode 0600 (it lists everyone's pay).
  static func update(_ report: PayoutReport, goldenPath path: String) throws {
    let file = try AtomicFileWriter(path: path, mode: 0o600)
    var sink = file
    try report.writeJSON(to: &sink)
    try file.commit()
  }

  /// Parses `--tolerance` in the report's currency: a non-negative amount with at most the
  /// currency's minor digits (`0.05` for USD); nil otherwise.
  static func tolerance(parsing text: String, currency: Currency) -> Money? {
    guard let amount = Money(text, currency: currency), amount.minorUnits >= 0 else { return nil }
    return amount
  }
}
