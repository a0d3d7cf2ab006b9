/// One field of a record: a span of the parser's bytes.
///
/// A field is offsets rather than text so that reading a large file makes no `String` for cells nobody keeps and
/// numbers can be parsed straight from the bytes; ask the parser for `string(_:column:)` only for text you keep.
struct CSVField: Sendable, Equatable {
  /// Byte offset of the field's content, after an opening quote.
  var start: Int
  /// Byte offset one past the content, before a closing quote.
  var end: Int
  /// Whether the field was written in quotes; `""` and an empty unquoted field are both empty.
  var isQuoted: Bool
  /// Whether the content holds `""` pairs, so the raw bytes differ from the text and must be unescaped.
  var hasEscapedQuotes: Bool
  /// 1-based line where the field starts; a quoted field may run over several lines.
  var line: Int

  init(start: Int, end: Int, isQuoted: Bool, hasEscapedQuotes: Bool, line: Int) {
    self.start = start
    self.end = end
    self.isQuoted = isQuoted
    self.hasEscapedQuotes = hasEscapedQuotes
    self.line = line
  }
}

/// An RFC 4180 reader over a whole file's bytes: comma separator, `"` quoting with `""` escapes, records ending in
/// LF, CRLF or a lone CR, a leading UTF-8 BOM skipped and blank lines skipped.
///
/// It works on bytes and hands out field spans because datasets reach millions of rows: a byte loop runs at
/// hundreds of MB/s where per-`Character` splitting runs at a few. Every byte is looked at a constant number of
/// times, so time is linear in the input, and any input (even binary junk) yields records or an `InputError`.
struct CSVParser: Sendable {
  /// The name put in error messages, as the user would recognise it (usually the path they gave).
  let file: String
  /// 1-based line where the record last returned by `nextRecord(into:)` starts, for errors found in its values.
  private(set) var recordLine: Int
  /// Whether every byte of the record last returned by `nextRecord(into:)` is ASCII (below 0x80).
  ///
  /// Learnt while the fields are scanned, from the same words and bytes, so the streamed fast path needs no second
  /// pass over a record. It may say false for an ASCII record whose last word read ran into a non-ASCII next
  /// record: that only sends the record to its decoder, never the reverse.
  var recordIsASCII: Bool { recordHighBits & 0x8080_8080_8080_8080 == 0 }
  /// The fields of that record holding a `""` escape, as bits: bit `i` for field `i` (0-based), bit 63 for any field
  /// from the 64th on. Such a field's bytes are not its text.
  private(set) var recordEscapedFields: UInt64 = 0
  /// The record's bytes OR-ed together.
  private var recordHighBits: UInt64 = 0

  private let bytes: [UInt8]
  private let maxFieldBytes: Int
  private let maxFields: Int
  /// Where the next record begins and which line that is; advanced only by `nextRecord(into:)`.
  private var offset: Int
  private var line: Int

  /// The line the next record would start on: after the last record, one more than the lines read.
  var nextLine: Int { line }

  /// Bytes consumed so far: where the next record begins, for progress reports.
  var byteOffset: Int { offset }

  /// Prepares to read `bytes`; nothing is parsed until `nextRecord(into:)`.
  ///
  /// - Parameters:
  ///   - bytes: The whole file. A UTF-8 byte order mark at the start is skipped.
  ///   - file: The name used in error messages.
  ///   - maxFieldBytes: The longest field content accepted, in bytes, so a stray quote in a huge file is reported
  ///     instead of swallowing the rest of it into one cell.
  ///   - maxFields: The most fields accepted in one record, bounding the memory a hostile file can make us hold.
  ///   - isFileStart: Whether `bytes` begin the file, so a byte order mark is skipped; false for a later chunk of a
  ///     file read in pieces (`CSVChunkSource`), where those bytes would be field content.
  init(
    bytes: [UInt8], file: String, maxFieldBytes: Int = 16 << 20, maxFields: Int = 10_000, isFileStart: Bool = true
  ) {
    self.bytes = bytes
    self.file = file
    self.maxFieldBytes = maxFieldBytes
    self.maxFields = maxFields
    self.offset = isFileStart && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    self.line = 1
    self.recordLine = 1
  }

