import Foundation
import Testing

@testable import IncentiveKit

/// The attacks a plain hash chain can't stop (a full rewrite with recomputed hashes, a dropped last
/// entry) and what stops them: a key (HMAC-SHA-256) and a head kept outside the ledger.
@Suite("Ledger keys and anchors")
struct LedgerAnchorTests {
  typealias Fixtures = GovernanceFixtures

  /// A key of 32 bytes, as `openssl rand -hex 16` would write one (hex text is the key's bytes).
  static let key = LedgerKey(bytes: Array("00112233445566778899aabbccddeeff".utf8))

  static func lines(_ path: String) throws -> [[UInt8]] {
    try Fixtures.readBytes(path).split(separator: 0x0A).map(Array.init)
  }

  /// Rewrites every line from `start` (0-based) with `prev` recomputed from the line before and the
  /// final digest recomputed: SHA-256, or HMAC-SHA-256 under `guessedKey`, as a forger would.
  static func forged(_ lines: [[UInt8]], from start: Int, guessedKey: [UInt8]? = nil) -> [[UInt8]] {
    var out = lines
    for index in start..<lines.count {
      var text = String(decoding: out[index], as: UTF8.self)
      let prev = index == 0 ? String(repeating: "0", count: 64) : SHA256.hexDigest(out[index - 1])
      let prevRange = text.range(of: "\"prev\":\"")!
      let prevStart = prevRange.upperBound
      let prevEnd = text.index(prevStart, offsetBy: 64)
      text.replaceSubrange(prevStart..<prevEnd, with: prev)
      // The body is the line without its last member (`,"hash":"…"` or `,"hmac":"…"`, 74 bytes) plus "}".
      let body = Array(text.utf8.dropLast(75)) + Array("}".utf8)
      let member = text.utf8.dropLast(67).suffix(6)  // `hash":` or `hmac":`
      let name = String(decoding: member.prefix(4), as: UTF8.self)
      let digest = guessedKey.map { HMACSHA256.hexDigest(key: $0, body) } ?? SHA256.hexDigest(body)
      out[index] = body.dropLast() + Array(",\"\(name)\":\"\(digest)\"}".utf8)
    }
    return out
  }

  static func write(_ lines: [[UInt8]], to path: String) throws {
    try Fixtures.writeBytes(lines.flatMap { $0 + [0x0A] }, to: path)
  }

  /// RFC 4231 section 4 test cases 1, 2, 3, 4, 6 and 7 (case 5 truncates the tag, which we never do).
  @Test(
    "HMAC-SHA-256 matches RFC 4231's test vectors",
    arguments: [
      (
        String(repeating: "0b", count: 20), "4869205468657265",
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
      ),
      (
        "4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
      ),
      (
        String(repeating: "aa", count: 20), String(repeating: "dd", count: 50),
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
      ),
      (
        "0102030405060708090a0b0c0d0e0f10111213141516171819", String(repeating: "cd", count: 50),
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
      ),
      (
        String(repeating: "aa", count: 131),
        "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
      ),
      (
        String(repeating: "aa", count: 131),
        "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
      ),
    ])
  func rfc4231(key: String, data: String, expected: String) {
    func bytes(_ hex: String) -> [UInt8] {
      var out: [UInt8] = []
      var index = hex.startIndex
      while index < hex.endIndex {
        let next = hex.index(index, offsetBy: 2)
        out.append(UInt8(hex[index..<next], radix: 16)!)
        index = next
      }
      return out
    }
    #expect(HMACSHA256.hexDigest(key: bytes(key), bytes(data)) == expected)
  }

