#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a CSV file in chunks that each end on a record boundary, so several threads can parse different parts of
/// one large file while only a few megabytes of it are in memory at a time.
///
/// A chunk ends just after the last line feed that lies outside quotes: quotes are found with `memchr` and their
/// parity tells which line feeds are inside a quoted field (a `""` escape flips the parity twice, so it does not
/// count). The bytes after that line feed are carried into the next chunk. A record longer than a chunk, or a file
/// whose records end in a lone CR, makes the chunk grow until a boundary is found: the search resumes where it
/// stopped (with the quote parity it had) and the buffer grows geometrically, so a long record costs time linear
/// in its length; past `maxRecordBytes` the read stops with `InputError.recordTooLong` at the record's line.
///
/// Only a regular file is read (a FIFO or `/dev/zero` would hang or grow without end): see `RegularFile`.
///
/// Not thread-safe by itself; `ParallelCSVReader` calls it under a lock.
struct CSVChunkSource {
  /// A piece of the file that starts and ends on record boundaries.
  struct Chunk {
    var bytes: [UInt8]
    /// 0 for the chunk that begins the file (with its header row and any byte order mark).
    var index: Int
  }

  let path: String
  private let descriptor: Int32
  private let chunkBytes: Int
  /// The longest record accepted, in bytes.
  let maxRecordBytes: Int
  private var carry: [UInt8] = []
  private var nextIndex = 0
  private var reachedEnd = false
  /// Bytes of the file in the chunks handed out so far (the byte order mark included).
  private var bytesHandedOut = 0

  /// 64 MB: four times the parser's field limit, far above any real record.
  static let defaultMaxRecordBytes = 64 << 20

  /// Opens `path` for reading in chunks of about `chunkBytes`.
  ///
  /// - Throws: `InputError.unreadable` when the file cannot be opened.
  init(
    path: String, displayName: String, chunkBytes: Int = 4 << 20, maxRecordBytes: Int = defaultMaxRecordBytes
  ) throws(InputError) {
    self.path = path
    self.chunkBytes = max(chunkBytes, 1)
    self.maxRecordBytes = maxRecordBytes
    do {
      descriptor = try RegularFile.open(path).descriptor
    } catch {
      throw .unreadable(file: displayName, reason: error.description)
    }
  }

  /// Closes the file; call once when done.
  func close() {
    #if canImport(Glibc)
      _ = Glibc.close(descriptor)
    #elseif canImport(Darwin)
      _ = Darwin.close(descriptor)
    #endif
  }

  /// The next chunk, or nil after the last one.
  ///
  /// - Throws: `InputError.unreadable` when a read fails.
  mutating func next(displayName: String) throws(InputError) -> Chunk? {
    var bytes = carry
    carry = []
    var scan = Scan()
    while true {
      if !reachedEnd { try fill(&bytes, displayName: displayName) }
      if reachedEnd {
        guard !bytes.isEmpty else { return nil }
        return handOut(bytes)
      }
      if let cut = Self.lastRecordEnd(bytes, resuming: &scan) {
        carry = Array(bytes[cut...])
        bytes.removeSubrange(cut...)
        return handOut(bytes)
      }
      if bytes.count > maxRecordBytes {
        throw .recordTooLong(file: displayName, line: try lineFeedsHandedOut(displayName) + 1, limit: maxRecordBytes)
      }
    }
  }

  private mutating func handOut(_ bytes: [UInt8]) -> Chunk {
    defer { nextIndex += 1 }
    bytesHandedOut += bytes.count
    return Chunk(bytes: bytes, index: nextIndex)
  }

  /// The line feeds in the bytes handed out so far, read again from the file: only a record too long to read
  /// needs its line, so no chunk pays for counting them under the reader's lock.
  private func lineFeedsHandedOut(_ displayName: String) throws(InputError) -> Int {
    let piece = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    defer { piece.deallocate() }
    var offset = 0
    var count = 0
    while offset < bytesHandedOut {
      let result = pread(descriptor, piece.baseAddress!, min(piece.count, bytesHandedOut - offset), off_t(offset))
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else {
        throw .unreadable(file: displayName, reason: result < 0 ? String(cString: strerror(errno)) : "the file shrank")
      }
      count += Self.lineFeeds(in: UnsafeBufferPointer(rebasing: piece[..<result]))
      offset += result
    }
    return count
  }

  /// How many line feeds `bytes` hold: `memchr` from one to the next, which runs at vector speed over a line's
  /// bytes (a word-at-a-time count would need a population count per word, a library call on baseline x86-64).
  static func lineFeeds(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count = 0
    var position = 0
    while position < buffer.count, let found = memchr(base + position, 0x0A, buffer.count - position) {
      count += 1
      position = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
    }
    return count
  }

  /// Appends more of the file to `bytes`, noting the end of file: up to `chunkBytes`, or as much again as `bytes`
  /// holds when one record has outgrown a chunk, so a record that spans many chunks is copied a number of times
  /// logarithmic in its length, not once per chunk.
  ///
  /// The file is read straight into the new array's uninitialised storage: zero-filling 4 MB only for `read` to
  /// overwrite it cost a memory pass per chunk.
  private mutating func fill(_ bytes: inout [UInt8], displayName: String) throws(InputError) {
    let old = bytes.count
    let room = max(chunkBytes, old)
    var failure: Int32 = 0
    var filled = 0
    let descriptor = self.descriptor
    bytes = bytes.withUnsafeBufferPointer { kept in
      [UInt8](unsafeUninitializedCapacity: old + room) { buffer, count in
        let base = buffer.baseAddress!
        if let kept = kept.baseAddress { base.initialize(from: kept, count: old) }
        while filled < room {
          let result = read(descriptor, base + old + filled, room - filled)
          if result < 0 {
            if errno == EINTR { continue }
            failure = errno
            break
          }
          if result == 0 { break }
          filled += result
        }
        count = old + filled
      }
    }
    if filled < room && failure == 0 { reachedEnd = true }
    if failure != 0 { throw .unreadable(file: displayName, reason: String(cString: strerror(failure))) }
  }

  /// Where `lastRecordEnd(_:resuming:)` stopped: bytes before `position` are searched, with this quote parity.
  struct Scan {
    var position = 0
    var inQuotes = false
  }

  /// The offset just after the last line feed outside quotes, nil when there is none.
  ///
  /// `bytes` must start on a record boundary (outside quotes).
  static func lastRecordEnd(_ bytes: [UInt8]) -> Int? {
    var scan = Scan()
    return lastRecordEnd(bytes, resuming: &scan)
  }

  /// `lastRecordEnd(_:)` that starts at `scan` and leaves it at the end, so a buffer that only grew is not
  /// searched again from its start.
  static func lastRecordEnd(_ bytes: [UInt8], resuming scan: inout Scan) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      let count = buffer.count
      var position = scan.position
      var inQuotes = scan.inQuotes
      var cut: Int?
      defer { scan = Scan(position: count, inQuotes: inQuotes) }
      while position <= count {
        let quote = position < count ? memchr(base + position, 0x22, count - position) : nil
        let stretchEnd = quote.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
        if !inQuotes, let lineFeed = lastLineFeed(base + position, stretchEnd - position) {
          cut = position + lineFeed + 1
        }
        guard quote != nil else { return cut }
        inQuotes.toggle()
        position = stretchEnd + 1
      }
      return cut
    }
  }

  /// The offset of the last line feed in `count` bytes from `start`, scanning backwards.
  private static func lastLineFeed(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var index = count - 1
    while index >= 0 {
      if start[index] == 0x0A { return index }
      index -= 1
    }
    return nil
  }
}