  /// Parses the next record into `fields`, reusing its storage so a read loop allocates nothing per record.
  ///
  /// - Parameter fields: Cleared first (capacity kept), then filled with the record's fields in order.
  /// - Returns: `false` at the end of input (then `fields` is empty); `true` with at least one field otherwise.
  /// - Throws: `InputError.malformed` for an unterminated quote, a quote inside an unquoted field or text after a
  ///   closing quote; `InputError.limitExceeded` for a field or record over the limits given to `init`. The parser
  ///   does not move past a bad record, so calling again throws the same error rather than resyncing mid-record.
  mutating func nextRecord(into fields: inout [CSVField]) throws(InputError) -> Bool {
    fields.removeAll(keepingCapacity: true)
    var cursor = Cursor(offset: offset, line: line, recordLine: recordLine)
    let found = try bytes.withUnsafeBufferPointer { buffer throws(InputError) -> Bool in
      try scanRecord(buffer, &cursor, &fields)
    }
    keep(cursor)
    return found
  }

  /// `nextRecord(into:)` for the streamed hot path: the caller already holds the parser's bytes as `buffer` (they
  /// must be the same bytes), and the fields go to a buffer written through a pointer, so a record costs no
  /// closure, copy of the parser or reference counting.
  mutating func nextRecord(
    in buffer: UnsafeBufferPointer<UInt8>, into fields: inout CSVFieldBuffer
  ) throws(InputError) -> Bool {
    assert(buffer.count == bytes.count, "nextRecord(in:into:) needs the parser's own bytes")
    fields.removeAll()
    var cursor = Cursor(offset: offset, line: line, recordLine: recordLine)
    let found = try scanRecord(buffer, &cursor, &fields)
    keep(cursor)
    return found
  }

  /// Takes the scan's position and what it learnt of the record.
  @inline(__always)
  private mutating func keep(_ cursor: Cursor) {
    offset = cursor.offset
    line = cursor.line
    recordLine = cursor.recordLine
    recordHighBits = cursor.highBits
    recordEscapedFields = cursor.escapedFields
  }

  /// The field's text with `""` unescaped, made only when a caller keeps it.
  ///
  /// - Parameters:
  ///   - field: A field returned by this parser.
  ///   - column: The 1-based field number, for the error message.
  /// - Throws: `InputError.malformed` at the field's line and `column` when the bytes are not valid UTF-8.
  func string(_ field: CSVField, column: Int) throws(InputError) -> String {
    checkBounds(field)
    let text = bytes.withUnsafeBufferPointer { buffer -> String? in
      let content = UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
      guard field.hasEscapedQuotes else { return Self.validatedString(content) }
      var unescaped: [UInt8] = []
      unescaped.reserveCapacity(content.count)
      var index = 0
      while index < content.count {
        let byte = content[index]
        unescaped.append(byte)
        // Inside a quoted field every quote is the first of a `""` pair; keep one, skip its twin.
        index += byte == CSVByte.quote ? 2 : 1
      }
      return unescaped.withUnsafeBufferPointer(Self.validatedString)
    }
    guard let text else {
      throw .malformed(
        file: file, line: field.line, column: column, reason: "text is not valid UTF-8; save the file as UTF-8")
    }
    return text
  }

