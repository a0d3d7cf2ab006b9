import Foundation

/// An export imported on the fly into a scratch folder that overlays a dataset
/// (`calculate DATASET --source devlake DIR`), so payouts can be computed straight from
/// the tool's export without a separate `incentive import` step. The folder is removed by
/// `remove()`.
public struct ImportOverlay: Sendable {
  /// The scratch folder holding the canonical files.
  public let path: String
  public let result: ImportResult

  /// Imports every `.csv`, `.json` and `.jsonl` file of `exportDirectory`, in name order.
  public init(source: ImportSource, exportDirectory: String, options: ImportOptions = ImportOptions()) throws {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: exportDirectory).filter {
        !$0.hasPrefix(".") && ($0.hasSuffix(".csv") || $0.hasSuffix(".json") || $0.hasSuffix(".jsonl"))
      }.sorted()
    } catch {
      throw InputError.unreadable(file: exportDirectory, reason: "not a folder of export files")
    }
    guard !names.isEmpty else {
      throw InputError.unreadable(file: exportDirectory, reason: "holds no .csv, .json or .jsonl export files")
    }
    var files: [ImportFile] = []
    for name in names { files.append(try ImportFile(path: Dataset.join(name, in: exportDirectory))) }
    result = try source.read(files, options: options)
    path = NSTemporaryDirectory() + "incentive-source-" + UUID().uuidString
    _ = try result.write(to: path)
  }

  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
