import Foundation

/// An export imported on the fly into a scratch folder that overlays a dataset
/// (`calculate DATASET --source devlake DIR`), so payouts can be computed straight from
/// the tool's export without a separate `incentive import` step. The folder is removed by
/// `remove()`.
struct ImportOverlay: Sendable {
  /// The scratch folder holding the canonical files.
  let path: String
  let result: ImportResult

  /// Imports every export file of `exportDirectory` (`ImportFile.exportFiles(at:)`), in name order.
  init(source: ImportSource, exportDirectory: String, options: ImportOptions = ImportOptions()) throws {
    let (files, ignored) = try ImportFile.exportFiles(at: [exportDirectory])
    var result = try source.read(files, options: options)
    result.ignoredFiles += ignored
    self.result = result
    path = NSTemporaryDirectory() + "incentive-source-" + UUID().uuidString
    _ = try result.write(to: path)
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
