import Testing

@testable import IncentiveKit

/// A value built in code and the exact text Python writes for the same document.
struct WriterCase: Sendable, CustomTestStringConvertible {
  var name: String
  var value: JSONValue
  /// `json.dumps(doc, indent=2, ensure_ascii=False) + "\n"`
  var pretty: String
  /// `json.dumps(doc, separators=(",", ":"), ensure_ascii=False)`
  var compact: String
  var testDescription: String { name }
}

@Suite("JSONWriter")
struct JSONWriterTests {
  // Every expected text below was produced by Python 3.11 with, for each document DOC,
  //   python3 -c 'import json; d = DOC; print(repr(json.dumps(d, indent=2, ensure_ascii=False) + "\n"));
  //               print(repr(json.dumps(d, separators=(",", ":"), ensure_ascii=False)))'
  static let cases: [WriterCase] = [
    // DOC = {"plan": {"name": "Q3 \"eng\" plan", "version": "1.2"}, "engineers": [{"engineer_id": "e1",
    //   "payout": "2800.00", "headcount": 4, "ratio": 0.15, "tiny": 1e-05, "neg": -0.0,
    //   "big": 12345678901234567890, "notes": [], "meta": {}, "ok": True, "no": False, "x": None}],
    //   "total": "5600.00"}
    WriterCase(
      name: "report-shaped object",
      value: .object([
        ("plan", .object([("name", .string("Q3 \"eng\" plan")), ("version", .string("1.2"))])),
        (
          "engineers",
          .array([
            .object([
              ("engineer_id", .string("e1")), ("payout", .string("2800.00")), ("headcount", .number(4)),
              ("ratio", .number("0.15")), ("tiny", .number("1e-05")), ("neg", .number("-0.0")),
              ("big", .number("12345678901234567890")), ("notes", .array([])), ("meta", .object([])),
              ("ok", .bool(true)), ("no", .bool(false)), ("x", .null),
            ])
          ])
        ),
        ("total", .string("5600.00")),
      ]),
      pretty: #"""
        {
          "plan": {
            "name": "Q3 \"eng\" plan",
            "version": "1.2"
          },
          "engineers": [
            {
              "engineer_id": "e1",
              "payout": "2800.00",
              "headcount": 4,
              "ratio": 0.15,
              "tiny": 1e-05,
              "neg": -0.0,
              "big": 12345678901234567890,
              "notes": [],
              "meta": {},
              "ok": true,
              "no": false,
              "x": null
            }
          ],
          "total": "5600.00"
        }

        """#,
      compact: #"""
        {"plan":{"name":"Q3 \"eng\" plan","version":"1.2"},"engineers":[{"engineer_id":"e1","payout":"2800.00","headcount":4,"ratio":0.15,"tiny":1e-05,"neg":-0.0,"big":12345678901234567890,"notes":[],"meta":{},"ok":true,"no":false,"x":null}],"total":"5600.00"}
        """#),
    // DOC = "\x00\x01\x1f\x7f\b\f\n\r\t\"\\/ é 日本 😀 \u2028"
    WriterCase(
      name: "string escapes",
      value: .string("\u{0}\u{1}\u{1F}\u{7F}\u{8}\u{C}\n\r\t\"\\/ é 日本 😀 \u{2028}"),
      pretty: #""\u0000\u0001\u001f\#u{7F}\b\f\n\r\t\"\\/ é 日本 😀 \#u{2028}""# + "\n",
      compact: #""\u0000\u0001\u001f\#u{7F}\b\f\n\r\t\"\\/ é 日本 😀 \#u{2028}""#),
    // DOC = [[], {}, [[]], [{}], {"a": [1, [2, {"b": {}}]]}]
    WriterCase(
      name: "nested and empty containers",
      value: .array([
        .array([]), .object([]), .array([.array([])]), .array([.object([])]),
        .object([("a", .array([.number(1), .array([.number(2), .object([("b", .object([]))])])]))]),
      ]),
      pretty: """
        [
          [],
          {},
          [
            []
          ],
          [
            {}
          ],
          {
            "a": [
              1,
              [
                2,
                {
                  "b": {}
                }
              ]
            ]
          }
        ]

        """,
      compact: #"[[],{},[[]],[{}],{"a":[1,[2,{"b":{}}]]}]"#),
    // DOC = {"café": "naïve", "": "", "k\ny": "tab\there"}
    WriterCase(
      name: "keys with non-ASCII, empty and escaped text",
      value: .object([("café", .string("naïve")), ("", .string("")), ("k\ny", .string("tab\there"))]),
      pretty: #"""
        {
          "café": "naïve",
          "": "",
          "k\ny": "tab\there"
        }

        """#,
      compact: #"{"café":"naïve","":"","k\ny":"tab\there"}"#),
    // DOC = "abc", 1, None, [], {}
    WriterCase(name: "top-level string", value: .string("abc"), pretty: "\"abc\"\n", compact: "\"abc\""),
    WriterCase(name: "top-level number", value: .number(1), pretty: "1\n", compact: "1"),
    WriterCase(name: "top-level null", value: .null, pretty: "null\n", compact: "null"),
    WriterCase(name: "empty array", value: .array([]), pretty: "[]\n", compact: "[]"),
    WriterCase(name: "empty object", value: .object([]), pretty: "{}\n", compact: "{}"),
  ]

  @Test("pretty output is byte-identical to Python's json.dumps(indent=2, ensure_ascii=False)", arguments: cases)
  func pretty(_ testCase: WriterCase) {
    #expect(JSONWriter.pretty(testCase.value) == testCase.pretty)
    #expect(Array(JSONWriter.pretty(testCase.value).utf8) == Array(testCase.pretty.utf8))
  }

  @Test("compact output is byte-identical to Python's separators=(',', ':')", arguments: cases)
  func compact(_ testCase: WriterCase) {
    #expect(Array(JSONWriter.compact(testCase.value).utf8) == Array(testCase.compact.utf8))
  }

  @Test("Python's text parses and is written back byte for byte", arguments: cases)
  func pythonTextRoundTrip(_ testCase: WriterCase) throws {
    let fromPretty = try JSONParser.parse(Array(testCase.pretty.utf8), file: "py.json")
    #expect(fromPretty == testCase.value)
    #expect(Array(JSONWriter.pretty(fromPretty).utf8) == Array(testCase.pretty.utf8))
    let fromCompact = try JSONParser.parse(Array(testCase.compact.utf8), file: "py.json")
    #expect(Array(JSONWriter.compact(fromCompact).utf8) == Array(testCase.compact.utf8))
  }

  @Test("all control characters are escaped as Python escapes them; DEL and non-ASCII stay raw")
  func controlCharacters() {
    // python3 -c 'import json; print(json.dumps("".join(chr(i) for i in range(32)) + "\x7f\u0080\u00a0\ufeff",
    //   ensure_ascii=False).encode("unicode_escape").decode())'
    let expected =
      #""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#
      + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"#
      + "\u{7F}\u{80}\u{A0}\u{FEFF}\""
    let text =
      String(String.UnicodeScalarView((0..<32).map { Unicode.Scalar(UInt8($0)) })) + "\u{7F}\u{80}\u{A0}\u{FEFF}"
    #expect(JSONWriter.quoted(text) == expected)
    #expect(JSONWriter.compact(.string(text)) == expected)
  }

  @Test("numbers are written as their text, unchanged")
  func numbersVerbatim() {
    let value = JSONValue.array([.number("0.10"), .number("1E+2"), .number("-0"), .number(-42), .number(UInt64.max)])
    #expect(JSONWriter.compact(value) == "[0.10,1E+2,-0,-42,18446744073709551615]")
  }

  @Test("duplicate-free member order is kept as stored, not sorted")
  func memberOrder() {
    let value = JSONValue.object([("b", .number(1)), ("a", .number(2))])
    #expect(JSONWriter.compact(value) == #"{"b":1,"a":2}"#)
    #expect(value.description == #"{"b":1,"a":2}"#)
  }

  @Test("parse → write → parse gives the same value and the same text")
  func roundTrip() throws {
    let source = """
      {"a": [1, 2.50, -0, 1e-3, {"b": null, "c": [true, false]}], "s": "\\u00e9\\n\\ud83d\\ude00\\t\\"\\\\",
       "empty": {}, "none": [], "é": "日本", "deep": [[[[{"x": [[]]}]]]]}
      """
    let first = try JSONParser.parse(Array(source.utf8), file: "a.json")
    let pretty = JSONWriter.pretty(first)
    let second = try JSONParser.parse(Array(pretty.utf8), file: "b.json")
    #expect(second == first)
    #expect(JSONWriter.pretty(second) == pretty)
    let compact = JSONWriter.compact(first)
    #expect(try JSONParser.parse(Array(compact.utf8), file: "c.json") == first)
    #expect(second["s"]?.stringValue == "é\n😀\t\"\\")
    #expect(second["a"]?.arrayValue?.map(\.numberText) == ["1", "2.50", "-0", "1e-3", nil])
  }

  @Test("compact lines read back as JSON Lines")
  func jsonLinesRoundTrip() throws {
    let values: [JSONValue] = [
      .object([("entry", .number(1)), ("note", .string("line\nbreak"))]), .array([]), .string("x"),
    ]
    let text = values.map(JSONWriter.compact).joined(separator: "\n") + "\n"
    let parsed = try JSONParser.parseLines(Array(text.utf8), file: "ledger.jsonl")
    #expect(parsed == values)
    #expect(parsed.map(\.line) == [1, 2, 3])
  }

  /// Each character that needs an escape, at every offset of a string long enough to be read eight bytes at a
  /// time, with non-ASCII text after it or before it: the word-at-a-time scan must find every one wherever it falls.
  static let escapeOffsets: [(String, Int)] = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\t"].flatMap { special in
    (0...20).map { (special, $0) }
  }

  @Test("an escape is found wherever it falls in a long string", arguments: escapeOffsets)
  func escapeAtEveryOffset(special: String, offset: Int) {
    let after = String(repeating: "a", count: offset) + special + "é€" + String(repeating: "b", count: 20 - offset)
    let before = "€" + String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20 - offset)
    for text in [after, before] {
      #expect(Array(JSONWriter.quoted(text).utf8) == Self.referenceQuoted(text))
    }
  }

  @Test("long text without escapes, ASCII or not, is written as it is")
  func longTextWithoutEscapes() {
    let texts = [
      String(repeating: "abcdefgh", count: 5), String(repeating: "日本語 ", count: 7),
      "\u{7F}\u{80}" + String(repeating: "ü", count: 12),
    ]
    for text in texts {
      #expect(JSONWriter.quoted(text) == "\"" + text + "\"")
    }
  }

  /// Python's escaping, byte by byte, written independently of `JSONWriter`.
  static func referenceQuoted(_ text: String) -> [UInt8] {
    var out: [UInt8] = [0x22]
    let hex = Array("0123456789abcdef".utf8)
    for byte in text.utf8 {
      switch byte {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x08: out += Array("\\b".utf8)
      case 0x09: out += Array("\\t".utf8)
      case 0x0A: out += Array("\\n".utf8)
      case 0x0C: out += Array("\\f".utf8)
      case 0x0D: out += Array("\\r".utf8)
      case ..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      default: out.append(byte)
      }
    }
    out.append(0x22)
    return out
  }
}

