@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit
import Testing

// Nested in the suite so these helper names cannot clash with other test files in the module.
extension CSVParserTests {
  /// One table row: an input and the records (as text) and record start lines it must give.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let records: [[String]]
    let lines: [Int]

    var testDescription: String { name }
  }

  /// One table row for an input that must fail, with the exact error.
  struct ErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    var maxFieldBytes = 16 << 20
    var maxFields = 10_000
    let error: InputError

    var testDescription: String { name }
  }

  /// Everything a parse yields through the public API: each record's texts and the line it starts on.
  struct Parsed: Equatable {
    var records: [[String]] = []
    var lines: [Int] = []
  }
}

// The messages as the parser's contract states them, written out here rather than taken from the parser.
private let unterminated = "unterminated quoted field (opened here)"
private let quoteInUnquoted = "unexpected \" inside an unquoted field; quote the whole field and double inner quotes"
private let textAfterQuote = "unexpected text after closing quote"
private let notUTF8 = "text is not valid UTF-8; save the file as UTF-8"

/// Reads every record through the public API, as a dataset loader would.
private func parse(_ bytes: [UInt8], maxFieldBytes: Int = 16 << 20, maxFields: Int = 10_000) throws(InputError)
  -> CSVParserTests.Parsed
{
  var parser = CSVParser(bytes: bytes, file: "test.csv", maxFieldBytes: maxFieldBytes, maxFields: maxFields)
  var fields: [CSVField] = []
  var parsed = CSVParserTests.Parsed()
  while try parser.nextRecord(into: &fields) {
    var values: [String] = []
    for (index, field) in fields.enumerated() {
      values.append(try parser.string(field, column: index + 1))
    }
    parsed.records.append(values)
    parsed.lines.append(parser.recordLine)
  }
  return parsed
}

private func parse(_ text: String) throws(InputError) -> CSVParserTests.Parsed {
  try parse(Array(text.utf8))
}

@Suite("CSVParser")
struct CSVParserTests {
  static let plainCases: [Case] = [
    Case(
      name: "header and row", input: "a,b,c\n1,2,3\n", records: [["a", "b", "c"], ["1", "2", "3"]], lines: [1, 2]),
    Case(name: "single column", input: "x\ny\n", records: [["x"], ["y"]], lines: [1, 2]),
    Case(name: "spaces kept", input: " a , b \n", records: [[" a ", " b "]], lines: [1]),
    Case(name: "non-ASCII text", input: "名前,Zoë,€5\n", records: [["名前", "Zoë", "€5"]], lines: [1]),
    Case(
      name: "quoted commas", input: "\"a,b\",c\n\",\",\",,\"", records: [["a,b", "c"], [",", ",,"]], lines: [1, 2]),
    Case(name: "quoted plain text", input: "\"id\",\"name\"\n", records: [["id", "name"]], lines: [1]),
    Case(
      name: "escaped quotes", input: "\"say \"\"hi\"\"\",x\n", records: [["say \"hi\"", "x"]], lines: [1]),
    Case(name: "only an escaped quote", input: "\"\"\"\",\"\"\"\"\"\"", records: [["\"", "\"\""]], lines: [1]),
    Case(name: "escape then comma", input: "\"a\"\",b\",c", records: [["a\",b", "c"]], lines: [1]),
    Case(name: "empty input", input: "", records: [], lines: []),
  ]

  @Test("plain rows, quoted commas and \"\" escapes", arguments: plainCases)
  func plainRows(_ testCase: Case) throws {
    let parsed = try parse(testCase.input)
    #expect(parsed == Parsed(records: testCase.records, lines: testCase.lines))
  }

