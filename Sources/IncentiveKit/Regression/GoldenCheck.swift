import Foundation

/// `incentive check`: a fresh calculation against a golden `calculate --format json` file, so a
/// plan or code change cannot move money without a CI job noticing (SPEC section 1).
enum GoldenCheck {
  /// Compares `report` with the golden file at `path`.
  ///
  /// - Parameter tolerance: the largest difference in any one amount that still counts as equal.
  /// - Throws: `InputError` when the golden file is missing, not JSON, or not the JSON contract.
  static func compare(_ report: PayoutReport, goldenPath path: String, tolerance: Money) throws -> PayoutDiff {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "cannot read the golden file"
        : "no such golden file; create it with `incentive check DATASET --expected \(path) --update`"
      throw InputError.unreadable(file: path, reason: reason)
    }
    let golden = try PayoutSnapshot(json: try JSONParser.parse(Array(data), file: path), file: path)
    return PayoutDiff(before: golden, after: try PayoutSnapshot(report: report), tolerance: tolerance)
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
