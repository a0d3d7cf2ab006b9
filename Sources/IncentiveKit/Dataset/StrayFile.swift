import ArgumentParsing
import Foundation

/// A file in the dataset folder that no dataset file name matches, so nothing reads it: `review.csv`,
/// `Incidents.csv` (names are case-sensitive), `reviews.xlsx`. Named with the file it most likely meant.
struct StrayFile: Sendable, Equatable {
  /// The file name, without the folder.
  var name: String
  /// The dataset file it most likely meant (`reviews.csv`), nil when it resembles none.
  var suggestion: String?
  /// A spreadsheet workbook (by extension or content) rather than text.
  var isWorkbook: Bool

  /// Whether the run must stop: a workbook that stands for a dataset file, whose rows would otherwise be left out
  /// without a word.
  var isError: Bool { isWorkbook && suggestion != nil }

  /// Every file of `directory` that is not a dataset file, sorted by name; hidden files are skipped.
  static func find(in directory: String) -> [StrayFile] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let stems = Self.datasetStems
    let known = Set(stems.flatMap { stem in TableReader.Format.allCases.map { "\(stem).\($0.rawValue)" } } + ["plan.json"])
    var strays: [StrayFile] = []
    for name in names.sorted() where !name.hasPrefix(".") && !known.contains(name) {
      let path = Dataset.join(name, in: directory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      let parts = name.split(separator: ".", maxSplits: 1)
      let stem = String(parts[0])
      let ext = parts.count > 1 ? String(parts[1]).lowercased() : ""
      let isRegular = (try? RegularFile.check(path)) != nil
      let isWorkbook = SpreadsheetWorkbook.extensions.contains(ext) || (isRegular && Self.hasWorkbookContent(path))
      let meant = EditDistance.suggestion(for: stem, among: stems)
      let suggestion = meant.map { "\($0).\(TableReader.Format(rawValue: ext) != nil && !isWorkbook ? ext : "csv")" }
      strays.append(StrayFile(name: name, suggestion: suggestion, isWorkbook: isWorkbook))
    }
    return strays
  }

  /// Every dataset file's name without extension, demographics included.
  static var datasetStems: [String] { DatasetRecordTypes.all.map { $0.fileName } + [Demographics.fileName] }

  private static func hasWorkbookContent(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
    return head.withUnsafeBufferPointer { SpreadsheetWorkbook.kind(of: $0) != nil }
  }
}
