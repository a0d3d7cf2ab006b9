#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-buffer reads and writes on a file descriptor that retry on `EINTR` and on short counts,
/// because a single `read`/`write` may legally move fewer bytes than asked.
enum POSIXIO {
  /// Writes every byte of `bytes` at the descriptor's current offset (or the end, under `O_APPEND`).
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(POSIXFailure) {
    var failure: POSIXFailure?
    bytes.withUnsafeBytes { buffer in
      do throws(POSIXFailure) { try writeAll(descriptor, buffer) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// `writeAll` of bytes that lie elsewhere.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(POSIXFailure) {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw POSIXFailure.current()
      }
      offset += written
    }
  }

  /// Reads the descriptor from offset 0 to end of file, whatever its current offset.
  static func readAll(_ descriptor: Int32) throws(POSIXFailure) -> [UInt8] {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw POSIXFailure.current() }
    var bytes: [UInt8] = []
    // One byte more than the size, so a file that did not grow ends in the first call.
    var size = max(Int(status.st_size), 0) + 1
    while try !read(descriptor, appendingTo: &bytes, upTo: size) { size += max(size, 4096) }
    return bytes
  }

  /// Appends the file's bytes from offset `bytes.count` until `bytes` holds `size` of them or the file ends (a read
  /// may return less than asked, which is not the end); returns whether it ended.
  static func read(_ descriptor: Int32, appendingTo bytes: inout [UInt8], upTo size: Int) throws(POSIXFailure) -> Bool {
    var filled = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: max(size - filled, 0)))
    defer { bytes.removeSubrange(filled...) }
    while filled < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress! + filled, size - filled, off_t(filled))
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw POSIXFailure.current()
      }
      if count == 0 { return true }
      filled += count
    }
    return false
  }

  /// Takes a `flock` lock, waiting as long as another process holds a conflicting one.
  static func lock(_ descriptor: Int32, exclusive: Bool) throws(POSIXFailure) {
    while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
      if errno == EINTR { continue }
      throw POSIXFailure.current()
    }
  }

  /// Flushes a directory so a file just created or renamed in it survives a power loss. File systems
  /// that cannot sync directories answer `EINVAL`, which is not a failure of ours.
  static func syncDirectory(_ directory: String) throws(POSIXFailure) {
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw POSIXFailure.current() }
    defer { close(descriptor) }
    if fsync(descriptor) != 0 && errno != EINVAL { throw POSIXFailure.current() }
  }

  /// The directory part of a path as `rename` and `open` need it: "." for a bare file name.
  static func directory(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    if slash == path.utf8.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last path component.
  static func fileName(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[path.utf8.index(after: slash)...])
  }
}
