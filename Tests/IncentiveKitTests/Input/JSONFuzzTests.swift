import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

@Suite("JSON parser robustness")
struct JSONFuzzTests {
  /// Bytes that steer random input into the parser's interesting states, mixed with arbitrary bytes.
  static let alphabet: [UInt8] =
    Array(#"{}[],:"\ u0123456789abcdefDEtrufalsnl-+.eE"#.utf8) + [
      0x0A, 0x0D, 0x09, 0x00, 0x7F, 0xC3, 0xA9, 0xE6, 0x97, 0xA5, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0xFF, 0xEF, 0xBB,
      0xBF,
    ]

  static let corpus: [String] = [
    #"{"a": [1, 2.5e-3, -0, true, false, null], "b": {"c": "d\u00e9\n"}, "e": []}"#,
    "[\"日本\", \"😀\", {\"k\": \"\\ud83d\\ude00\"}, 12345678901234567890.123]",
    "{\r\n  \"x\": {\"y\": [[], {}, [{\"z\": 0}]]},\r\n  \"w\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"\r\n}\r\n",
    "{\"a\":1}\n[2]\n\n\"s\"\n",
  ]

  /// Parses `bytes` both as a document and as JSON Lines and checks what must hold whatever the input: no crash,
  /// only the documented errors, positions inside the input, and a round trip for anything accepted.
  func check(_ bytes: [UInt8], iteration: Int) {
    let lineCount = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
    do {
      let value = try JSONParser.parse(bytes, file: "f.json")
      let compact = JSONWriter.compact(value)
      #expect(try JSONParser.parse(Array(compact.utf8), file: "f.json") == value, "iteration \(iteration)")
      let pretty = JSONWriter.pretty(value)
      #expect(try JSONParser.parse(Array(pretty.utf8), file: "f.json") == value, "iteration \(iteration)")
    } catch {
      switch error {
      case .malformed(let file, let line, let column, let reason):
        #expect(file == "f.json" && (1...lineCount).contains(line) && column >= 1 && !reason.isEmpty)
        // A column is at most one past the line's last character (each character is at least one byte).
        let lineBytes = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[line - 1]
        #expect(column <= lineBytes.count + 1, "iteration \(iteration)")
      default:
        Issue.record("iteration \(iteration): unexpected error \(error)")
      }
    }
    do {
      let values = try JSONParser.parseLines(bytes, file: "f.jsonl")
      for value in values { #expect((1...lineCount).contains(value.line)) }
    } catch {
      guard case .malformed(_, let line, _, _) = error, (1...lineCount).contains(line) else {
        Issue.record("iteration \(iteration): unexpected JSON Lines error \(error)")
        return
      }
    }
  }

  @Test("random byte strings never crash the parser")
  func randomBytes() {
    var random = SplitMix64(state: 0x1CE_2026)
    for iteration in 0..<20_000 {
      let length = random.below(48)
      let bytes = (0..<length).map { _ in
        random.below(4) == 0
          ? UInt8(truncatingIfNeeded: random.next()) : Self.alphabet[random.below(Self.alphabet.count)]
      }
      check(bytes, iteration: iteration)
    }
  }

  @Test("random mutations of valid documents never crash the parser")
  func mutatedDocuments() {
    var random = SplitMix64(state: 42)
    var accepted = 0
    for iteration in 0..<20_000 {
      var bytes = Array(Self.corpus[random.below(Self.corpus.count)].utf8)
      for _ in 0..<(1 + random.below(3)) {
        let index = random.below(bytes.count + 1)
        let byte =
          random.below(2) == 0
          ? Self.alphabet[random.below(Self.alphabet.count)] : UInt8(truncatingIfNeeded: random.next())
        switch random.below(4) {
        case 0 where index < bytes.count: bytes[index] = byte
        case 1: bytes.insert(byte, at: index)
        case 2 where index < bytes.count: bytes.remove(at: index)
        default:
          // Duplicate a random slice, which repeats keys and brackets.
          let end = min(bytes.count, index + random.below(12))
          bytes.insert(contentsOf: bytes[index..<end], at: index)
        }
      }
      if (try? JSONParser.parse(bytes, file: "f.json")) != nil { accepted += 1 }
      check(bytes, iteration: iteration)
    }
    // Some mutations (inside strings, digit changes) keep a document valid; all of them failing would mean the
    // loop only exercises the error paths.
    #expect(accepted > 100)
  }
}
