import Testing

@testable import IncentiveKit

/// A document the parser must accept, with the value it must produce (built by hand, not by the parser).
struct ValidJSONCase: Sendable, CustomTestStringConvertible {
  var json: String
  var expected: JSONValue
  var testDescription: String { json.debugDescription }
}

/// A document the parser must reject, with the exact position and message a person would see.
struct InvalidJSONCase: Sendable, CustomTestStringConvertible {
  var bytes: [UInt8]
  var line: Int
  var column: Int
  var reason: String
  var testDescription: String { String(decoding: bytes, as: UTF8.self).debugDescription }

  init(_ json: String, _ line: Int, _ column: Int, _ reason: String) {
    self.init(bytes: Array(json.utf8), line, column, reason)
  }

  init(bytes: [UInt8], _ line: Int, _ column: Int, _ reason: String) {
    self.bytes = bytes
    self.line = line
    self.column = column
    self.reason = reason
  }
}

/// Parses `text` as file "t.json".
private func parseJSON(_ text: String, maxDepth: Int = 256) throws(InputError) -> JSONValue {
  try JSONParser.parse(Array(text.utf8), file: "t.json", maxDepth: maxDepth)
}

/// The error parsing `bytes` throws, or nil when it parses.
private func parseError(_ bytes: [UInt8], maxDepth: Int = 256) -> InputError? {
  do {
    _ = try JSONParser.parse(bytes, file: "t.json", maxDepth: maxDepth)
    return nil
  } catch {
    return error
  }
}

/// The message for invalid UTF-8 whose first bad sequence starts with byte `lead` (two hex digits).
private func utf8Error(_ lead: String) -> String {
  "invalid UTF-8 byte sequence starting with 0x\(lead); save the file as UTF-8"
}
private let endOfInput = "unexpected end of input"
private let badLiteral = "invalid literal (expected true, false or null)"
private let unquotedText = "invalid literal (expected true, false or null; strings need double quotes)"

