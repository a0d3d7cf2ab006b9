#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one JSON document from a file a piece at a time, so a reader can take the members of its outer object
/// and the elements of a large array one by one and keep only what it needs: a golden `calculate --format json`
/// file of 250 MB is read in a window the size of one engineer, not as a tree several times the file.
///
/// The grammar, the strictness and every error message are `JSONReader`'s: this type only keeps a window of the
/// file in memory and, before each call into the reader, makes sure the window holds the whole of what that call
/// reads (a key, a value, a separator) and the byte after it. So errors keep their file, line and column, and a
/// value costs memory proportional to its own size. The outer containers the caller opens (`open()`) keep no
/// children, only their keys, so duplicate keys are still refused.
///
/// Only a regular file is read, and one larger than `limit` is refused before a byte is read (`RegularFile`).
final class JSONStreamReader {
  // Unchecked: the byte loops below read these for every byte of a file of hundreds of megabytes, and a
  // dynamic exclusivity check on each read took a third of the time. Nothing else touches them (the
  // class is private to one reader and never shared).
  @exclusivity(unchecked) private var reader: JSONReader
  private let descriptor: Int32
  private let limit: Int
  private let chunkBytes: Int
  /// The window: file bytes `base..<base + filled` at offsets `0..<filled`.
  @exclusivity(unchecked) private var storage: UnsafeMutableBufferPointer<UInt8>
  @exclusivity(unchecked) private var filled = 0
  private var base = 0
  private var reachedEnd = false

  /// Opens `path`.
  ///
  /// - Parameters:
  ///   - name: the file as messages name it.
  ///   - limit: the largest file accepted, in bytes.
  ///   - chunkBytes: how much is read at a time (the window grows past it only for a value larger than it).
  /// - Throws: `InputError.unreadable` when the file is missing, not a regular file or over `limit`.
  init(path: String, name: String? = nil, limit: Int, chunkBytes: Int = 1 << 20, maxDepth: Int = 256)
    throws(InputError)
  {
    let file = name ?? path
    let opened: (descriptor: Int32, size: Int64)
    do {
      opened = try RegularFile.open(path)
    } catch {
      throw .unreadable(file: file, reason: error.description)
    }
    guard opened.size <= Int64(limit) else {
      _ = close(opened.descriptor)
      throw .unreadable(file: file, reason: RegularFile.Refusal.tooLarge(size: opened.size, limit: limit).description)
    }
    descriptor = opened.descriptor
    let chunk = max(chunkBytes, 1)
    self.limit = limit
    self.chunkBytes = chunk
    storage = .allocate(capacity: 2 * chunk)
    reader = JSONReader(
      UnsafeBufferPointer(start: storage.baseAddress, count: 0), file: file, maxDepth: maxDepth,
      endOfInput: "unexpected end of input")
    reader.reset(start: 0, end: 0, line: 1)
  }

  deinit {
    _ = close(descriptor)
    storage.deallocate()
  }

  // MARK: - Reading

  /// Starts the document: refuses UTF-16 and an empty file, skips a UTF-8 byte order mark and whitespace.
  func beginDocument() throws(InputError) {
    try ensure(items: 0, lookahead: 3)
    let window = UnsafeBufferPointer(rebasing: storage[0..<filled])
    try TextEncoding.rejectUTF16(window, file: reader.file)
    let mark = JSONParser.byteOrderMarkLength(window)
    reader.pos = mark
    reader.lineStart = mark
    try ensure(items: 0)
    try reader.beginDocument()
  }

  /// Ends the document: only whitespace may follow its value.
  func endDocument() throws(InputError) {
    try ensure(items: 0)
    try reader.endDocument()
  }

  /// Whether the next value starts with `bracket` (`{` or `[`), so it can be opened instead of read whole.
  func nextValueStarts(with bracket: Unicode.Scalar) throws(InputError) -> Bool {
    try ensure(items: 0)
    return reader.pos < reader.end && reader.bytes[reader.pos] == UInt8(ascii: bracket)
  }

  /// Where the next value starts (1-based line and column).
  var position: (line: Int, column: Int) { (reader.line, reader.column(at: reader.pos)) }

  /// Reads the next value whole.
  func readValue() throws(InputError) -> JSONValue {
    try ensure(items: 1)
    return try reader.readValue()
  }

  /// Opens the object or array that is the next value (see `nextValueStarts(with:)`) without reading it.
  ///
  /// - Returns: false when it is empty (and already closed); true when it is open, and for an object `key` is its
  ///   first member's.
  func open() throws(InputError) -> Bool {
    try ensure(items: 0)
    // The bracket alone, not the container it opens (scanned as an item, the document's `{` took the whole file
    // into the window): then an object's first key and `:`, or the byte after an array's `[`.
    try ensure(items: reader.bytes[reader.pos] == UInt8(ascii: "{") ? 2 : 0, after: 1)
    return try reader.openContainer()
  }

  /// How many bytes the window can hold now: it grows only for an item larger than the chunks it reads.
  var windowCapacity: Int { storage.count }

