import Foundation
import Testing

@testable import IncentiveKit

/// `check` reads its golden file as a stream: the same figures and the same errors (file, line,
/// column) as reading it whole, whatever the size of the piece read at a time.
@Suite("Golden files read as a stream")
struct GoldenStreamTests {
  static let usd = Currency(code: "USD")!

  /// Three lines every document below starts with.
  static let head =
    "{\"plan\": {\"name\": \"p\", \"version\": \"1\", \"sha256\": \"abc\"},\n"
    + " \"period\": {\"from\": \"2026-07-01\", \"to\": \"2026-09-30\"},\n"
    + " \"currency\": \"USD\",\n"

  static let golden =
    head
    + " \"engineers\": [\n"
    + "  {\"engineer_id\": \"e1\", \"name\": \"Ana\", \"team\": \"core\", \"target\": \"1000.00\", \"multiplier\": \"1.25\","
    + " \"payout\": \"1250.00\",\n"
    + "   \"components\": [{\"id\": \"dora\", \"multiplier\": \"1.2500\", \"amount\": \"1250.00\"}]},\n"
    + "  {\"engineer_id\": \"e2\", \"name\": null, \"team\": \"core\", \"target\": \"800.00\", \"multiplier\": \"0.50\","
    + " \"payout\": \"400.00\",\n"
    + "   \"components\": [], \"extras\": [{\"kind\": \"oncall\", \"amount\": \"50.00\"}, {\"kind\": \"oncall\", \"amount\": \"25.50\"}]}\n"
    + " ],\n"
    + " \"teams\": [{\"team\": \"core\", \"headcount\": 2, \"payout\": \"1650.00\"}],\n"
    + " \"total\": \"1650.00\", \"extras_total\": \"75.50\", \"tool_version\": \"0.9.0\", \"metrics\": {\"x\": [1, 2]}}\n"

  /// `golden`'s figures, written out by hand.
  static var expected: PayoutSnapshot {
    var snapshot = PayoutSnapshot(
      planName: "p", planVersion: "1", planSHA256: "abc", period: "2026-07-01..2026-09-30", currency: usd,
      engineers: [
        .init(
          id: "e1", name: "Ana", currency: usd, team: "core", target: Money(minorUnits: 100_000),
          multiplier: FixedDecimal(units: 125, scale: 2), payout: Money(minorUnits: 125_000),
          components: [.init(id: "dora", multiplier: FixedDecimal(units: 12_500, scale: 4), amount: Money(minorUnits: 125_000))]),
        .init(
          id: "e2", name: nil, currency: usd, team: "core", target: Money(minorUnits: 80_000),
          multiplier: FixedDecimal(units: 50, scale: 2), payout: Money(minorUnits: 40_000), components: [],
          // 50.00 + 25.50
          extras: ["oncall": Money(minorUnits: 7_550)]),
      ],
      teams: [.init(team: "core", headcount: 2, payout: Money(minorUnits: 165_000))], total: Money(minorUnits: 165_000),
      extrasTotal: Money(minorUnits: 7_550))
    snapshot.toolVersion = "0.9.0"
    return snapshot
  }

