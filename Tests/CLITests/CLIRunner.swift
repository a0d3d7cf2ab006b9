import Foundation

/// Runs the built `incentive` binary as a user would and captures what it printed.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CLIRunner {
  /// The package root, from this file's location.
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary built next to the test bundle (`swift test` builds it: CLITests depends on it).
  static let binary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for directory in [beside, beside.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
      let candidate = directory.appendingPathComponent("incentive")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return root.appendingPathComponent(".build/debug/incentive")
  }()

  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> CLIResult {
    try run(executable: binary, arguments, in: directory, environment: environment)
  }

  /// util-linux `script`, which runs a command on a pseudo-terminal: how tests see what a person
  /// at a terminal sees.
  static let script = "/usr/bin/script"

  static var hasTerminalRunner: Bool { FileManager.default.isExecutableFile(atPath: script) }

  /// Runs the binary with stdout and stderr on a pseudo-terminal; both land in `stdout`, with
  /// the terminal's CRLF line ends turned back into LF.
  static func runInTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
    let command = ([binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
    var merged = ProcessInfo.processInfo.environment
    merged.removeValue(forKey: "NO_COLOR")
    merged.merge(environment) { $1 }
    var result = try run(executable: URL(fileURLWithPath: script), ["-qec", command, "/dev/null"], environment: merged)
    result.stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    return result
  }

  static func run(
    executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
  ) throws -> CLIResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? root
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so a large output can't fill a pipe and deadlock.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A new folder under the temporary directory holding `files` (name → text), for a test's own dataset or
  /// exports; the test removes it.
  static func scratchDirectory(_ prefix: String, files: [String: String] = [:]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "incentive-\(prefix)-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// A scratch copy of a fixture dataset, for tests that break a file.
  static func copyFixture(_ name: String) throws -> URL {
    let destination = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("incentive-cli-" + UUID().uuidString)
    try FileManager.default.copyItem(at: root.appendingPathComponent("Fixtures/\(name)"), to: destination)
    return destination
  }
}

extension CLIRunner {
  /// Replaces the first `find` in `file` of a scratch dataset; fails the test when it is absent.
  static func edit(_ directory: URL, _ file: String, replacing find: String, with replacement: String) throws {
    let path = directory.appendingPathComponent(file)
    let original = try String(contentsOf: path, encoding: .utf8)
    guard let range = original.range(of: find) else {
      throw CLITestFailure(message: "\(find) not found in \(file)")
    }
    try original.replacingCharacters(in: range, with: replacement).write(to: path, atomically: true, encoding: .utf8)
  }

  /// The file's permission bits.
  static func mode(of path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}

/// A precondition of a test that did not hold (a fixture changed under it).
struct CLITestFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