  static let lineEndCases: [Case] = [
    Case(name: "CRLF file", input: "a,b\r\nc,d\r\n", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
    Case(name: "lone CR file", input: "a,b\rc,d\r", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
    Case(
      name: "mixed line ends", input: "a\nb\r\nc\rd", records: [["a"], ["b"], ["c"], ["d"]], lines: [1, 2, 3, 4]),
    Case(
      name: "LF in quotes", input: "\"l1\nl2\",b\nc,d", records: [["l1\nl2", "b"], ["c", "d"]], lines: [1, 3]),
    Case(
      name: "CRLF in quotes", input: "\"x\r\ny\r\nz\",b\r\nc\r\n", records: [["x\r\ny\r\nz", "b"], ["c"]],
      lines: [1, 4]),
    Case(name: "lone CR in quotes", input: "\"x\ry\",b\rc", records: [["x\ry", "b"], ["c"]], lines: [1, 3]),
    Case(name: "CR then LF in quotes", input: "\"\r\r\n\n\"\nz", records: [["\r\r\n\n"], ["z"]], lines: [1, 5]),
    Case(
      name: "two multi-line fields", input: "a,\"p\nq\",\"r\ns\"\nt", records: [["a", "p\nq", "r\ns"], ["t"]],
      lines: [1, 4]),
  ]

  @Test("LF, CRLF and lone CR end records and count as lines inside quotes", arguments: lineEndCases)
  func lineEnds(_ testCase: Case) throws {
    let parsed = try parse(testCase.input)
    #expect(parsed == Parsed(records: testCase.records, lines: testCase.lines))
  }

  static let emptyCases: [Case] = [
    Case(name: "empty cells", input: "a,,c\n,,\n", records: [["a", "", "c"], ["", "", ""]], lines: [1, 2]),
    Case(name: "trailing comma", input: "a,\nb,", records: [["a", ""], ["b", ""]], lines: [1, 2]),
    Case(name: "empty quoted cells", input: "\"\",x,\"\"\n", records: [["", "x", ""]], lines: [1]),
    Case(name: "lone empty quoted cell is a record", input: "\"\"\n\"\"", records: [[""], [""]], lines: [1, 2]),
    Case(name: "a space is a record", input: " \n", records: [[" "]], lines: [1]),
    Case(name: "with trailing LF", input: "a,b\nc,d\n", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
    Case(name: "without trailing LF", input: "a,b\nc,d", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
    Case(name: "with trailing CRLF", input: "a\r\n", records: [["a"]], lines: [1]),
    Case(name: "with trailing CR", input: "a\r", records: [["a"]], lines: [1]),
    Case(name: "quoted last field, no LF", input: "a,\"b\"", records: [["a", "b"]], lines: [1]),
    Case(name: "blank lines skipped", input: "\n\na\n\n\nb\n\n", records: [["a"], ["b"]], lines: [3, 6]),
    Case(name: "blank CRLF and CR lines", input: "a\r\n\r\n\r\rb\r\n", records: [["a"], ["b"]], lines: [1, 5]),
    Case(name: "only line ends", input: "\n\r\n\r", records: [], lines: []),
  ]

  @Test("empty cells, trailing newlines and blank lines", arguments: emptyCases)
  func emptyCellsAndBlankLines(_ testCase: Case) throws {
    let parsed = try parse(testCase.input)
    #expect(parsed == Parsed(records: testCase.records, lines: testCase.lines))
  }

  static let bomCases: [Case] = [
    Case(
      name: "BOM skipped", input: "\u{FEFF}id,name\n1,x", records: [["id", "name"], ["1", "x"]], lines: [1, 2]),
    Case(name: "BOM before a quote", input: "\u{FEFF}\"id\"\n", records: [["id"]], lines: [1]),
    Case(name: "BOM only", input: "\u{FEFF}", records: [], lines: []),
    Case(name: "BOM then blank line", input: "\u{FEFF}\na", records: [["a"]], lines: [2]),
    Case(name: "BOM later is text", input: "a,\u{FEFF}b", records: [["a", "\u{FEFF}b"]], lines: [1]),
    Case(name: "only the first BOM", input: "\u{FEFF}\u{FEFF}a", records: [["\u{FEFF}a"]], lines: [1]),
  ]

  @Test("a UTF-8 byte order mark is skipped only at the start", arguments: bomCases)
  func byteOrderMark(_ testCase: Case) throws {
    let parsed = try parse(testCase.input)
    #expect(parsed == Parsed(records: testCase.records, lines: testCase.lines))
  }

  @Test("fields report offsets, quoting, escapes, emptiness and start lines")
  func fieldSpans() throws {
    // Offsets: a=0 ,=1 "=2 b=3 "=4 ,=5 "=6 c=7 "=8 "=9 d=10 "=11 ,=12 "=13 "=14 ,=15 LF=16 "=17 x=18 LF=19 y=20 "=21
    let bytes = Array("a,\"b\",\"c\"\"d\",\"\",\n\"x\ny\"".utf8)
    var parser = CSVParser(bytes: bytes, file: "f.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    #expect(
      fields == [
        CSVField(start: 0, end: 1, isQuoted: false, hasEscapedQuotes: false, line: 1),
        CSVField(start: 3, end: 4, isQuoted: true, hasEscapedQuotes: false, line: 1),
        CSVField(start: 7, end: 11, isQuoted: true, hasEscapedQuotes: true, line: 1),
        CSVField(start: 14, end: 14, isQuoted: true, hasEscapedQuotes: false, line: 1),
        CSVField(start: 16, end: 16, isQuoted: false, hasEscapedQuotes: false, line: 1),
      ])
    #expect(fields.map(parser.isEmpty) == [false, false, false, true, true])
    #expect(try parser.string(fields[2], column: 3) == "c\"d")
    #expect(parser.withBytes(fields[2]) { Array($0) } == Array("c\"\"d".utf8))
    #expect(parser.withBytes(fields[3]) { $0.count } == 0)
    #expect(try parser.nextRecord(into: &fields))
    #expect(fields == [CSVField(start: 18, end: 21, isQuoted: true, hasEscapedQuotes: false, line: 2)])
    #expect(parser.recordLine == 2)
    #expect(try !parser.nextRecord(into: &fields))
  }

  @Test("offsets count the skipped BOM, so withBytes reads the right bytes")
  func offsetsAfterBOM() throws {
    var parser = CSVParser(bytes: [0xEF, 0xBB, 0xBF] + Array("42,7".utf8), file: "f.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    #expect(fields.map(\.start) == [3, 6])
    #expect(parser.withBytes(fields[0]) { Array($0) } == [0x34, 0x32])
    #expect(parser.withBytes(fields[1]) { Array($0) } == [0x37])
  }

  @Test("nextRecord clears the array it fills and stays false after the end")
  func reusesFields() throws {
    var parser = CSVParser(bytes: Array("a,b,c\nd".utf8), file: "f.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    #expect(fields.count == 3)
    #expect(try parser.nextRecord(into: &fields))
    #expect(fields.count == 1)
    #expect(try parser.string(fields[0], column: 1) == "d")
    #expect(try !parser.nextRecord(into: &fields))
    #expect(fields.isEmpty)
    #expect(try !parser.nextRecord(into: &fields))
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      name: "unterminated at start", bytes: Array("\"abc".utf8),
      error: .malformed(file: "test.csv", line: 1, column: 1, reason: unterminated)),
    ErrorCase(
      name: "unterminated points where it opened", bytes: Array("a,b\nc,\"d\ne\nf".utf8),
      error: .malformed(file: "test.csv", line: 2, column: 2, reason: unterminated)),
    ErrorCase(
      name: "unterminated after an escape", bytes: Array("\"a\"\"".utf8),
      error: .malformed(file: "test.csv", line: 1, column: 1, reason: unterminated)),
    ErrorCase(
      name: "unterminated empty quote at end", bytes: Array("x\r\ny,\"".utf8),
      error: .malformed(file: "test.csv", line: 2, column: 2, reason: unterminated)),
    ErrorCase(
      name: "quote inside unquoted field", bytes: Array("a,b\"c".utf8),
      error: .malformed(file: "test.csv", line: 1, column: 2, reason: quoteInUnquoted)),
    ErrorCase(
      name: "quote at end of unquoted field", bytes: Array("x\ny,z,ab\"\n".utf8),
      error: .malformed(file: "test.csv", line: 2, column: 3, reason: quoteInUnquoted)),
    ErrorCase(
      name: "quote after leading space", bytes: Array(" \"a\"".utf8),
      error: .malformed(file: "test.csv", line: 1, column: 1, reason: quoteInUnquoted)),
    ErrorCase(
      name: "quote after BOM and blank lines", bytes: [0xEF, 0xBB, 0xBF] + Array("\n\r\n a\"".utf8),
      error: .malformed(file: "test.csv", line: 3, column: 1, reason: quoteInUnquoted)),
    ErrorCase(
      name: "text after closing quote", bytes: Array("\"a\"b".utf8),
      error: .malformed(file: "test.csv", line: 1, column: 1, reason: textAfterQuote)),
    ErrorCase(
      name: "space after closing quote on a later line", bytes: Array("a,\"x\ny\" ,z".utf8),
      error: .malformed(file: "test.csv", line: 2, column: 2, reason: textAfterQuote)),
    ErrorCase(
      name: "text after an escape and a closing quote", bytes: Array("ok\r\n\"a\"\"\"b".utf8),
      error: .malformed(file: "test.csv", line: 2, column: 1, reason: textAfterQuote)),
    ErrorCase(
      name: "field over the byte limit", bytes: Array("abcd,\"wxyz\"\nabcde".utf8), maxFieldBytes: 4,
      error: .limitExceeded(
        file: "test.csv", line: 2, reason: "field 1 is longer than 4 bytes, the most a CSV field may hold")),
    ErrorCase(
      name: "multi-line quoted field over the byte limit", bytes: Array("a\nb,\"wx\nyz\"".utf8), maxFieldBytes: 4,
      error: .limitExceeded(
        file: "test.csv", line: 2, reason: "field 2 is longer than 4 bytes, the most a CSV field may hold")),
    ErrorCase(
      name: "record over the field limit", bytes: Array("a,b,c\nd,e,f,g".utf8), maxFields: 3,
      error: .limitExceeded(
        file: "test.csv", line: 2, reason: "record has more than 3 fields, the most a CSV record may have")),
    ErrorCase(
      name: "trailing comma is one field too many", bytes: Array("a,b,c,\n".utf8), maxFields: 3,
      error: .limitExceeded(
        file: "test.csv", line: 1, reason: "record has more than 3 fields, the most a CSV record may have")),
  ]

  @Test("malformed input and exceeded limits give the exact error, line and column", arguments: errorCases)
  func errors(_ testCase: ErrorCase) {
    #expect(throws: testCase.error) {
      try parse(testCase.bytes, maxFieldBytes: testCase.maxFieldBytes, maxFields: testCase.maxFields)
    }
  }

  static let withinLimitsCases: [Case] = [
    Case(name: "fields of exactly 4 bytes", input: "abcd,\"wxyz\"\n", records: [["abcd", "wxyz"]], lines: [1]),
    Case(name: "escapes count as raw bytes", input: "\"a\"\"b\"", records: [["a\"b"]], lines: [1]),
    Case(name: "exactly 3 fields", input: "a,b,\n,,", records: [["a", "b", ""], ["", "", ""]], lines: [1, 2]),
  ]

  @Test("records right at the limits are accepted", arguments: withinLimitsCases)
  func withinLimits(_ testCase: Case) throws {
    let parsed = try parse(Array(testCase.input.utf8), maxFieldBytes: 4, maxFields: 3)
    #expect(parsed == Parsed(records: testCase.records, lines: testCase.lines))
  }

  @Test("records before an error are returned, the message names file, line and column, and the error repeats")
  func errorAfterGoodRecords() throws {
    var parser = CSVParser(bytes: Array("id,team\n7,a\"b\n".utf8), file: "data/roster.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    let error = #expect(throws: InputError.self) { try parser.nextRecord(into: &fields) }
    #expect(
      error.map(String.init(describing:))
        == "data/roster.csv:2:2: unexpected \" inside an unquoted field; quote the whole field and double inner quotes")
    // The parser does not skip the bad record, so a caller that carries on sees the same error again.
    let repeated = #expect(throws: InputError.self) { try parser.nextRecord(into: &fields) }
    #expect(repeated == error)
  }

  static let invalidUTF8: [(name: String, bytes: [UInt8])] = [
    ("lone 0xFF", [0xFF]),
    ("continuation byte alone", [0x61, 0x80]),
    ("truncated two-byte sequence", [0xC3]),
    ("truncated four-byte sequence", [0xF0, 0x9F, 0x98]),
    ("overlong slash", [0xC0, 0xAF]),
    ("UTF-16 surrogate", [0xED, 0xA0, 0x80]),
    ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
  ]

  @Test("string() rejects invalid UTF-8 at the field's line and column", arguments: invalidUTF8)
  func rejectsInvalidUTF8(_ sample: (name: String, bytes: [UInt8])) throws {
    // Line 1 is a header; the bad bytes sit in field 2 of line 2, once bare and once in a quoted, escaped field.
    let bytes = Array("h1,h2,h3\nok,".utf8) + sample.bytes + Array(",\"\"\"".utf8) + sample.bytes + [0x22]
    var parser = CSVParser(bytes: bytes, file: "bad.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    #expect(try parser.nextRecord(into: &fields))
    #expect(try parser.string(fields[0], column: 1) == "ok")
    #expect(throws: InputError.malformed(file: "bad.csv", line: 2, column: 2, reason: notUTF8)) {
      try parser.string(fields[1], column: 2)
    }
    #expect(throws: InputError.malformed(file: "bad.csv", line: 2, column: 3, reason: notUTF8)) {
      try parser.string(fields[2], column: 3)
    }
    #expect(parser.withBytes(fields[1]) { Array($0) } == sample.bytes)
  }

  @Test("string() accepts every valid UTF-8 length, escaped or not")
  func acceptsValidUTF8() throws {
    // é = C3 A9, € = E2 82 AC, 😀 = F0 9F 98 80, worked out from the code points.
    let text: [UInt8] = [0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80]
    let bytes = text + [0x2C, 0x22] + text + [0x22, 0x22, 0x22]
    var parser = CSVParser(bytes: bytes, file: "ok.csv")
    var fields: [CSVField] = []
    #expect(try parser.nextRecord(into: &fields))
    #expect(try parser.string(fields[0], column: 1) == "Aé€😀")
    #expect(try parser.string(fields[1], column: 2) == "Aé€😀\"")
  }
}

extension CSVParserTests {
  /// What the reference reading of the rules expects: records as bytes, their start lines, and the first error.
  struct Reference {
    var records: [[[UInt8]]] = []
    var lines: [Int] = []
    var error: InputError?
  }
}

/// A byte-at-a-time state machine written straight from SPEC section 3, deliberately shaped unlike the parser's
/// loops, so the two can be compared on random input. Slow and simple on purpose; limits are not modelled.
private func referenceParse(_ bytes: [UInt8]) -> CSVParserTests.Reference {
  enum State { case betweenRecords, fieldStart, unquoted, quoted, afterQuote }
  var result = CSVParserTests.Reference()
  var state = State.betweenRecords
  var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  var line = 1
  var fieldLine = 1
  var record: [[UInt8]] = []
  var field: [UInt8] = []
  while index < bytes.count {
    let byte = bytes[index]
    let isLineEnd = byte == 0x0A || byte == 0x0D
    let lineEndLength = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    switch state {
    case .betweenRecords:
      if isLineEnd {
        line += 1
        index += lineEndLength
      } else {
        result.lines.append(line)
        state = .fieldStart
      }
    case .fieldStart:
      fieldLine = line
      if byte == 0x22 {
        index += 1
        state = .quoted
      } else {
        state = .unquoted
      }
    case .quoted:
      if byte == 0x22 {
        state = .afterQuote
      } else {
        field.append(byte)
        if byte == 0x0A || (byte == 0x0D && lineEndLength == 1) { line += 1 }
      }
      index += 1
    case .unquoted, .afterQuote:
      if state == .afterQuote && byte == 0x22 {
        field.append(byte)
        index += 1
        state = .quoted
      } else if byte == 0x2C {
        record.append(field)
        field = []
        index += 1
        state = .fieldStart
      } else if isLineEnd {
        record.append(field)
        result.records.append(record)
        field = []
        record = []
        line += 1
        index += lineEndLength
        state = .betweenRecords
      } else {
        let reason = state == .afterQuote ? textAfterQuote : byte == 0x22 ? quoteInUnquoted : nil
        if let reason {
          result.error = .malformed(file: "test.csv", line: line, column: record.count + 1, reason: reason)
          return result
        }
        field.append(byte)
        index += 1
      }
    }
  }
  switch state {
  case .betweenRecords:
    break
  case .quoted:
    result.error = .malformed(file: "test.csv", line: fieldLine, column: record.count + 1, reason: unterminated)
  case .fieldStart, .unquoted, .afterQuote:
    record.append(field)
    result.records.append(record)
  }
  return result
}

extension CSVParserTests {
  @Test("10,000 generated records with every kind of field read back exactly, with their start lines")
  func generatedRoundTrip() throws {
    // Each fragment with the line ends it holds; the lone CR is followed by text so it never joins a later LF.
    let fragments: [(text: String, lineEnds: Int)] = [
      ("a", 0), ("Zoë", 0), ("42.50", 0), (" ", 0), (",", 0), ("\"", 0), ("\"\"", 0), ("\n", 1), ("\r\n", 1),
      ("\rx", 1), ("€", 0), ("2026-07-03T14:05:00Z", 0),
    ]
    let terminators: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D]]
    var random = SplitMix64(state: 0xC5F)
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    var expected = Parsed()
    var line = 1
    for _ in 0..<10_000 {
      let fieldCount = 1 + random.below(8)
      var values: [String] = []
      expected.lines.append(line)
      for fieldIndex in 0..<fieldCount {
        if fieldIndex > 0 { bytes.append(0x2C) }
        var value = ""
        for _ in 0..<random.below(4) {
          let fragment = fragments[random.below(fragments.count)]
          value += fragment.text
          line += fragment.lineEnds
        }
        // A lone empty unquoted field would be a blank line, which is skipped, so it must be quoted.
        let needsQuotes =
          value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
          || (fieldCount == 1 && value.isEmpty)
        if needsQuotes || random.below(4) == 0 {
          bytes.append(0x22)
          for byte in value.utf8 { bytes += byte == 0x22 ? [0x22, 0x22] : [byte] }
          bytes.append(0x22)
        } else {
          bytes += value.utf8
        }
        values.append(value)
      }
      expected.records.append(values)
      let terminator = terminators[random.below(terminators.count)]
      // Sometimes follow with blank lines, using the same line end so a CR never pairs with a following LF.
      for _ in 0..<(random.below(10) == 0 ? 2 : 1) {
        bytes += terminator
        line += 1
      }
    }
    let parsed = try parse(bytes)
    #expect(parsed.records.count == 10_000)
    #expect(parsed == expected)
  }

  @Test("agrees with a plain state machine on 4,000 random CSV-like inputs")
  func matchesReference() {
    let alphabet: [UInt8] = [0x2C, 0x2C, 0x22, 0x22, 0x22, 0x0A, 0x0D, 0x61, 0x62, 0x20, 0xC3, 0xA9, 0xFF, 0xEF]
    var random = SplitMix64(state: 2026)
    var outcomes: [String: Int] = [:]
    for _ in 0..<4_000 {
      var bytes: [UInt8] = random.below(8) == 0 ? [0xEF, 0xBB, 0xBF] : []
      for _ in 0..<random.below(40) { bytes.append(alphabet[random.below(alphabet.count)]) }
      let reference = referenceParse(bytes)

      var parser = CSVParser(bytes: bytes, file: "test.csv")
      var fields: [CSVField] = []
      var records: [[[UInt8]]] = []
      var lines: [Int] = []
      var thrown: InputError?
      do {
        while try parser.nextRecord(into: &fields) {
          let expected = reference.records.indices.contains(records.count) ? reference.records[records.count] : []
          #expect(fields.count == expected.count, "input \(bytes)")
          for (index, field) in fields.enumerated() where index < expected.count {
            let validText = String(validating: expected[index], as: UTF8.self)
            do {
              let text = try parser.string(field, column: index + 1)
              #expect(Array(text.utf8) == expected[index], "input \(bytes)")
            } catch {
              #expect(validText == nil, "input \(bytes)")
              #expect(error == .malformed(file: "test.csv", line: field.line, column: index + 1, reason: notUTF8))
            }
            if !field.hasEscapedQuotes {
              #expect(parser.withBytes(field) { Array($0) } == expected[index], "input \(bytes)")
            }
          }
          records.append(expected)
          lines.append(parser.recordLine)
        }
      } catch {
        thrown = error
      }
      #expect(records.count == reference.records.count, "input \(bytes)")
      #expect(lines == Array(reference.lines.prefix(reference.records.count)), "input \(bytes)")
      #expect(thrown == reference.error, "input \(bytes)")
      switch thrown {
      case .malformed(_, _, _, let reason)?: outcomes[reason, default: 0] += 1
      case nil: outcomes["records", default: 0] += 1
      default: outcomes["other", default: 0] += 1
      }
    }
    // The inputs must reach every outcome, or the comparison proves less than it seems to.
    #expect(outcomes["other"] == nil)
    for outcome in ["records", unterminated, quoteInUnquoted, textAfterQuote] {
      #expect(outcomes[outcome, default: 0] > 100, "\(outcome): \(outcomes)")
    }
  }

  @Test("random binary junk gives records or a clean error, never a crash", arguments: [(16 << 20, 10_000), (8, 4)])
  func survivesJunk(maxFieldBytes: Int, maxFields: Int) {
    var random = SplitMix64(state: 0xBAD_C0DE)
    var recordsSeen = 0
    var errorsSeen = 0
    for _ in 0..<3_000 {
      let bytes = (0..<random.below(200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let lineEnds = bytes.indices.filter {
        bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A))
      }.count
      var parser = CSVParser(bytes: bytes, file: "junk.bin", maxFieldBytes: maxFieldBytes, maxFields: maxFields)
      var fields: [CSVField] = []
      var previousLine = 1
      do {
        // Every record consumes at least one byte, so more calls than bytes would mean a loop that never ends.
        for _ in 0...bytes.count {
          guard try parser.nextRecord(into: &fields) else { break }
          recordsSeen += 1
          #expect(!fields.isEmpty && fields.count <= maxFields)
          #expect(parser.recordLine >= previousLine && parser.recordLine <= lineEnds + 1)
          previousLine = parser.recordLine
          for (index, field) in fields.enumerated() {
            #expect(0 <= field.start && field.start <= field.end && field.end <= bytes.count)
            #expect(field.end - field.start <= maxFieldBytes && field.line >= parser.recordLine)
            #expect(parser.withBytes(field) { $0.count } == field.end - field.start)
            do {
              _ = try parser.string(field, column: index + 1)
            } catch {
              #expect(error == .malformed(file: "junk.bin", line: field.line, column: index + 1, reason: notUTF8))
            }
          }
        }
        #expect(try !parser.nextRecord(into: &fields))
      } catch {
        errorsSeen += 1
        switch error {
        case .malformed(let file, let line, let column, let reason):
          #expect(file == "junk.bin" && line >= 1 && line <= lineEnds + 1 && column >= 1 && column <= maxFields)
          #expect([unterminated, quoteInUnquoted, textAfterQuote].contains(reason))
        case .limitExceeded(let file, let line, _):
          #expect(file == "junk.bin" && line >= 1 && line <= lineEnds + 1)
        default:
          Issue.record("unexpected error \(error)")
        }
      }
    }
    // Both paths must be exercised (about 3,850 records and 920 errors with the default limits, 320 and 2,860
    // with the tiny ones), or the loop proves less than it seems to.
    #expect(recordsSeen > 250)
    #expect(errorsSeen > 500)
  }
}
