#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Only regular files are read as data: a FIFO or a device would block or never end, and a folder is no table.
enum RegularFile {
  /// Follows symbolic links, as opening the path would.
  ///
  /// - Throws: `InputError.notRegularFile` naming what `path` is instead; nothing when it cannot be examined
  ///   (opening it then reports why).
  static func check(_ path: String) throws(InputError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw .notRegularFile(file: path, kind: "a folder")
    case S_IFCHR, S_IFBLK: throw .notRegularFile(file: path, kind: "a device")
    case S_IFIFO: throw .notRegularFile(file: path, kind: "a FIFO (named pipe)")
    default: throw .notRegularFile(file: path, kind: "a socket or other special file")
    }
  }
}
