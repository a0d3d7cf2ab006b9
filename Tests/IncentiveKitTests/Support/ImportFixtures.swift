import Foundation

@testable import IncentiveKit

/// The export fixtures under Fixtures/imports, loaded as `incentive import` loads them.
enum ImportFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/imports")

  static func files(_ tool: String, _ names: [String]) throws -> [ImportFile] {
    try names.map { try ImportFile(path: root.appendingPathComponent("\(tool)/\($0)").path) }
  }

  /// An export written inline, for error cases.
  static func inline(_ path: String, _ text: String) -> ImportFile {
    ImportFile(path: path, bytes: Array(text.utf8))
  }

  /// The canonical rows of one file, checked by rendering them as `incentive import` does.
  static func rows(_ result: ImportResult, _ fileName: String) throws -> [[String: String]] {
    for table in result.tables where table.record.fileName == fileName { _ = try table.renderedCSV() }
    return result.rows(of: fileName).map(\.values)
  }

  /// The error an import throws, or nil.
  static func error(_ body: () throws -> ImportResult) -> InputError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error as? InputError
    }
  }
}
