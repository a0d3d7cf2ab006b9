import Foundation

/// One attribute of `demographics.csv` (engineer_id plus attribute columns such as gender or
/// age_band), for `audit bias` only.
///
/// The file is kept apart from the roster so it can be access-controlled on its own, and
/// this type is the only code that opens it: no payout, report or statement reads it, and
/// `Dataset.inputFiles()` leaves it out, so what a payout says can't depend on it.
@_spi(Synthetic) public struct Demographics: Sendable {
  public static let fileName = "demographics"

  /// The attribute column read (lowercased, as headers are matched).
  public var attribute: String
  /// Engineer id → the person's value of the attribute; people with an empty cell are absent.
  public var values: [String: String]
  /// The file as named in messages.
  public var file: String

  /// The dataset's demographics file (`.csv`, `.json` or `.jsonl`), nil when it has none.
  public static func defaultPath(in dataset: Dataset) throws(InputError) -> String? {
    try dataset.path(forFile: fileName)
  }

  /// Reads `attribute` from the file at `path`.
  ///
  /// - Throws: `InputError` naming file, line and column: a missing `engineer_id` or
  ///   attribute column, an empty engineer_id, or an engineer listed twice.
  public init(path: String, attribute: String) throws(InputError) {
    let column = attribute.lowercased()
    let reader = try TableReader(path: path)
    var values: [String: String] = [:]
    var lines: [String: Int] = [:]
    try reader.forEachRow(columns: [.required("engineer_id"), .required(column)]) {
      (row: TableRow) throws(InputError) in
      let id = try row.requiredString(0)
      if let first = lines[id] {
        throw row.inconsistent(
          "engineer_id \"\(id)\" is listed twice (first on line \(first)); keep one row per person")
      }
      lines[id] = row.line
      if let value = try row.string(1)?.trimmingCharacters(in: .whitespaces), !value.isEmpty { values[id] = value }
    }
    self.attribute = column
    self.values = values
    file = path
  }
}
