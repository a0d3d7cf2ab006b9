import Foundation

/// A dataset folder written from literal file contents for one test, removed afterwards.
public final class TemporaryDataset {
  public let path: String

  public init(_ files: [String: String]) throws {
    path = NSTemporaryDirectory() + "incentive-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, contents) in files {
      try Data(contents.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }
  }

  /// A copy of the dataset folder `source` with `edits` applied to the named files' text.
  public convenience init(copying source: String, editing edits: [String: (String) -> String] = [:]) throws {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: source) {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: source + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
      files[name] = edits[name].map { $0(text) } ?? text
    }
    try self.init(files)
  }

  /// A path inside the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
