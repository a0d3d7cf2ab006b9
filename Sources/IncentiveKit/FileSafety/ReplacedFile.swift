import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file an atomic write is about to replace (`AtomicFile`): its contents stay exactly as they are until the
/// rename, but the memory the kernel caches them in can be let go early.
///
/// Renaming a new report over the previous one frees the old file, and with it every page of it the kernel still
/// caches: for the 171 MB report of 100,000 engineers that was 30–40 ms at the very end of the run, on the one
/// thread the run waits for. Dropping those pages (`POSIX_FADV_DONTNEED`, which leaves the file and its contents
/// untouched) on a thread of its own while the run reads its inputs leaves the rename only the file's blocks to free.
enum ReplacedFile {
  /// Files smaller than this are left alone: their pages free in well under a millisecond.
  static let minimumBytes: Int = 16 << 20

  /// Starts dropping the cached pages of the regular file at `path`, if there is one of at least `minimumBytes`,
  /// on a thread of its own; does nothing for anything else (a link, which the rename replaces and does not
  /// free, a missing file, a device). Best effort: a failure only leaves the pages where they were.
  static func releaseCachedPages(ofFileAt path: String) {
    #if os(Linux)
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) >= minimumBytes else {
        return
      }
      Thread { releaseNow(path) }.start()
    #endif
  }

  /// Drops the cached pages of the regular file at `path` now; false when it could not be opened or advised.
  @discardableResult
  static func releaseNow(_ path: String) -> Bool {
    #if os(Linux)
      let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else { return false }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
      return posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED) == 0
    #else
      return false
    #endif
  }
}