  @Test("an unkeyed ledger rewritten from line 2 with recomputed hashes verifies, but not against the kept head")
  func unkeyedRewrite() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      for minute in 0..<3 { try ledger.append(Fixtures.entry(minute: minute)) }
      let kept = try #require(try ledger.head())
      var lines = try Self.lines(ledger.path)
      lines[1] = Array(
        String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "2800.00", with: "9800.00").utf8)
      try Self.write(Self.forged(lines, from: 1), to: ledger.path)
      // The chain alone can't tell: that is the attack.
      #expect(try ledger.verify() == .intact(count: 3))
      let anchored = try LedgerWorkflow.verify(ledger.path, anchor: .head(kept))
      #expect(anchored.exitCode == 1)
      #expect(anchored.output.contains("not at the kept head \(kept)"))
    }
  }

  @Test("a keyed ledger rewritten with recomputed digests, without the key, fails at the first forged line")
  func keyedRewrite() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl", key: Self.key)
      for minute in 0..<3 { try ledger.append(Fixtures.entry(minute: minute)) }
      #expect(try ledger.verify() == .intact(count: 3))
      var lines = try Self.lines(ledger.path)
      #expect(lines.allSatisfy { String(decoding: $0, as: UTF8.self).contains("\"hmac\":\"") })
      lines[1] = Array(
        String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "2800.00", with: "9800.00").utf8)
      // The forger guesses a key (or uses plain SHA-256): either way line 2 fails.
      try Self.write(Self.forged(lines, from: 1, guessedKey: Array("guessed-key-guessed-key".utf8)), to: ledger.path)
      guard case .broken(let line, let reason) = try ledger.verify() else {
        Issue.record("a forged keyed ledger verified")
        return
      }
      #expect(line == 2)
      #expect(reason.contains("HMAC-SHA-256"))
      // Re-sealed as plain SHA-256 lines: refused too, a keyed ledger is keyed from its first entry.
      try Self.write(
        Self.forged(
          try Self.lines(ledger.path).map { line in
            Array(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\"hmac\":", with: "\"hash\":").utf8)
          }, from: 0), to: ledger.path)
      #expect(try { if case .broken(1, _) = try ledger.verify() { true } else { false } }())
    }
  }

  @Test("a keyed ledger can't be read or extended without its key")
  func keyRequired() throws {
    try Fixtures.withScratchDirectory { directory in
      let path = directory + "/ledger.jsonl"
      try Ledger(path: path, key: Self.key).append(Fixtures.entry(minute: 0))
      #expect(throws: LedgerError.keyRequired(path: path, line: 1)) { try Ledger(path: path).verify() }
      #expect(throws: LedgerError.keyRequired(path: path, line: 1)) {
        try Ledger(path: path).append(Fixtures.entry(minute: 1))
      }
    }
  }

  @Test("dropping the last entry (the close) is caught by --head, and --contains accepts later entries")
  func droppedClose() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try ledger.append(Fixtures.entry(minute: 0))
      let first = try #require(try ledger.head())
      try ledger.append(Fixtures.entry(.close, minute: 1))
      let closeHead = try #require(try ledger.head())
      #expect(try LedgerWorkflow.verify(ledger.path, anchor: .head(closeHead)).exitCode == 0)
      #expect(try LedgerWorkflow.verify(ledger.path, anchor: .contains(first)).exitCode == 0)
      #expect(try LedgerWorkflow.verify(ledger.path, anchor: .head(first)).output.contains("the 1 entries after it"))

      try Self.write(Array(try Self.lines(ledger.path).prefix(1)), to: ledger.path)
      #expect(try ledger.verify() == .intact(count: 1))
      let result = try LedgerWorkflow.verify(ledger.path, anchor: .head(closeHead))
      #expect(result.exitCode == 1)
      #expect(result.output.contains("entries were removed from the end"))
      #expect(try LedgerWorkflow.verify(ledger.path, anchor: .contains(closeHead)).exitCode == 1)
      #expect(throws: LedgerError.malformedHead("xyz")) { try LedgerWorkflow.verify(ledger.path, anchor: .head("xyz")) }
    }
  }

  @Test("ledger head prints the last entry's hash field, alone on its line")
  func headOutput() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try ledger.append(Fixtures.entry(minute: 0))
      let line = try #require(try Self.lines(ledger.path).last)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      let hash = try #require(object["hash"] as? String)
      #expect(try LedgerWorkflow.head(ledger.path).output == hash + "\n")
    }
  }

  @Test("a torn last line is repaired by removing it (saved beside the ledger) and recording a repair entry")
  func repairTorn() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      for minute in 0..<2 { try ledger.append(Fixtures.entry(minute: minute)) }
      let intact = try Fixtures.readBytes(ledger.path)
      // A crash half-way through appending a third entry: 100 bytes of it reached the disk.
      let torn = Array(Fixtures.entry(minute: 2).jsonLine(includingHash: true).prefix(100))
      try Fixtures.writeBytes(intact + torn, to: ledger.path)
      #expect(try ledger.verify() == .incomplete(line: 3, intact: 2))
      #expect(throws: LedgerError.self) { try ledger.append(Fixtures.entry(minute: 3)) }

      guard case .removedIncompleteLine(let removed, let recorded) = try ledger.repair() else {
        Issue.record("not repaired as an incomplete line")
        return
      }
      let digest = SHA256.hexDigest(torn)
      let saved = directory + "/ledger.jsonl.incomplete-3-" + digest.prefix(12)
      #expect(removed == LedgerEntry.RemovedLine(line: 3, bytes: 100, sha256: digest, savedAs: saved))
      #expect(try Fixtures.readBytes(saved) == torn)
      #expect(Fixtures.mode(of: saved) == 0o600)
      // The two entries are untouched; the repair is the third line, chained to the second.
      let lines = try Self.lines(ledger.path)
      #expect(lines.count == 3)
      #expect(Array(lines[0...1].joined(separator: [0x0A])) + [0x0A] == intact)
      #expect(recorded.seq == 3)
      #expect(recorded.kind == .repair)
      #expect(recorded.prev == SHA256.hexDigest(lines[1]))
      #expect(recorded.user == Ledger.currentUser())
      #expect(recorded.removed == removed)
      #expect(try ledger.verify() == .intact(count: 3))
      #expect(try ledger.entries().last == recorded)
      #expect(try LedgerWorkflow.head(ledger.path).output == recorded.hash + "\n")
      try ledger.append(Fixtures.entry(minute: 3))
      #expect(try ledger.verify() == .intact(count: 4))
    }
  }

  @Test("a repair entry is one line with its removed bytes, digest and file, and no run fields")
  func repairEntryLine() throws {
    var entry = LedgerEntry(
      repairing: LedgerEntry.RemovedLine(
        line: 3, bytes: 100, sha256: String(repeating: "ab", count: 32), savedAs: "l.jsonl.incomplete-3-abababababab"),
      time: "2026-11-25T10:00:00Z", user: "alice")
    entry.seq = 3
    entry.toolVersion = "1.0.0"
    entry.prev = String(repeating: "0", count: 64)
    entry.hash = String(repeating: "1", count: 64)
    let expected =
      "{\"seq\":3,\"kind\":\"repair\",\"time\":\"2026-11-25T10:00:00Z\",\"tool_version\":\"1.0.0\","
      + "\"user\":\"alice\",\"reason\":null,\"removed\":{\"line\":3,\"bytes\":100,\"sha256\":\""
      + String(repeating: "ab", count: 32) + "\",\"saved_as\":\"l.jsonl.incomplete-3-abababababab\"},"
      + "\"prev\":\"" + String(repeating: "0", count: 64) + "\",\"hash\":\"" + String(repeating: "1", count: 64) + "\"}"
    #expect(String(decoding: entry.jsonLine(includingHash: true), as: UTF8.self) == expected)
    #expect(try LedgerEntry(jsonLine: Array(expected.utf8)) == entry)
  }

  @Test("a keyed ledger's repair entry is sealed with the key; verify needs the key to accept it")
  func repairKeyed() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl", key: Self.key)
      for minute in 0..<2 { try ledger.append(Fixtures.entry(minute: minute)) }
      let intact = try Fixtures.readBytes(ledger.path)
      try Fixtures.writeBytes(intact + Array("{\"seq\":3,\"ki".utf8), to: ledger.path)
      #expect(throws: LedgerError.keyRequired(path: ledger.path, line: 1)) { try Ledger(path: ledger.path).repair() }
      guard case .removedIncompleteLine(_, let recorded) = try ledger.repair() else {
        Issue.record("not repaired as an incomplete line")
        return
      }
      #expect(recorded.seal == .hmacSHA256)
      let line = try #require(try Self.lines(ledger.path).last)
      let body = Array(line.dropLast(75)) + Array("}".utf8)
      #expect(recorded.hash == HMACSHA256.hexDigest(key: Self.key.bytes, body))
      #expect(try ledger.verify() == .intact(count: 3))
    }
  }

  @Test("ledger history shows a repair entry's row and what it removed")
  func repairInHistory() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      try ledger.append(Fixtures.entry(minute: 0))
      let intact = try Fixtures.readBytes(ledger.path)
      let torn = Array("{\"seq\":2,\"kind\":\"calc".utf8)
      try Fixtures.writeBytes(intact + torn, to: ledger.path)
      _ = try ledger.repair()
      let text = try LedgerWorkflow.history(ledger.path).output
      let digest = SHA256.hexDigest(torn)
      let row = text.split(separator: "\n").map { $0.split(separator: " ") }.first { $0.first == "2" }
      #expect(row?.prefix(2) == ["2", "repair"], "\(text)")
      #expect(
        text.hasSuffix(
          "\nRepairs (incomplete final lines removed by `incentive ledger repair`):\n"
            + "  line 2: removed line 2, 21 bytes, SHA-256 \(digest), saved in \(ledger.path).incomplete-2-\(digest.prefix(12))\n"
        ), "\(text)")
    }
  }

  @Test("a last line that only lost its newline is a complete entry: repair adds the newline, keeps the entry")
  func repairKeepsCompleteEntry() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      for minute in 0..<3 { try ledger.append(Fixtures.entry(minute: minute)) }
      let bytes = try Fixtures.readBytes(ledger.path)
      try Fixtures.writeBytes(Array(bytes.dropLast()), to: ledger.path)
      #expect(try ledger.repair() == .completedLine(line: 3))
      #expect(try Fixtures.readBytes(ledger.path) == bytes)
    }
  }

  @Test("repair refuses an intact ledger and tampering")
  func repairRefuses() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      for minute in 0..<2 { try ledger.append(Fixtures.entry(minute: minute)) }
      #expect(throws: LedgerError.self) { try ledger.repair() }
      let lines = try Self.lines(ledger.path)
      try Self.write([lines[1]], to: ledger.path)
      #expect(throws: LedgerError.self) { try ledger.repair() }
      #expect(try Self.lines(ledger.path) == [lines[1]], "nothing removed")
    }
  }

  @Test("retract removes only its own entry, and only when it is the last line")
  func retract() throws {
    try Fixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      let first = try ledger.append(Fixtures.entry(minute: 0))
      let second = try ledger.append(Fixtures.entry(minute: 1))
      #expect(ledger.retract(first) == false)
      #expect(ledger.retract(second) == true)
      #expect(try ledger.entries() == [first])
    }
  }

  @Test("a key file needs at least 16 bytes; one trailing newline is not part of the key")
  func keyFile() throws {
    try Fixtures.withScratchDirectory { directory in
      let path = directory + "/key"
      try Fixtures.writeBytes(Array("0123456789abcdef\n".utf8), to: path)
      #expect(try LedgerKey(file: path).bytes == Array("0123456789abcdef".utf8))
      try Fixtures.writeBytes(Array("short\n".utf8), to: path)
      #expect(throws: LedgerError.self) { try LedgerKey(file: path) }
      #expect(throws: LedgerError.self) { try LedgerKey(file: directory) }
      #expect(throws: LedgerError.self) {
        try LedgerKey.resolve(keyFile: nil, environment: [LedgerKey.environmentVariable: path + "-missing"])
      }
      #expect(try LedgerKey.resolve(keyFile: nil, environment: [:]) == nil)
    }
  }
}
