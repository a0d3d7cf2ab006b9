import Foundation

extension ImportResult {
  /// Writes every canonical file into `directory` (created when missing), each atomically.
  ///
  /// Every file is rendered and checked before the first is written, so a bad row leaves
  /// the folder as it was. Files the import did not produce are left alone, so several
  /// imports (DevLake deployments, then PagerDuty incidents) can fill one dataset.
  ///
  /// - Returns: the paths written, in table order.
  func write(to directory: String) throws -> [String] {
    var rendered: [(String, [UInt8])] = []
    for table in tables {
      rendered.append((table.fileName, try table.renderedCSV()))
    }
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw OutputError.cannotCreate(path: directory, reason: "cannot create the dataset folder")
      }
    } else if !isDirectory.boolValue {
      throw OutputError.cannotCreate(path: directory, reason: "exists and is not a folder")
    }
    var written: [String] = []
    for (name, bytes) in rendered {
      let path = Dataset.join(name, in: directory)
      try AtomicFile.write(bytes, to: path, mode: 0o644)
      written.append(path)
    }
    return written
  }
}
