import Foundation
import Testing

/// A report for standard output past a few megabytes is set aside in an unlinked temporary file and copied out once
/// the run has succeeded, not held as text: the bytes must be those of the same report written with `--output`, and
/// on a terminal every line escaped as a short report's are.
@Suite("Large reports on standard output")
struct SpooledOutputTests {
  /// A generated org of 3,000 people (about 5 MB of JSON, past the 4 MB held in memory) whose person E000007 is
  /// named with a line feed, a screen-clearing escape and a right-to-left override.
  static func org() throws -> String {
    let directory = NSTemporaryDirectory() + "incentive-spooled-" + UUID().uuidString
    let made = try CLIRunner.run(["generate", directory, "--engineers", "3000", "--events", "4000", "--seed", "5"])
    #expect(made.status == 0, "\(made.stderr)")
    let roster = directory + "/roster.csv"
    let text = try String(contentsOfFile: roster, encoding: .utf8)
    try text.replacingOccurrences(of: "E000007,Engineer 7,", with: "E000007,\"Eve\n\u{1B}[2J\u{202E}x\",")
      .write(toFile: roster, atomically: true, encoding: .utf8)
    return directory
  }

  @Test("standard output gets the bytes --output writes, on a pipe as they are and on a terminal escaped")
  func sameBytes() throws {
    let directory = try Self.org()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "-out.json"
    defer { try? FileManager.default.removeItem(atPath: file) }
    let written = try CLIRunner.run(["calculate", directory, "--format", "json", "--output", file, "--quiet"])
    #expect(written.status == 0, "\(written.stderr)")
    let expected = try String(contentsOfFile: file, encoding: .utf8)
    #expect(expected.utf8.count > 4 << 20)
    #expect(expected.contains("\"name\": \"Eve\\n\\u001b[2J\u{202E}x\""))
    let piped = try CLIRunner.run(["calculate", directory, "--format", "json", "--quiet"])
    #expect(piped.status == 0)
    #expect(piped.stdout == expected)
    guard CLIRunner.hasTerminalRunner else { return }
    let shown = try CLIRunner.runInTerminal(["calculate", directory, "--format", "json", "--quiet"])
    // JSON already writes the line feed and the escape as \n and \u001b; the terminal shows the override escaped.
    #expect(shown.stdout.contains("\"name\": \"Eve\\n\\u001b[2J\\u{202E}x\""))
    #expect(!shown.stdout.contains("\u{202E}"))
    // The terminal shows standard error too: the data warnings come first, then the report, whole.
    #expect(shown.stdout.hasSuffix(expected.replacingOccurrences(of: "\u{202E}", with: "\\u{202E}")))
  }
}
