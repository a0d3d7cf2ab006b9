/// One CSV record seen as bytes, for the hot path of a streamed file: each requested column's raw cell and typed
/// parsers that never allocate.
///
/// A caller first asks `isPlainASCII`: for such a record every requested cell's text is exactly its bytes (ASCII,
/// no `""` escapes), so comparing bytes is comparing text and an index from `ByteInterner` stands for a `String`.
/// Anything else, and any cell that does not parse, goes through the record type's own decoder on the `TableRow`
/// that `CSVChunkRows.row(_:)` builds, which reads the value or throws the exact error the whole-file path would.
///
/// Pointers only, valid for the one call it is passed to, so handing a record over costs no reference counting.
struct CSVRecordBytes {
  let buffer: UnsafeBufferPointer<UInt8>
  let fields: UnsafeBufferPointer<CSVField>
  let mapping: UnsafeBufferPointer<Int?>
  /// Whether the record's bytes are all ASCII and no requested cell holds a `""` escape (an unrequested free-text
  /// column, like an incident's summary, may), as the parser found while scanning it.
  let isPlainASCII: Bool

  /// A record with what the parser learnt of it (`CSVParser.recordIsASCII`, `recordEscapedFields`), against
  /// `requestedFields` (`fieldMask(_:)` of the mapping). Plain values, not the parser: a copy of the parser per
  /// record would cost reference counting.
  @inline(__always)
  init(
    buffer: UnsafeBufferPointer<UInt8>, fields: UnsafeBufferPointer<CSVField>, mapping: UnsafeBufferPointer<Int?>,
    isASCII: Bool, escapedFields: UInt64, requestedFields: UInt64
  ) {
    self.buffer = buffer
    self.fields = fields
    self.mapping = mapping
    isPlainASCII = isASCII && escapedFields & requestedFields == 0
  }

  /// The fields `mapping` requests as bits, in the layout of `CSVParser.recordEscapedFields`.
  static func fieldMask(_ mapping: [Int?]) -> UInt64 {
    mapping.reduce(0) { mask, index in index.map { mask | 1 << min($0, 63) } ?? mask }
  }

  /// The cell of requested column `column`; empty when the column is absent or the cell is empty.
  @inline(__always)
  func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8> {
    guard let index = mapping[column] else { return UnsafeBufferPointer(rebasing: buffer[0..<0]) }
    let field = fields[index]
    return UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
  }

  /// Checks eight bytes at a time: ASCII has the top bit of every byte clear.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    var combined: UInt64 = 0
    while index + 8 <= bytes.count {
      combined |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < bytes.count {
      combined |= UInt64(bytes[index])
      index += 1
    }
    return combined & 0x8080_8080_8080_8080 == 0
  }

  /// A timestamp cell: `.absent` when empty, `.invalid` when it does not parse.
  @inline(__always)
  func timestamp(_ column: Int) -> CellValue<Int64> {
    parsed(column, ISO8601.parseTimestamp)
  }

  /// A whole-number cell (counts), as `TableRow.count` reads it.
  @inline(__always)
  func count(_ column: Int) -> CellValue<Int> {
    parsed(column, TableRow.parseCount)
  }

  /// A cell read by `parse`, one of `TableRow`'s parsers: `.absent` when empty, `.invalid` when it does not parse.
  @inline(__always)
  func parsed<T>(_ column: Int, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) -> CellValue<T> {
    let cell = bytes(column)
    if cell.isEmpty { return .absent }
    return parse(cell).map(CellValue.value) ?? .invalid
  }

  /// Which of `spellings` (lowercase ASCII) the cell equals ignoring ASCII case, as `TableRow.choice` matches.
  @inline(__always)
  func choice(_ column: Int, _ spellings: [StaticString]) -> CellValue<Int> {
    let cell = bytes(column)
    if cell.isEmpty { return .absent }
    for (number, spelling) in spellings.enumerated() where Self.equalsIgnoringCase(cell, spelling) {
      return .value(number)
    }
    return .invalid
  }

  /// A boolean cell in `TableRow.bool`'s spellings.
  @inline(__always)
  func bool(_ column: Int) -> CellValue<Bool> {
    switch choice(column, Self.booleans) {
    case .absent: .absent
    case .invalid: .invalid
    case .value(let number): .value(number < 5)
    }
  }

  /// `TableRow.bool`'s spellings, true ones first.
  private static let booleans: [StaticString] = ["true", "yes", "1", "y", "t", "false", "no", "0", "n", "f"]

  /// Whether ASCII `bytes` equal the lowercase `spelling` once their capitals are lowered.
  static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ spelling: StaticString) -> Bool {
    equalsIgnoringCase(bytes, UnsafeBufferPointer(start: spelling.utf8Start, count: spelling.utf8CodeUnitCount))
  }

  /// Whether ASCII `bytes` equal the lowercase bytes `expected` once their capitals are lowered.
  ///
  /// Eight bytes at a time: every deployment row matches its status, kind and environment, and a byte loop that
  /// lowered each byte was 4 % of reading a 10-million-row export.
  @inline(__always)
  static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    guard count == expected.count else { return false }
    var index = 0
    if count >= 8, let base = bytes.baseAddress, let spelling = expected.baseAddress {
      let raw = UnsafeRawPointer(base)
      let wanted = UnsafeRawPointer(spelling)
      while index &+ 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let target = wanted.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word != target && lowered(word) != target { return false }
        index &+= 8
      }
    }
    while index < count {
      let byte = bytes[index]
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if lowered != expected[index] { return false }
      index += 1
    }
    return true
  }

  /// `word` with the capitals A–Z of its eight bytes lowered, and every other byte (non-ASCII ones included) kept.
  ///
  /// Per byte, on its low seven bits (so no sum carries into the next byte): adding 0x80 − 0x41 sets the top bit
  /// from `A` up, adding 0x80 − 0x5B sets it from `[` up; a capital has the first and not the second, and no top
  /// bit of its own. 0x80 shifted right twice is 0x20, the bit that lowers it.
  @inline(__always)
  static func lowered(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = word & (ones &* 0x7F)
    let fromA = low &+ ones &* (0x80 - 0x41)
    let pastZ = low &+ ones &* (0x80 - 0x5B)
    let capitals = fromA & ~pastZ & ~word & (ones &* 0x80)
    return word | capitals >> 2
  }
}

/// A cell read on the fast path: empty, not what the column needs (so the record decoder must report it), or a value.
enum CellValue<T> {
  case absent
  case invalid
  case value(T)

  /// The value, nil when absent; throws `FastPathMiss` when invalid so the caller hands the row to its decoder.
  @inline(__always)
  func optional() throws(FastPathMiss) -> T? {
    switch self {
    case .absent: return nil
    case .invalid: throw FastPathMiss()
    case .value(let value): return value
    }
  }

  /// The value; absent or invalid sends the row to its decoder, which reports it.
  @inline(__always)
  func required() throws(FastPathMiss) -> T {
    guard case .value(let value) = self else { throw FastPathMiss() }
    return value
  }
}

/// The fast path cannot read a record; its record type's decoder must (and reports the error if there is one).
struct FastPathMiss: Error {}
