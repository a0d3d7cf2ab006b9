/// Strict JSON (RFC 8259) and JSON Lines reading for plans, dataset files and the ledger.
///
/// Strict on purpose: a plan decides pay, so anything a lenient reader would have to guess at (comments, trailing
/// commas, NaN, duplicate keys, bad UTF-8) is rejected with the file, line and column of the offending character.
/// Numbers keep their exact source text. Parsing is iterative, so nesting depth costs heap, not stack, and runs in
/// time linear in the input.
enum JSONParser {
  /// Parses one JSON document.
  ///
  /// A UTF-8 byte order mark at the start is skipped; whitespace may follow the value, anything else may not.
  /// Lines are counted at LF (a CR before it is ordinary whitespace); columns count Unicode scalars.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - file: the name used in error messages.
  ///   - maxDepth: how many arrays and objects may nest; deeper input is refused rather than built, because values
  ///     are destroyed and written recursively.
  /// - Throws: `InputError.malformed` at the offending character, or `InputError.limitExceeded` for nesting deeper
  ///   than `maxDepth`.
  static func parse(_ bytes: [UInt8], file: String, maxDepth: Int = 256) throws(InputError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> JSONValue in
      try TextEncoding.rejectUTF16(buffer, file: file)
      let start = byteOrderMarkLength(buffer)
      var reader = JSONReader(buffer, file: file, maxDepth: maxDepth, endOfInput: "unexpected end of input")
      reader.reset(start: start, end: buffer.count, line: 1)
      return try reader.readDocument()
    }
  }

  /// Parses JSON Lines: one JSON value per line, lines separated by LF (CRLF works too).
  ///
  /// Lines holding only whitespace are skipped, so a trailing newline or blank separators are fine. A value may not
  /// continue onto the next line. A UTF-8 byte order mark at the start is skipped.
  ///
  /// - Returns: the values in file order; each value's `line` is its line in the file.
  /// - Throws: the first error, with the line number in the whole file.
  static func parseLines(_ bytes: [UInt8], file: String, maxDepth: Int = 256) throws(InputError)
    -> [JSONValue]
  {
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> [JSONValue] in
      try TextEncoding.rejectUTF16(buffer, file: file)
      var reader = JSONReader(
        buffer, file: file, maxDepth: maxDepth,
        endOfInput: "unexpected end of line (each line must hold one complete JSON value)")
      var values: [JSONValue] = []
      var lineStart = byteOrderMarkLength(buffer)
      var lineNumber = 1
      while lineStart <= buffer.count {
        var lineEnd = lineStart
        while lineEnd < buffer.count && buffer[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        reader.reset(start: lineStart, end: lineEnd, line: lineNumber)
        if !reader.isBlank() {
          values.append(try reader.readDocument())
        }
        lineStart = lineEnd + 1
        lineNumber += 1
      }
      return values
    }
  }

  /// Whether `text` is a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
  ///
  /// Used to check numbers built in code before they are written out verbatim.
  static func isNumberText(_ text: String) -> Bool {
    var bytes = Array(text.utf8)
    bytes.append(0)  // a sentinel, so the checks below can look one byte ahead without bounds tests
    var i = 0
    func digits() -> Int {
      let start = i
      while bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
      return i - start
    }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else if digits() == 0 {
      return false
    }
    if bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits() == 0 { return false }
    }
    if bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      if digits() == 0 { return false }
    }
    return i == bytes.count - 1
  }

  /// 3 when the input starts with the UTF-8 byte order mark EF BB BF that some Windows editors write, else 0.
  static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }
}
