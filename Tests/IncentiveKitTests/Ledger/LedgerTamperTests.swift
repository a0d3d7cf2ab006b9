import Foundation
@testable import IncentiveKit
import Testing

/// Damages a ledger of four entries the ways an editor, a script or a crash could, and checks that
/// verification names the first bad line (1-based) with a reason that says what happened.
@Suite("Ledger tampering")
struct LedgerTamperTests {
  typealias Fixtures = GovernanceFixtures

  /// Writes a ledger of four entries and returns it with its lines (without newlines).
  static func ledger(in directory: String) throws -> (Ledger, [[UInt8]]) {
    let ledger = Ledger(path: directory + "/ledger.jsonl")
    for minute in 0..<4 {
      try ledger.append(Fixtures.entry(minute: minute, payouts: ["e1": "28\(minute)0.00", "e2": "1500.50"]))
    }
    let lines = try Fixtures.readBytes(ledger.path).split(separator: 0x0A).map(Array.init)
    return (ledger, lines)
  }

  static func write(_ lines: [[UInt8]], to ledger: Ledger) throws {
    try Fixtures.writeBytes(lines.flatMap { $0 + [0x0A] }, to: ledger.path)
  }

  /// The line with its `hash` recomputed, as a forger who knows the format would do.
  static func rehashed(_ line: [UInt8]) -> [UInt8] {
    let body = Array(line.dropLast(75)) + Array("}".utf8)
    return body.dropLast() + Array(",\"hash\":\"\(SHA256.hexDigest(body))\"}".utf8)
  }

  static func replacing(_ text: String, with replacement: String, in line: [UInt8]) -> [UInt8] {
    let original = String(decoding: line, as: UTF8.self)
    precondition(original.contains(text), "fixture line lacks \(text)")
    return Array(original.replacingOccurrences(of: text, with: replacement).utf8)
  }

  static func brokenLine(_ ledger: Ledger) throws -> (Int, String)? {
    guard case .broken(let line, let reason) = try ledger.verify() else { return nil }
    return (line, reason)
  }

  @Test("the untouched ledger is intact")
  func intact() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, _) = try Self.ledger(in: directory)
      #expect(try ledger.verify() == .intact(count: 4))
    }
  }

  @Test("editing a payout in line 2 breaks line 2 (hash mismatch)")
  func editedPayout() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      var edited = lines
      edited[1] = Self.replacing("\"2810.00\"", with: "\"2910.00\"", in: lines[1])
      try Self.write(edited, to: ledger)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 2)
      #expect(broken.1.contains("edited"))
    }
  }

  @Test("changing any single byte of line 2 breaks line 2")
  func everyByteOfLine2() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      for offset in lines[1].indices {
        var edited = lines
        edited[1][offset] ^= 0x01
        try Self.write(edited, to: ledger)
        let line = try Self.brokenLine(ledger)?.0
        #expect(line == 2, "byte \(offset) ('\(UnicodeScalar(lines[1][offset]))')")
      }
    }
  }

  @Test("removing line 2 breaks line 2: the entry now there says seq 3")
  func removedLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write([lines[0], lines[2], lines[3]], to: ledger)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 2)
      #expect(broken.1.contains("seq 3") && broken.1.contains("removed"))
    }
  }

  @Test("swapping lines 2 and 3 breaks line 2")
  func swappedLines() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write([lines[0], lines[2], lines[1], lines[3]], to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 2)
    }
  }

  @Test("an inserted copy of an entry with a changed payout breaks at the inserted line")
  func insertedNaiveForgery() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      let forged = Self.replacing("\"2810.00\"", with: "\"9999.00\"", in: lines[1])
      try Self.write([lines[0], lines[1], forged, lines[2], lines[3]], to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 3)
    }
  }

  @Test("a forged line with correct seq, prev and hash is caught at the next line, whose prev no longer fits")
  func insertedCarefulForgery() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      let forged = Self.rehashed(Self.replacing("\"2810.00\"", with: "\"9999.00\"", in: lines[1]))
      try Self.write([lines[0], forged, lines[1], lines[2], lines[3]], to: ledger)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 3)
      #expect(broken.1.contains("seq 2") && broken.1.contains("inserted"))
    }
  }

  @Test("a rehashed edit of line 2 is caught at line 3 by prev")
  func rehashedEdit() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      var edited = lines
      edited[1] = Self.rehashed(Self.replacing("\"2810.00\"", with: "\"9999.00\"", in: lines[1]))
      try Self.write(edited, to: ledger)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 3)
      #expect(broken.1.contains("prev") && broken.1.contains("line 2"))
    }
  }

  @Test("a duplicated (replayed) line breaks at the copy")
  func duplicatedLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write([lines[0], lines[1], lines[1], lines[2], lines[3]], to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 3)
    }
  }

  @Test("truncating the file mid-line breaks the last line")
  func truncatedMidLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, _) = try Self.ledger(in: directory)
      let bytes = try Fixtures.readBytes(ledger.path)
      try Fixtures.writeBytes(Array(bytes.dropLast(40)), to: ledger.path)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 4)
      #expect(broken.1.contains("no newline"))
      #expect(throws: LedgerError.broken(path: ledger.path, line: 4, reason: broken.1)) {
        try ledger.append(Fixtures.entry(minute: 9))
      }
      #expect(try Fixtures.readBytes(ledger.path) == Array(bytes.dropLast(40)), "nothing is added to a broken ledger")
    }
  }

  @Test("a line that only lost its newline is reported as cut short")
  func missingFinalNewline() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, _) = try Self.ledger(in: directory)
      let bytes = try Fixtures.readBytes(ledger.path)
      try Fixtures.writeBytes(Array(bytes.dropLast()), to: ledger.path)
      #expect(try Self.brokenLine(ledger)?.0 == 4)
    }
  }

  @Test("an empty line, or a blank line at the end, breaks at that line")
  func emptyLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write([lines[0], [], lines[1]], to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 2)
      try Self.write(lines + [[]], to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 5)
    }
  }

  @Test("a rehashed line with extra spacing is refused as not written by the ledger")
  func nonCanonical() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      var edited = lines
      edited[0] = Self.rehashed(Self.replacing("\"seq\":1,", with: "\"seq\": 1,", in: lines[0]))
      try Self.write(edited, to: ledger)
      let broken = try #require(try Self.brokenLine(ledger))
      #expect(broken.0 == 1)
      #expect(broken.1.contains("not in the form the ledger writes"))
    }
  }

  @Test("removing the first line breaks line 1")
  func removedFirstLine() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write(Array(lines.dropFirst()), to: ledger)
      #expect(try Self.brokenLine(ledger)?.0 == 1)
    }
  }

  /// A hash chain without an outside anchor cannot tell a ledger cut at a line boundary from a shorter
  /// one; only the entry count (and the last hash) show it, so callers should report both.
  @Test("dropping whole lines at the end shows only in the entry count (documented limit)")
  func droppedTail() throws {
    try Fixtures.withScratchDirectory { directory in
      let (ledger, lines) = try Self.ledger(in: directory)
      try Self.write(Array(lines.dropLast()), to: ledger)
      #expect(try ledger.verify() == .intact(count: 3))
    }
  }
}