  /// Calls `body` with the field's raw content bytes, without allocating, so numbers and dates can be parsed on the
  /// hot path.
  ///
  /// The bytes are exactly what lies between the delimiters (inside the quotes for a quoted field), so a field with
  /// `hasEscapedQuotes` still shows its `""` pairs; use `string(_:column:)` for such text.
  func withBytes<R>(_ field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    checkBounds(field)
    return try bytes.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]))
    }
  }

  /// Whether the cell is empty, which the dataset format reads as an absent value, quoted (`""`) or not.
  func isEmpty(_ field: CSVField) -> Bool {
    field.start == field.end
  }

  /// The bytes as a `String`, or nil if they are not valid UTF-8.
  ///
  /// `String(validating:)` costs about three times `String(decoding:)`, which may only be used when it cannot
  /// substitute U+FFFD; for ASCII, most of a dataset's text, a one-pass check proves that.
  private static func validatedString(_ content: UnsafeBufferPointer<UInt8>) -> String? {
    var combined: UInt8 = 0
    for byte in content { combined |= byte }
    if combined < 0x80 { return String(decoding: content, as: UTF8.self) }
    return String(validating: content, as: UTF8.self)
  }

  /// Stops a field made up by hand, or taken from another parser, from reading outside the bytes.
  private func checkBounds(_ field: CSVField) {
    precondition(
      0 <= field.start && field.start <= field.end && field.end <= bytes.count,
      "CSVField \(field.start)..<\(field.end) lies outside the parser's \(bytes.count) bytes")
  }
}

/// The bytes that structure CSV. All are at most `comma` (0x2C), so one comparison lets letters and digits through.
private enum CSVByte {
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let quote: UInt8 = 0x22
  static let comma: UInt8 = 0x2C
}

extension CSVParser {
  /// The scanning state, copied out of `self` so the loop can run inside `withUnsafeBufferPointer`.
  private struct Cursor {
    var offset: Int
    var line: Int
    var recordLine: Int
    /// Every content byte and word scanned in the record, OR-ed together: a top bit set means non-ASCII.
    var highBits: UInt64 = 0
    var escapedFields: UInt64 = 0
  }

  /// Reads one record starting at `cursor`, skipping blank lines before it, and leaves `cursor` after its line end.
  private func scanRecord<Sink: CSVFieldSink & ~Copyable>(
    _ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor, _ fields: inout Sink
  ) throws(InputError) -> Bool {
    let end = buffer.count
    var position = cursor.offset
    var line = cursor.line
    var highBits: UInt64 = 0
    defer {
      cursor.offset = position
      cursor.line = line
      cursor.highBits = highBits
    }
    // A line with nothing on it is not a record with one empty field; skip any run of them, CRLF counted once.
    while position < end {
      let byte = buffer[position]
      if byte == CSVByte.lineFeed {
        line += 1
        position += 1
      } else if byte == CSVByte.carriageReturn {
        line += 1
        position += 1
        if position < end && buffer[position] == CSVByte.lineFeed { position += 1 }
      } else {
        break
      }
    }
    guard position < end else { return false }
    let recordLine = line
    cursor.recordLine = recordLine

    while true {
      guard fields.count < maxFields else {
        throw .limitExceeded(
          file: file, line: recordLine,
          reason: "record has more than \(maxFields) fields, the most a CSV record may have")
      }
      let column = fields.count + 1
      let field: CSVField
      if position < end && buffer[position] == CSVByte.quote {
        field = try scanQuoted(buffer, &position, &line, column: column, &highBits)
      } else {
        field = try scanUnquoted(buffer, &position, line: line, column: column, &highBits)
      }
      guard field.end - field.start <= maxFieldBytes else {
        throw .limitExceeded(
          file: file, line: field.line,
          reason: "field \(column) is longer than \(maxFieldBytes) bytes, the most a CSV field may hold")
      }
      fields.append(field)
      if field.hasEscapedQuotes { cursor.escapedFields |= 1 << min(column - 1, 63) }

      // The field stopped at the end of input, a comma or a line end; anything else has already thrown.
      guard position < end else { return true }
      let delimiter = buffer[position]
      position += 1
      if delimiter == CSVByte.comma { continue }
      line += 1
      if delimiter == CSVByte.carriageReturn && position < end && buffer[position] == CSVByte.lineFeed {
        position += 1
      }
      return true
    }
  }

