import Foundation
import Testing

/// Standard output that can't be written (`> file` on a full disk, here `/dev/full`, which fails every write with
/// ENOSPC) is an error on standard error with exit code 2, not a crash; standard error that can't be written
/// changes nothing but what is said.
@Suite("standard output or error that can't be written", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
struct StandardStreamFailureTests {
  /// Runs the binary with `stdout` (and `stderr`, unless captured) on `/dev/full`.
  static func run(_ arguments: [String], stderrToo: Bool = false) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = CLIRunner.root
    process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let err = Pipe()
    process.standardError = stderrToo ? try #require(FileHandle(forWritingAtPath: "/dev/full")) : err
    try process.run()
    let errData = stderrToo ? Data() : err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
  }

  @Test(
    "every way a command prints is refused cleanly",
    arguments: [
      ["calculate", "Fixtures/acme", "--format", "csv", "--quiet"],
      ["calculate", "Fixtures/acme", "--quiet"],
      ["calculate", "Fixtures/acme", "--format", "json", "--quiet"],
      ["explain", "Fixtures/acme", "--engineer", "E03", "--quiet"],
      ["version"], ["--version"], ["--help"], ["calculate", "--help"], ["completions", "bash"],
    ])
  func standardOutput(arguments: [String]) throws {
    let (status, stderr) = try Self.run(arguments)
    #expect(status == 2, "\(arguments): \(stderr)")
    #expect(stderr.contains("error: cannot write to standard output: No space left on device"), "\(stderr)")
    #expect(!stderr.contains("Fatal error"))
  }

  @Test("a failed run whose error can't be said still exits with its code, not a crash")
  func standardError() throws {
    let (status, _) = try Self.run(["calculate", "Fixtures/acme", "--output", "/nonexistent/payouts.csv"], stderrToo: true)
    #expect(status == 2)
    let (ok, _) = try Self.run(["calculate", "Fixtures/acme", "--output", "/dev/null/x"], stderrToo: true)
    #expect(ok == 2)
  }
}