@Suite("JSONParser")
struct JSONParserTests {
  static let validCases: [ValidJSONCase] = [
    ValidJSONCase(json: "null", expected: .null),
    ValidJSONCase(json: "true", expected: .bool(true)),
    ValidJSONCase(json: "false", expected: .bool(false)),
    ValidJSONCase(json: " \t\r\n 0 \r\n", expected: .number("0")),
    ValidJSONCase(json: "-0", expected: .number("-0")),
    ValidJSONCase(json: "0.15", expected: .number("0.15")),
    ValidJSONCase(json: "1e-3", expected: .number("1e-3")),
    ValidJSONCase(json: "1E+10", expected: .number("1E+10")),
    ValidJSONCase(json: "-12.50e-07", expected: .number("-12.50e-07")),
    ValidJSONCase(json: "12345678901234567890.123", expected: .number("12345678901234567890.123")),
    ValidJSONCase(json: "2800.00", expected: .number("2800.00")),
    ValidJSONCase(json: "1.0", expected: .number("1.0")),
    ValidJSONCase(json: "0e0", expected: .number("0e0")),
    ValidJSONCase(json: #""""#, expected: .string("")),
    ValidJSONCase(json: #""abc""#, expected: .string("abc")),
    ValidJSONCase(json: #""\"\\\/\b\f\n\r\t""#, expected: .string("\"\\/\u{8}\u{C}\n\r\t")),
    ValidJSONCase(json: #""\u00e9\u00E9\u0041""#, expected: .string("ééA")),
    ValidJSONCase(json: #""\u0000""#, expected: .string("\u{0}")),
    ValidJSONCase(json: #""\uD83D\uDE00 \ud834\udd1e""#, expected: .string("😀 𝄞")),
    ValidJSONCase(json: #""x\u2028y\uFFFF""#, expected: .string("x\u{2028}y\u{FFFF}")),
    ValidJSONCase(json: "\"日本 😀 é \u{7F}\"", expected: .string("日本 😀 é \u{7F}")),
    ValidJSONCase(json: #""a\nb\u00e9c""#, expected: .string("a\nbéc")),
    ValidJSONCase(json: "[]", expected: .array([])),
    ValidJSONCase(json: "[ \n ]", expected: .array([])),
    ValidJSONCase(json: "{}", expected: .object([])),
    ValidJSONCase(json: "{ \r\n }", expected: .object([])),
    ValidJSONCase(
      json: #"[1,[2,[]],{},"x",null,true]"#,
      expected: .array([
        .number("1"), .array([.number("2"), .array([])]), .object([]), .string("x"), .null, .bool(true),
      ])),
    ValidJSONCase(
      json: #"{"a": 1, "b": [true, null], "c": {"d": "e"}}"#,
      expected: .object([
        ("a", .number("1")), ("b", .array([.bool(true), .null])), ("c", .object([("d", .string("e"))])),
      ])),
    // Same key in different objects is fine.
    ValidJSONCase(
      json: #"{"a": {"a": 1}, "b": {"a": 2}}"#,
      expected: .object([("a", .object([("a", .number("1"))])), ("b", .object([("a", .number("2"))]))])),
    // Canonically equivalent but different code points: two distinct keys, as in any JSON reader.
    ValidJSONCase(
      json: "{\"\u{E9}\": 1, \"e\u{301}\": 2}",
      expected: .object([("\u{E9}", .number("1")), ("e\u{301}", .number("2"))])),
    ValidJSONCase(json: "{\"\": \"\"}", expected: .object([("", .string(""))])),
  ]

  @Test("accepts valid documents and keeps numbers as their source text", arguments: validCases)
  func validDocument(_ testCase: ValidJSONCase) throws {
    let value = try parseJSON(testCase.json)
    #expect(value == testCase.expected)
  }

  @Test("number text is kept byte for byte, never through Double")
  func exactNumberText() throws {
    let value = try parseJSON(#"[0.15, 1e-3, -0, 12345678901234567890.123, 0.1000]"#)
    #expect(value.arrayValue?.map(\.numberText) == ["0.15", "1e-3", "-0", "12345678901234567890.123", "0.1000"])
  }

  static let invalidCases: [InvalidJSONCase] = [
    // Missing or truncated input.
    InvalidJSONCase("", 1, 1, "empty document: expected a JSON value"),
    InvalidJSONCase("   \n  ", 2, 3, "empty document: expected a JSON value"),
    InvalidJSONCase("[1, 2", 1, 6, endOfInput),
    InvalidJSONCase("[1, 2,", 1, 7, endOfInput),
    InvalidJSONCase(#"{"a": 1"#, 1, 8, endOfInput),
    InvalidJSONCase(#"{"a""#, 1, 5, endOfInput),
    InvalidJSONCase(#"{"a":"#, 1, 6, endOfInput),
    InvalidJSONCase("{", 1, 2, endOfInput),
    InvalidJSONCase("-", 1, 2, endOfInput),
    InvalidJSONCase("1.", 1, 3, endOfInput),
    InvalidJSONCase("1e+", 1, 4, endOfInput),
    InvalidJSONCase("tru", 1, 4, endOfInput),
    InvalidJSONCase(#""abc"#, 1, 1, "unterminated string"),
    InvalidJSONCase("[\n  1, \"abc", 2, 6, "unterminated string"),
    InvalidJSONCase(#""ab\"#, 1, 1, "unterminated string"),
    InvalidJSONCase(#""\u12"#, 1, 1, "unterminated string"),
    // Separators.
    InvalidJSONCase("[1,]", 1, 3, "trailing comma before ']'"),
    InvalidJSONCase("[1 , \n ]", 1, 4, "trailing comma before ']'"),
    InvalidJSONCase(#"{"a":1,}"#, 1, 7, "trailing comma before '}'"),
    InvalidJSONCase(#"{"a":1 "b":2}"#, 1, 8, "expected ',' or '}' after object member"),
    InvalidJSONCase(#"{"a":1]"#, 1, 7, "expected ',' or '}' after object member"),
    InvalidJSONCase("[1 2]", 1, 4, "expected ',' or ']' after array element"),
    InvalidJSONCase("[1}", 1, 3, "expected ',' or ']' after array element"),
    InvalidJSONCase("[1 /* x */]", 1, 4, "expected ',' or ']' after array element"),
    InvalidJSONCase(#"{"a" 1}"#, 1, 6, "expected ':' after object key"),
    InvalidJSONCase(#"{"a"=1}"#, 1, 5, "expected ':' after object key"),
    InvalidJSONCase("{a:1}", 1, 2, "object keys must be strings in double quotes"),
    InvalidJSONCase("{'a':1}", 1, 2, "object keys must be in double quotes, not single quotes"),
    InvalidJSONCase("{,}", 1, 2, "expected a string key or '}' after '{'"),
    InvalidJSONCase("{1:2}", 1, 2, "expected a string key or '}' after '{'"),
    InvalidJSONCase(#"{"a":1,,}"#, 1, 8, "expected a string key after ','"),
    InvalidJSONCase("1 2", 1, 3, "unexpected text after the JSON value"),
    InvalidJSONCase("{} x", 1, 4, "unexpected text after the JSON value"),
    InvalidJSONCase("[]]", 1, 3, "unexpected text after the JSON value"),
    InvalidJSONCase("0x10", 1, 2, "unexpected text after the JSON value"),
    InvalidJSONCase("1.5.3", 1, 4, "unexpected text after the JSON value"),
    // Values.
    InvalidJSONCase(#"{"a":}"#, 1, 6, "expected a JSON value, found '}'"),
    InvalidJSONCase("[,1]", 1, 2, "expected a JSON value, found ','"),
    InvalidJSONCase("[1,,2]", 1, 4, "expected a JSON value, found ','"),
    InvalidJSONCase("]", 1, 1, "expected a JSON value, found ']'"),
    InvalidJSONCase("[\u{FEFF}1]", 1, 2, "expected a JSON value, found U+FEFF"),
    InvalidJSONCase("[\u{1}]", 1, 2, "expected a JSON value, found U+0001"),
    InvalidJSONCase("[\u{A0}]", 1, 2, "expected a JSON value, found U+00A0"),
    InvalidJSONCase("[é]", 1, 2, "expected a JSON value, found 'é' (U+00E9)"),
    InvalidJSONCase("['a']", 1, 2, "strings must be in double quotes, not single quotes"),
    InvalidJSONCase("// c\n1", 1, 1, "comments are not allowed in JSON"),
    InvalidJSONCase("# c\n1", 1, 1, "comments are not allowed in JSON"),
    InvalidJSONCase("trux", 1, 1, badLiteral),
    InvalidJSONCase("[nul]", 1, 2, badLiteral),
    InvalidJSONCase("nulll", 1, 1, badLiteral),
    InvalidJSONCase("[falsey]", 1, 2, badLiteral),
    InvalidJSONCase("True", 1, 1, unquotedText),
    InvalidJSONCase("[abc]", 1, 2, unquotedText),
    InvalidJSONCase("NaN", 1, 1, "NaN is not allowed in JSON (write null or a string)"),
    InvalidJSONCase("[Infinity]", 1, 2, "Infinity is not allowed in JSON (write null or a string)"),
    InvalidJSONCase("-Infinity", 1, 1, "-Infinity is not allowed in JSON (write null or a string)"),
    // Numbers.
    InvalidJSONCase("01", 1, 1, "number has a leading zero (write 7, not 07)"),
    InvalidJSONCase("-01", 1, 2, "number has a leading zero (write 7, not 07)"),
    InvalidJSONCase("[00]", 1, 2, "number has a leading zero (write 7, not 07)"),
    InvalidJSONCase("-a", 1, 2, "expected a digit after '-'"),
    InvalidJSONCase("[-]", 1, 3, "expected a digit after '-'"),
    InvalidJSONCase("[- 1]", 1, 3, "expected a digit after '-'"),
    InvalidJSONCase("[1.]", 1, 4, "expected a digit after '.' in number"),
    InvalidJSONCase("[1.e5]", 1, 4, "expected a digit after '.' in number"),
    InvalidJSONCase("[1e]", 1, 4, "expected a digit in the exponent of number"),
    InvalidJSONCase("[1e+]", 1, 5, "expected a digit in the exponent of number"),
    InvalidJSONCase("+1", 1, 1, "a number cannot start with '+'"),
    InvalidJSONCase(".5", 1, 1, "a number needs a digit before '.' (write 0.5, not .5)"),
    // Strings and escapes.
    InvalidJSONCase(#"["a\q"]"#, 1, 4, #"invalid escape \q"#),
    InvalidJSONCase(#""\x41""#, 1, 2, #"invalid escape \x"#),
    InvalidJSONCase("\"\\\u{1}\"", 1, 2, #"invalid escape: '\' followed by U+0001"#),
    InvalidJSONCase("\"\\é\"", 1, 2, #"invalid escape: '\' followed by 'é' (U+00E9)"#),
    InvalidJSONCase(#""\u12G4""#, 1, 2, #"invalid \u escape: expected 4 hex digits after \u"#),
    InvalidJSONCase(#""\u12""#, 1, 2, #"invalid \u escape: expected 4 hex digits after \u"#),
    InvalidJSONCase(#""\uD800""#, 1, 2, #"unpaired surrogate \uD800 in string"#),
    InvalidJSONCase(#""ab\udbff""#, 1, 4, #"unpaired surrogate \udbff in string"#),
    InvalidJSONCase(#""\uDC00\uD800""#, 1, 2, #"unpaired surrogate \uDC00 in string"#),
    InvalidJSONCase(#""\uD83D\u0041""#, 1, 2, #"unpaired surrogate \uD83D in string"#),
    InvalidJSONCase(#""\uD83D\uD83D""#, 1, 2, #"unpaired surrogate \uD83D in string"#),
    InvalidJSONCase("\"a\tb\"", 1, 3, #"control character U+0009 in string must be escaped as \t"#),
    InvalidJSONCase("\"a\nb\"", 1, 3, #"control character U+000A in string must be escaped as \n"#),
    InvalidJSONCase("\"\u{1}\"", 1, 2, #"control character U+0001 in string must be escaped as \u0001"#),
    InvalidJSONCase("\"\u{1F}\"", 1, 2, #"control character U+001F in string must be escaped as \u001F"#),
    // Invalid UTF-8: stray, overlong, encoded surrogate, past U+10FFFF, truncated, outside strings.
    InvalidJSONCase(bytes: [0x22, 0x61, 0xFF, 0x22], 1, 3, utf8Error("FF")),
    InvalidJSONCase(bytes: [0x22, 0x80, 0x22], 1, 2, utf8Error("80")),
    InvalidJSONCase(bytes: [0x22, 0xC0, 0x80, 0x22], 1, 2, utf8Error("C0")),
    InvalidJSONCase(bytes: [0x22, 0xC3, 0x28, 0x22], 1, 2, utf8Error("C3")),
    InvalidJSONCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, utf8Error("ED")),
    InvalidJSONCase(bytes: [0x22, 0xE0, 0x80, 0x80, 0x22], 1, 2, utf8Error("E0")),
    InvalidJSONCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, 2, utf8Error("F4")),
    InvalidJSONCase(bytes: [0x22, 0xE6, 0x97], 1, 2, utf8Error("E6")),
    InvalidJSONCase(bytes: [0x5B, 0xFF, 0x5D], 1, 2, utf8Error("FF")),
    InvalidJSONCase(bytes: Array(#"["日本",  "#.utf8) + [0xF8], 1, 9, utf8Error("F8")),
    InvalidJSONCase(bytes: [0x22, 0x5C, 0xC3, 0x22], 1, 3, utf8Error("C3")),
    // Duplicate keys, reported at the second key.
    InvalidJSONCase(#"{"a":1,"a":2}"#, 1, 8, #"duplicate key "a""#),
    InvalidJSONCase(#"{"a\nb":1,"a\u000ab":2}"#, 1, 11, #"duplicate key "a\nb""#),
    InvalidJSONCase("{\"x\": {\"k\": 1,\n  \"k\": 2}}", 2, 3, #"duplicate key "k""#),
    // Columns count Unicode scalars, after multi-byte text, escapes and CRLF line ends.
    InvalidJSONCase("{\r\n  \"名前\": \"値\",\r\n  \"x\": tru\r\n}", 3, 8, badLiteral),
    InvalidJSONCase(#"{"名前": "値", "x": 01}"#, 1, 18, "number has a leading zero (write 7, not 07)"),
    InvalidJSONCase(#"["😀", x]"#, 1, 7, unquotedText),
    InvalidJSONCase(#"["\u00e9\n", 01]"#, 1, 14, "number has a leading zero (write 7, not 07)"),
    InvalidJSONCase("[\"é\"\r\n,\"😀😀\" \"z\"]", 2, 7, "expected ',' or ']' after array element"),
    // The byte order mark is skipped and not counted as a column; only at the very start.
    InvalidJSONCase(bytes: [0xEF, 0xBB, 0xBF] + Array("[1,]".utf8), 1, 3, "trailing comma before ']'"),
    InvalidJSONCase(bytes: [0xEF, 0xBB, 0xBF], 1, 1, "empty document: expected a JSON value"),
    InvalidJSONCase(bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x31], 1, 1, "expected a JSON value, found U+FEFF"),
    InvalidJSONCase(bytes: [0xEF, 0xBB], 1, 1, utf8Error("EF")),
  ]

  @Test("rejects malformed documents with the exact line, column and message", arguments: invalidCases)
  func invalidDocument(_ testCase: InvalidJSONCase) {
    #expect(
      parseError(testCase.bytes)
        == .malformed(file: "t.json", line: testCase.line, column: testCase.column, reason: testCase.reason))
  }

  @Test("error text names file, line and column")
  func errorDescription() {
    let error = parseError(Array("{\n  \"a\": [1,]\n}".utf8))
    #expect(error?.description == "t.json:2:10: trailing comma before ']'")
  }

  @Test("a UTF-8 byte order mark at the start is skipped and positions start after it")
  func byteOrderMark() throws {
    let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8), file: "t.json")
    #expect(value == .object([("a", .number("1"))]))
    #expect(value.line == 1 && value.column == 1)
    #expect(value["a"]?.column == 7)
  }

  @Test("positions of nested values and keys across CRLF line ends and multi-byte characters")
  func positions() throws {
    let text = "{\r\n  \"名前\": \"値\",\r\n  \"list\": [1, {\"k\": true}],\r\n  \"😀\": null\r\n}\r\n"
    let root = try parseJSON(text)
    #expect(root.line == 1 && root.column == 1)
    let members = try #require(root.objectMembers)
    #expect(members.map(\.key) == ["名前", "list", "😀"])
    #expect(members.map(\.keyLine) == [2, 3, 4])
    #expect(members.map(\.keyColumn) == [3, 3, 3])
    #expect(members.map(\.value.line) == [2, 3, 4])
    #expect(members.map(\.value.column) == [9, 11, 8])
    let list = try #require(root["list"]?.arrayValue)
    #expect(list.map(\.line) == [3, 3])
    #expect(list.map(\.column) == [12, 15])
    let inner = try #require(list[1].objectMembers?.first)
    #expect(inner.key == "k" && inner.keyLine == 3 && inner.keyColumn == 16)
    #expect(inner.value.line == 3 && inner.value.column == 21)
  }

  @Test("positions after strings with escapes count source characters, not decoded ones")
  func positionsAfterEscapes() throws {
    // `["\u00e9\t", 5]`: the escapes take 8 columns of source for 2 decoded characters.
    let list = try #require(try parseJSON(#"["\u00e9\t", 5]"#).arrayValue)
    #expect(list[0].stringValue == "é\t")
    #expect(list[1].line == 1 && list[1].column == 14)
  }

  @Test("nesting up to maxDepth parses; one level more is refused without building it")
  func depthLimit() throws {
    var value = try parseJSON(String(repeating: "[", count: 256) + String(repeating: "]", count: 256))
    var depth = 0
    while let elements = value.arrayValue {
      depth += 1
      guard let first = elements.first else { break }
      value = first
    }
    #expect(depth == 256)
    let reason = "JSON nesting deeper than 256 arrays and objects"
    let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
    #expect(parseError(Array(tooDeep.utf8)) == .limitExceeded(file: "t.json", line: 1, reason: reason))
    let objects = String(repeating: #"{"a":"#, count: 257) + "1" + String(repeating: "}", count: 257)
    #expect(parseError(Array(objects.utf8)) == .limitExceeded(file: "t.json", line: 1, reason: reason))
    #expect(
      parseError(Array("[\n{\"a\":\n[]}]".utf8), maxDepth: 2)
        == .limitExceeded(file: "t.json", line: 3, reason: "JSON nesting deeper than 2 arrays and objects"))
    #expect(try parseJSON("7", maxDepth: 0) == .number("7"))
  }

  @Test("a million nested brackets neither overflow the stack nor get built")
  func millionDeep() {
    let opening = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
    #expect(
      parseError(opening + [UInt8](repeating: UInt8(ascii: "]"), count: 1_000_000))
        == .limitExceeded(file: "t.json", line: 1, reason: "JSON nesting deeper than 256 arrays and objects"))
    // With the limit lifted the parser still only uses heap: the truncated input fails at its end.
    #expect(
      parseError(opening, maxDepth: .max)
        == .malformed(file: "t.json", line: 1, column: 1_000_001, reason: endOfInput))
  }

  @Test("duplicate keys are found in large objects too, at the duplicate's position")
  func duplicateKeyInLargeObject() {
    // 40 members (more than the linear-scan limit), one per line, then "k5" again on line 42.
    let members = (0..<40).map { "  \"k\($0)\": \($0)" } + ["  \"k5\": 0"]
    let text = "{\n" + members.joined(separator: ",\n") + "\n}"
    #expect(
      parseError(Array(text.utf8)) == .malformed(file: "t.json", line: 42, column: 3, reason: #"duplicate key "k5""#))
    let unique = "{\n" + members.dropLast().joined(separator: ",\n") + "\n}"
    #expect((try? parseJSON(unique))?.objectMembers?.count == 40)
  }

  @Test("JSON Lines: blank lines skipped, each value carries its own line")
  func jsonLines() throws {
    let text = "{\"a\": 1}\n\n   \r\n  [\"x\", 2]\r\n\"s\"\n"
    let values = try JSONParser.parseLines(Array(text.utf8), file: "t.jsonl")
    #expect(values == [.object([("a", .number("1"))]), .array([.string("x"), .number("2")]), .string("s")])
    #expect(values.map(\.line) == [1, 4, 5])
    #expect(values.map(\.column) == [1, 3, 1])
    #expect(values[1].arrayValue?.map(\.column) == [4, 9])
    #expect(try JSONParser.parseLines([], file: "t.jsonl") == [])
    #expect(try JSONParser.parseLines(Array("\n \n\r\n".utf8), file: "t.jsonl") == [])
    let withMark = try JSONParser.parseLines([0xEF, 0xBB, 0xBF] + Array("1\n2".utf8), file: "t.jsonl")
    #expect(withMark == [.number("1"), .number("2")])
    #expect(withMark.map(\.line) == [1, 2])
  }

  @Test("JSON Lines errors report the line in the whole file")
  func jsonLinesErrors() {
    func linesError(_ text: String) -> InputError? {
      do {
        _ = try JSONParser.parseLines(Array(text.utf8), file: "t.jsonl")
        return nil
      } catch {
        return error
      }
    }
    #expect(
      linesError("{\"a\":1}\n[2]\n{\"b\": }\n{}")
        == .malformed(file: "t.jsonl", line: 3, column: 7, reason: "expected a JSON value, found '}'"))
    #expect(
      linesError("[1,\n2]")
        == .malformed(
          file: "t.jsonl", line: 1, column: 4,
          reason: "unexpected end of line (each line must hold one complete JSON value)"))
    #expect(
      linesError("1\n\n\"é\" 2")
        == .malformed(file: "t.jsonl", line: 3, column: 5, reason: "unexpected text after the JSON value"))
    #expect(
      linesError("{}\n{\"k\":1,\"k\":2}")
        == .malformed(file: "t.jsonl", line: 2, column: 8, reason: #"duplicate key "k""#))
  }

  @Test("accessors return the payload for their kind and nil otherwise")
  func accessors() throws {
    let value = try parseJSON(#"{"s": "x", "n": 2.50, "b": false, "a": [null], "o": {}}"#)
    #expect(value["s"]?.stringValue == "x")
    #expect(value["n"]?.numberText == "2.50")
    #expect(value["b"]?.boolValue == false)
    #expect(value["a"]?.arrayValue == [.null])
    #expect(value["a"]?.arrayValue?.first?.isNull == true)
    #expect(value["o"]?.objectMembers == [])
    #expect(value["missing"] == nil)
    #expect(value["s"]?.numberText == nil)
    #expect(value["n"]?.stringValue == nil)
    #expect(value["s"]?["s"] == nil)
    #expect(value.arrayValue == nil)
    #expect(value.boolValue == nil)
  }

  @Test("equality ignores positions but not number text or key bytes")
  func equality() throws {
    #expect(try parseJSON("\n  [1]") == .array([.number(1)]))
    #expect(JSONValue.number("1.0") != .number("1"))
    #expect(JSONValue.string("\u{E9}") != .string("e\u{301}"))
    #expect(JSONValue.object([("\u{E9}", .null)]) != .object([("e\u{301}", .null)]))
    #expect(JSONValue.object([("a", .null), ("b", .null)]) != .object([("b", .null), ("a", .null)]))
    #expect(JSONValue(.null, line: 3, column: 4) == .null)
    #expect(JSONValue.bool(true) != .string("true"))
  }

  @Test("number text check follows the JSON grammar")
  func numberTextCheck() {
    for text in ["0", "-0", "1.5", "1e5", "1E-5", "-12.0e+3", "12345678901234567890"] {
      #expect(JSONParser.isNumberText(text), "\(text)")
    }
    for text in ["", "-", "01", "1.", ".5", "+1", "1e", "1e+", "NaN", "1 ", "0x1", "１"] {
      #expect(!JSONParser.isNumberText(text), "\(text)")
    }
  }
}
