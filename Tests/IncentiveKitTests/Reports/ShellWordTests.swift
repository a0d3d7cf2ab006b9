import Foundation
import Testing

@_spi(Synthetic) @testable import IncentiveKit

/// `init` prints commands a person pastes into a shell; the folder in them must be one word meaning itself.
@Suite("Shell words: a path in a suggested command means itself")
struct ShellWordTests {
  @Test(
    "plain words stay bare, others are single-quoted with each quote written '\\''",
    arguments: [
      ("Fixtures/acme", "Fixtures/acme"),
      ("/tmp/q-1/org_2026.Q3@x+y=z:1,2", "/tmp/q-1/org_2026.Q3@x+y=z:1,2"),
      ("x; touch PWNED", "'x; touch PWNED'"),
      ("my org", "'my org'"),
      ("it's", #"'it'\''s'"#),
      ("$(id)", "'$(id)'"),
      ("`id`", "'`id`'"),
      ("~/org", "'~/org'"),
      ("a*b", "'a*b'"),
      ("-rf", "./-rf"),
      ("-x y", "'./-x y'"),
      ("", "''"),
      ("équipe", "'équipe'"),
    ])
  func quoted(value: String, expected: String) {
    #expect(ShellWord.quoted(value) == expected)
  }

  /// Every quoted word, read back by `/bin/sh`, is the value (or `./` and the value, for one starting with `-`).
  @Test("sh reads each quoted word back as the value")
  func roundTrip() throws {
    let pieces = ["a", " ", "'", "\"", "\\", "$", "`", ";", "|", "&", "*", "?", "[", "]", "~", "#", "!", "\t", "\n", "é", "-", "(", ")", "{", "}", "<", ">"]
    var random = SeededGenerator(seed: 42)
    var values = ["x; touch PWNED", "it's", "''", "\\'"]
    for _ in 0..<200 {
      values.append((0..<Int(1 + random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
    }
    let script = values.map { "printf '%s\\0' " + ShellWord.quoted($0) }.joined(separator: "\n")
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = ["-c", script]
    let output = Pipe()
    shell.standardOutput = output
    try shell.run()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    let read = bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    #expect(read == values.map { $0.hasPrefix("-") ? "./" + $0 : $0 })
  }
}
