#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opening an input file the way every reader must: only a regular file is read. A FIFO would hang
/// the run, `/dev/zero` would grow memory without end, a directory has no bytes; each is refused with
/// a clear reason. Whole-file readers also give a size limit, checked with `fstat` before a byte is
/// read, so refusing a 1 GB roster costs no memory.
enum RegularFile {
  /// Why a file was refused; `description` is the reason a message quotes after the file name.
  enum Refusal: Error, CustomStringConvertible, Equatable {
    case cannotOpen(reason: String)
    case notRegular(kind: String)
    case tooLarge(size: Int64, limit: Int)
    case readFailed(reason: String)

    var description: String {
      switch self {
      case .cannotOpen(let reason): return reason
      case .notRegular(let kind): return "it is \(kind), not a regular file; only regular files are read"
      case .tooLarge(let size, let limit):
        return "it is \(size) bytes, over the \(limit)-byte limit for this kind of file (docs/security.md)"
      case .readFailed(let reason): return "read failed: \(reason)"
      }
    }
  }

  /// Opens `path` read-only, without blocking on a FIFO, and checks that it is a regular file.
  ///
  /// - Returns: the open descriptor (the caller closes it) and the file's size in bytes.
  static func open(_ path: String) throws(Refusal) -> (descriptor: Int32, size: Int64) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
    let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotOpen(reason: POSIXFailure.current().text) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let failure = POSIXFailure.current()
      _ = closeDescriptor(descriptor)
      throw .cannotOpen(reason: failure.text)
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      _ = closeDescriptor(descriptor)
      throw .notRegular(kind: kind(of: status.st_mode))
    }
    // Reads of a regular file never block; clear the flag so nothing else sees it.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return (descriptor, Int64(status.st_size))
  }

  /// The whole file, refused without reading when it is larger than `limit` bytes.
  static func read(_ path: String, limit: Int) throws(Refusal) -> [UInt8] {
    let (descriptor, size) = try open(path)
    defer { _ = closeDescriptor(descriptor) }
    guard size <= Int64(limit) else { throw .tooLarge(size: size, limit: limit) }
    let bytes: [UInt8]
    do {
      bytes = try POSIXIO.readAll(descriptor)
    } catch {
      throw .readFailed(reason: error.text)
    }
    // A file that grew past the limit while being read is refused just the same.
    guard bytes.count <= limit else { throw .tooLarge(size: Int64(bytes.count), limit: limit) }
    return bytes
  }

  /// Refuses `path` when it exists and is not a regular file, before a reader opens it (a dataset
  /// folder's files are checked when the folder is listed). Symbolic links are followed, as opening
  /// the path would.
  ///
  /// - Throws: `InputError.notRegularFile` naming what `path` is instead; nothing when it cannot be
  ///   examined (opening it then reports why).
  static func check(_ path: String) throws(InputError) {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG else { return }
    throw .notRegularFile(file: path, kind: kind(of: info.st_mode))
  }

  /// The kind of a non-regular file in words.
  static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }

  private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
      return Glibc.open(path, flags)
    #else
      return Darwin.open(path, flags)
    #endif
  }

  private static func closeDescriptor(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
      return Glibc.close(descriptor)
    #else
      return Darwin.close(descriptor)
    #endif
  }
}
