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

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
