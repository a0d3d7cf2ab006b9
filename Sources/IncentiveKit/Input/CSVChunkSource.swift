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
/// whose records end in a lone CR, makes the chunk grow until a boundary is found.
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
  private var carry: [UInt8] = []
  private var nextIndex = 0
  private var reachedEnd = false

  /// Opens `path` for reading in chunks of about `chunkBytes`.
  ///
  /// - Throws: `InputError.unreadable` when the file cannot be opened.
  init(path: String, displayName: String, chunkBytes: Int = 4 << 20) throws(InputError) {
    self.path = path
    self.chunkBytes = max(chunkBytes, 1)
    descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw .unreadable(file: displayName, reason: String(cString: strerror(errno)))
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
    while true {
      if !reachedEnd { try fill(&bytes, displayName: displayName) }
      if reachedEnd {
        guard !bytes.isEmpty else { return nil }
        defer { nextIndex += 1 }
        return Chunk(bytes: bytes, index: nextIndex)
      }
      if let cut = Self.lastRecordEnd(bytes) {
        carry = Array(bytes[cut...])
        bytes.removeSubrange(cut...)
        defer { nextIndex += 1 }
        return Chunk(bytes: bytes, index: nextIndex)
      }
    }
  }

  /// Appends up to `chunkBytes` more bytes of the file to `bytes`, noting the end of file.
  private mutating func fill(_ bytes: inout [UInt8], displayName: String) throws(InputError) {
    let old = bytes.count
    var failure: Int32 = 0
    var ended = false
    // Read straight into uninitialised capacity: zero-filling a chunk first would touch every byte twice.
    let grown = [UInt8](unsafeUninitializedCapacity: old + chunkBytes) { buffer, count in
      _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<old]).initialize(from: bytes)
      var filled = 0
      while filled < chunkBytes {
        let result = read(descriptor, buffer.baseAddress! + old + filled, chunkBytes - filled)
        if result < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if result == 0 {
          ended = true
          break
        }
        filled += result
      }
      count = old + filled
    }
    bytes = grown
    if ended { reachedEnd = true }
    if failure != 0 { throw .unreadable(file: displayName, reason: String(cString: strerror(failure))) }
  }

  /// The offset just after the last line feed outside quotes, nil when there is none.
  ///
  /// `bytes` must start on a record boundary (outside quotes).
  static func lastRecordEnd(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      let count = buffer.count
      var position = 0
      var inQuotes = false
      var cut: Int?
      while true {
        let quote = memchr(base + position, 0x22, count - position)
        let stretchEnd = quote.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
        if !inQuotes, let lineFeed = lastLineFeed(base + position, stretchEnd - position) {
          cut = position + lineFeed + 1
        }
        guard quote != nil else { return cut }
        inQuotes.toggle()
        position = stretchEnd + 1
      }
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