  /// Scans an unquoted field from `position` up to the next comma, line end or end of input.
  ///
  /// The comma is tested first and alone: it ends nearly every field, and a test the branch predictor gets right
  /// costs far less than a jump table over every structural byte. A space or other low byte inside the field
  /// resumes the word-at-a-time skip.
  private func scanUnquoted(
    _ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int, line: Int, column: Int, _ highBits: inout UInt64
  ) throws(InputError) -> CSVField {
    let start = position
    let end = buffer.count
    var index = position
    while true {
      index = Self.skipBytes(above: CSVByte.comma, buffer, from: index, highBits: &highBits)
      guard index < end else { break }
      let byte = buffer[index]
      if byte == CSVByte.comma { break }
      if byte > CSVByte.comma {
        highBits |= UInt64(byte)
        index += 1
        continue
      }
      if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn { break }
      if byte == CSVByte.quote {
        throw .malformed(
          file: file, line: line, column: column,
          reason: "unexpected \" inside an unquoted field; quote the whole field and double inner quotes")
      }
      index += 1
    }
    position = index
    return CSVField(start: start, end: index, isQuoted: false, hasEscapedQuotes: false, line: line)
  }

  /// Scans a quoted field whose opening quote is at `position`, counting the line ends inside it, and leaves
  /// `position` just after the closing quote, which must be followed by a comma, a line end or the end of input.
  private func scanQuoted(
    _ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ line: inout Int, column: Int,
    _ highBits: inout UInt64
  ) throws(InputError) -> CSVField {
    let openingLine = line
    let start = position + 1
    var index = start
    var hasEscapedQuotes = false
    let end = buffer.count
    while true {
      index = Self.skipBytes(above: CSVByte.quote, buffer, from: index, highBits: &highBits)
      guard index < end else {
        throw .malformed(
          file: file, line: openingLine, column: column, reason: "unterminated quoted field (opened here)")
      }
      let byte = buffer[index]
      if byte > CSVByte.quote {
        highBits |= UInt64(byte)
        index += 1
        continue
      }
      if byte == CSVByte.quote {
        guard index + 1 < end && buffer[index + 1] == CSVByte.quote else { break }
        hasEscapedQuotes = true
        index += 2
        continue
      }
      // Count LF, and CR unless an LF follows, so CRLF is one line end as it is between records.
      if byte == CSVByte.lineFeed {
        line += 1
      } else if byte == CSVByte.carriageReturn && !(index + 1 < end && buffer[index + 1] == CSVByte.lineFeed) {
        line += 1
      }
      index += 1
    }
    position = index + 1
    if position < end {
      let next = buffer[position]
      guard next == CSVByte.comma || next == CSVByte.lineFeed || next == CSVByte.carriageReturn else {
        throw .malformed(file: file, line: line, column: column, reason: "unexpected text after closing quote")
      }
    }
    return CSVField(start: start, end: index, isQuoted: true, hasEscapedQuotes: hasEscapedQuotes, line: openingLine)
  }

  /// The first offset from `start` whose byte is at most `limit` (or where fewer than eight bytes remain), eight
  /// bytes at a time: most field content is letters and digits, above every structural byte. Every word read is
  /// OR-ed into `highBits`, so the caller learns whether the bytes were ASCII without reading them again.
  ///
  /// `(word - 0x(limit+1) per byte) & ~word & 0x80 per byte` flags a byte below `limit + 1` (for a limit under
  /// 0x80); a borrow only runs towards later bytes, so the lowest flag is exactly the first such byte. A byte of
  /// 0x80 or more is never flagged (its top bit is set in `word`), so it is skipped as content.
  @inline(__always)
  static func skipBytes(
    above limit: UInt8, _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, highBits: inout UInt64
  ) -> Int {
    #if _endian(little)
      guard let base = buffer.baseAddress else { return start }
      let raw = UnsafeRawPointer(base)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let threshold = ones &* UInt64(limit &+ 1)
      var index = start
      while index &+ 8 <= buffer.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        highBits |= word
        let flags = (word &- threshold) & ~word & (ones &* 0x80)
        if flags != 0 { return index &+ flags.trailingZeroBitCount >> 3 }
        index &+= 8
      }
      return index
    #else
      return start
    #endif
  }
}