  static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
    try withFile(Array(text.utf8), body)
  }

  static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("golden.json").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return try body(path)
  }

  @Test("a golden read a piece at a time gives the figures worked out by hand", arguments: [1, 2, 7, 64, 1 << 20])
  func figures(chunkBytes: Int) throws {
    let snapshot = try Self.withFile(Self.golden) { path in
      try PayoutSnapshot(streamingFrom: path, limit: 1 << 20, chunkBytes: chunkBytes)
    }
    #expect(snapshot == Self.expected)
    #expect(snapshot.toolVersion == "0.9.0")
  }

  @Test("a byte order mark is skipped and columns count from after it")
  func byteOrderMark() throws {
    let text = "{\"plan\": 1 2}"
    try Self.withFile([0xEF, 0xBB, 0xBF] + Array(text.utf8)) { path in
      #expect(throws: InputError.malformed(file: path, line: 1, column: 12, reason: "expected ',' or '}' after object member")) {
        try PayoutSnapshot(streamingFrom: path, limit: 1 << 20, chunkBytes: 3)
      }
    }
  }

  /// Malformed documents and where each error is, counted by hand: line, column, reason.
  static let malformed: [(String, Int, Int, String)] = [
    // ` "teams": [` is 11 characters; the object after it 50 more, so the comma is at column 62.
    (
      head + " \"engineers\": [],\n \"teams\": [{\"team\": \"core\", \"headcount\": 0, \"payout\": \"0.00\"},]}",
      5, 62, "trailing comma before ']'"
    ),
    (head + " \"currency\": \"EUR\"}", 4, 2, "duplicate key \"currency\""),
    (head + " \"engineers\": [{\"engineer_id\": \"e1\"", 4, 36, "unexpected end of input"),
    (head + " \"engineers\": [], \"teams\": [], \"total\": \"0.00\"} x", 4, 49, "unexpected text after the JSON value"),
    (head + " \"engineers\" []", 4, 14, "expected ':' after object key"),
    (
      head + " \"engineers\": [{\"engineer_id\": \"e1\", \"team\": \"core\", \"target\": \"1.001\"}]}",
      4, 64, "engineers[].target: \"1.001\" is not an amount in USD (at most 2 decimals, below 10^15)"
    ),
    (head + " \"engineers\": [{\"engineer_id\": }]", 4, 32, "expected a JSON value, found '}'"),
    (head + " \"engineers\": {}}", 4, 15, "document.engineers: expected an array"),
    (head + " \"engineers\": []}", 1, 1, "document has no \"teams\"; is this `incentive calculate --format json` output?"),
    ("[1]", 1, 1, "document is not an object"),
    ("{}", 1, 1, "document has no \"plan\"; is this `incentive calculate --format json` output?"),
    (" \n ", 2, 2, "empty document: expected a JSON value"),
  ]

  @Test("errors keep the line and column worked out by hand", arguments: [1, 5, 1 << 20])
  func errors(chunkBytes: Int) throws {
    for (text, line, column, reason) in Self.malformed {
      try Self.withFile(text) { path in
        #expect(throws: InputError.malformed(file: path, line: line, column: column, reason: reason), "\(text)") {
          try PayoutSnapshot(streamingFrom: path, limit: 1 << 20, chunkBytes: chunkBytes)
        }
        // Read whole, the same document gives the same error.
        #expect(throws: InputError.malformed(file: path, line: line, column: column, reason: reason), "\(text)") {
          try PayoutSnapshot(json: try JSONParser.parse(Array(text.utf8), file: path), file: path)
        }
      }
    }
  }

  @Test("amounts each within the contract but together past a quarter of 2^63 are refused, not totalled into a trap")
  func sumBound() throws {
    // 999,999,999,999,999 cents a payout (the most an amount may be): 2,306 of them are 2.306 × 10^18, past
    // Int64.max / 4 = 2,305,843,009,213,693,951; 2,305 are not.
    func document(_ people: Int) -> String {
      let row = "{\"engineer_id\": \"eID\", \"team\": \"core\", \"target\": \"0.00\", \"multiplier\": \"1\", "
        + "\"payout\": \"9999999999999.99\", \"components\": []}"
      let rows = (0..<people).map { row.replacingOccurrences(of: "ID", with: String($0)) }
      return Self.head + " \"engineers\": [" + rows.joined(separator: ",\n") + "],\n"
        + " \"teams\": [{\"team\": \"core\", \"headcount\": 1, \"payout\": \"0.00\"}], \"total\": \"0.00\"}\n"
    }
    let read = try Self.withFile(document(2_305)) { path in try PayoutSnapshot(streamingFrom: path, limit: 1 << 24) }
    #expect(read.engineers.count == 2_305)
    try Self.withFile(document(2_306)) { path in
      do {
        _ = try PayoutSnapshot(streamingFrom: path, limit: 1 << 24)
        Issue.record("expected the sums to be refused")
      } catch {
        #expect(String(describing: error).contains("its amounts add up past what a report can total"), "\(error)")
      }
    }
  }

  @Test("a golden over the limit is refused before it is read; a directory is not a file")
  func limits() throws {
    try Self.withFile("{\"plan\": 1}") { path in
      #expect(
        throws: InputError.unreadable(
          file: path, reason: "it is 11 bytes, over the 10-byte limit for this kind of file (docs/security.md)")
      ) {
        try PayoutSnapshot(streamingFrom: path, limit: 10)
      }
      let directory = (path as NSString).deletingLastPathComponent
      #expect(
        throws: InputError.unreadable(
          file: directory, reason: "it is a directory, not a regular file; only regular files are read")
      ) {
        try PayoutSnapshot(streamingFrom: directory, limit: 10)
      }
    }
  }

  @Test("a value longer than the piece read at a time is read whole")
  func longValue() throws {
    let name = String(repeating: "é", count: 5_000)
    let text = Self.golden.replacingOccurrences(of: "\"Ana\"", with: "\"\(name)\"")
    let snapshot = try Self.withFile(text) { path in
      try PayoutSnapshot(streamingFrom: path, limit: 1 << 20, chunkBytes: 16)
    }
    #expect(snapshot.engineers[0].name == name)
  }
}