  /// The key of the member whose value is next, in the innermost object opened with `open()`.
  var key: String { reader.frames[reader.frames.count - 1].key }

  /// Moves past the value just read (or the container just closed) in the innermost container opened with
  /// `open()`.
  ///
  /// - Returns: true when another member (whose key is then `key`) or element follows, false when the container
  ///   closed.
  func next() throws(InputError) -> Bool {
    let top = reader.frames.count - 1
    if reader.frames[top].isObject {
      // Only the key is kept, so a later duplicate is still refused.
      let frame = reader.frames[top]
      reader.frames[top].members.append(
        JSONMember(key: frame.key, value: .null, keyLine: frame.keyLine, keyColumn: frame.keyColumn))
    }
    // In an object, the `,`, the next key and its `:`; in an array, the `,` and the byte after it.
    try ensure(items: reader.frames[top].isObject ? 3 : 1)
    if try reader.readSeparator() { return true }
    reader.frames.removeLast()
    return false
  }

  // MARK: - The window

  /// Makes sure the window holds, from the reader's position, whitespace and `items` complete items (a value, or
  /// one of `,` `:` `]` `}`), each followed by its whitespace, and then `lookahead` more bytes: or all that is left
  /// of the file. Each byte is scanned a bounded number of times, so the whole file costs linear time.
  /// - Parameter after: bytes from the reader's position taken as they are before the items (an opening bracket).
  private func ensure(items: Int, lookahead: Int = 1, after: Int = 0) throws(InputError) {
    if reader.pos > storage.count / 2 { compact() }
    var scan = reader.pos + after
    var remaining = items
    while true {
      while true {
        guard try has(scan) else { return }
        guard Self.isWhitespace(storage[scan]) else { break }
        scan += 1
      }
      if remaining == 0 { break }
      guard try scanItem(from: &scan) else { return }
      remaining -= 1
    }
    _ = try has(scan + lookahead - 1)
  }

  /// Whether the window holds byte `index`, reading more of the file if needed; false when the file is shorter.
  private func has(_ index: Int) throws(InputError) -> Bool {
    while index >= filled {
      guard try fill() else { return false }
    }
    return true
  }

  /// Moves `scan` past one item starting at it; false when the file ends inside it.
  private func scanItem(from scan: inout Int) throws(InputError) -> Bool {
    let first = storage[scan]
    switch first {
    case UInt8(ascii: "\""):
      return try scanString(from: &scan)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while true {
        guard try has(scan) else { return false }
        switch storage[scan] {
        case UInt8(ascii: "\""):
          guard try scanString(from: &scan) else { return false }
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            scan += 1
            return true
          }
        default:
          break
        }
        scan += 1
      }
    case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"):
      scan += 1
      return true
    default:
      // A number, a literal or a mistake: up to the next delimiter.
      while true {
        guard try has(scan) else { return false }
        let byte = storage[scan]
        if Self.isWhitespace(byte) || Self.isDelimiter(byte) { return true }
        scan += 1
      }
    }
  }

  /// Moves `scan` past the string whose quote is at it; false when the file ends inside it.
  private func scanString(from scan: inout Int) throws(InputError) -> Bool {
    scan += 1
    while true {
      guard try has(scan) else { return false }
      switch storage[scan] {
      case UInt8(ascii: "\""):
        scan += 1
        return true
      case UInt8(ascii: "\\"):
        scan += 2
      default:
        scan += 1
      }
    }
  }

  /// Reads more of the file into the window, growing it when full; false at the end of the file.
  private func fill() throws(InputError) -> Bool {
    guard !reachedEnd else { return false }
    if storage.count - filled < chunkBytes {
      let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(storage.count * 2, filled + chunkBytes))
      _ = grown.initialize(fromContentsOf: storage[0..<filled])
      storage.deallocate()
      storage = grown
      pointReader()
    }
    while true {
      let count = read(descriptor, storage.baseAddress! + filled, storage.count - filled)
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(
          file: reader.file, reason: RegularFile.Refusal.readFailed(reason: POSIXFailure.current().text).description)
      }
      if count == 0 {
        reachedEnd = true
        return false
      }
      filled += count
      // A file that grew past the limit while being read is refused just the same.
      guard base + filled <= limit else {
        throw .unreadable(
          file: reader.file,
          reason: RegularFile.Refusal.tooLarge(size: Int64(base + filled), limit: limit).description)
      }
      pointReader()
      return true
    }
  }

  /// Drops the bytes before the reader's position from the window.
  private func compact() {
    let shift = reader.pos
    let kept = filled - shift
    guard let start = storage.baseAddress else { return }
    memmove(start, start + shift, kept)
    filled = kept
    base += shift
    reader.pos -= shift
    reader.lineStart -= shift
    pointReader()
  }

  private func pointReader() {
    reader.bytes = UnsafeBufferPointer(start: storage.baseAddress, count: filled)
    reader.end = filled
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private static func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "["),
      UInt8(ascii: "{"), UInt8(ascii: "\""):
      return true
    default:
      return false
    }
  }
}
