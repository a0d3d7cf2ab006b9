/// The text format MySQL and PostgreSQL clients write when they do not write CSV: fields split
/// by one separator byte, special characters escaped with a backslash, NULL spelled `\N`.
///
/// `mysql --batch`, `SELECT … INTO OUTFILE` with its default FIELDS clause and PostgreSQL's
/// `\copy … TO` in text format separate fields with tabs and quote nothing: a tab or line end
/// inside a value is written `\t` or `\n` (INTO OUTFILE writes a backslash before a real line
/// end instead). `INTO OUTFILE … FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"'` separates
/// with commas and encloses strings in quotes, escaping a quote inside as `\"`. RFC 4180's `""`
/// is not this format's escape, so such files cannot go through the CSV reader.
struct BackslashEscapedText {
  /// One field: its text (nil for `\N`), with the line it starts on and its 1-based field number.
  typealias Cell = JSONValue

  let bytes: [UInt8]
  let file: String
  let separator: UInt8
  /// Whether a field may be enclosed in `"` (the comma-separated INTO OUTFILE form).
  let allowsQuotes: Bool

  static let tab = UInt8(ascii: "\t")
  static let comma = UInt8(ascii: ",")
  private static let backslash = UInt8(ascii: "\\")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Every record, header first, each with the line it starts on; blank lines are skipped.
  ///
  /// - Throws: `InputError.malformed` at the field for an unterminated `"`, text after a closing
  ///   `"`, or bytes that are not UTF-8.
  func records() throws(InputError) -> [(line: Int, cells: [Cell])] {
    var records: [(line: Int, cells: [Cell])] = []
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    while index < bytes.count {
      if bytes[index] == Self.lineFeed || bytes[index] == Self.carriageReturn {
        index +=
          bytes[index] == Self.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed ? 2 : 1
        line += 1
        continue
      }
      let recordLine = line
      var cells: [Cell] = []
      while true {
        cells.append(try field(at: &index, line: &line, number: cells.count + 1))
        guard index < bytes.count else { break }
        if bytes[index] == separator {
          index += 1
          continue
        }
        // A line end closes the record.
        index +=
          bytes[index] == Self.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed ? 2 : 1
        line += 1
        break
      }
      records.append((recordLine, cells))
    }
    return records
  }

  /// Reads one field from `index`, leaving `index` on the separator or line end after it.
  private func field(at index: inout Int, line: inout Int, number: Int) throws(InputError) -> Cell {
    let startLine = line
    var content: [UInt8] = []
    var isQuoted = false
    var isNull = false
    if allowsQuotes && index < bytes.count && bytes[index] == Self.quote {
      isQuoted = true
      index += 1
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.backslash && index + 1 < bytes.count {
        let escaped = bytes[index + 1]
        index += 2
        if escaped == UInt8(ascii: "N") && content.isEmpty && !isQuoted && atFieldEnd(index) {
          isNull = true
          continue
        }
        if escaped == Self.lineFeed { line += 1 }
        content.append(Self.unescaped(escaped))
        continue
      }
      if isQuoted {
        if byte == Self.quote {
          index += 1
          guard atFieldEnd(index) else {
            throw .malformed(file: file, line: line, column: number, reason: "unexpected text after closing quote")
          }
          return try cell(content, isNull: false, line: startLine, number: number)
        }
        if byte == Self.lineFeed { line += 1 }
        content.append(byte)
        index += 1
        continue
      }
      if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
      content.append(byte)
      index += 1
    }
    if isQuoted {
      throw .malformed(file: file, line: startLine, column: number, reason: "unterminated quoted field (opened here)")
    }
    return try cell(content, isNull: isNull, line: startLine, number: number)
  }

  private func atFieldEnd(_ index: Int) -> Bool {
    index >= bytes.count || bytes[index] == separator || bytes[index] == Self.lineFeed
      || bytes[index] == Self.carriageReturn
  }

  private func cell(_ content: [UInt8], isNull: Bool, line: Int, number: Int) throws(InputError) -> Cell {
    if isNull { return Cell(.null, line: line, column: number) }
    guard let text = String(validating: content, as: UTF8.self) else {
      throw .malformed(
        file: file, line: line, column: number, reason: "text is not valid UTF-8; save the file as UTF-8")
    }
    return Cell(.string(text), line: line, column: number)
  }

  /// What `\x` stands for: MySQL's and PostgreSQL's control-character escapes; any other
  /// character (the backslash, the separator, a quote, a real line end) stands for itself.
  private static func unescaped(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "n"): return lineFeed
    case UInt8(ascii: "t"): return tab
    case UInt8(ascii: "r"): return carriageReturn
    case UInt8(ascii: "0"): return 0
    case UInt8(ascii: "b"): return 8
    case UInt8(ascii: "f"): return 12
    case UInt8(ascii: "v"): return 11
    case UInt8(ascii: "Z"): return 26
    default: return byte
    }
  }
}
