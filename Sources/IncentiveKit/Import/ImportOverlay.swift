import Foundation

/// An export imported on the fly into a scratch folder that overlays a dataset
/// (`calculate DATASET --source devlake DIR`), so payouts can be computed straight from
/// the tool's export without a separate `incentive import` step. The folder is removed by
/// `remove()`.
struct ImportOverlay: Sendable {
  /// The scratch folder holding the canonical files.
  let path: String
  let result: ImportResult
  /// The export files read, which no output of the run may replace.
  let exportFiles: [String]

  /// Imports every export file of `exportDirectory` (`ImportFile.exportFiles(at:)`), in name order.
  init(source: ImportSource, exportDirectory: String, options: ImportOptions = ImportOptions()) throws {
    let (files, ignored) = try ImportFile.exportFiles(at: [exportDirectory])
    var result = try source.read(files, options: options)
    result.ignoredFiles += ignored
    self.result = result
    exportFiles = files.map(\.path)
    path = NSTemporaryDirectory() + "incentive-source-" + UUID().uuidString
    // Removed by `remove()`, or by a terminating signal (`TemporaryFiles`).
    TemporaryFiles.register(path)
    _ = try result.write(to: path)
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
    TemporaryFiles.unregister(path)
  }
}
