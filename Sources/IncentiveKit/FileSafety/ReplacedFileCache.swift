#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cached pages of the file a commit is about to replace, let go of while the new file is still being made.
///
/// A `rename` over a file nobody has open frees the old file's cached pages inside the call: 35–40 ms at the very
/// end of a 100,000-engineer run that overwrites last run's 171 MB report, with one core busy and the other idle.
/// Here the kernel is asked to drop them (`POSIX_FADV_DONTNEED`) as soon as the writer starts, from a thread that
/// runs only when a core would otherwise be idle (`SCHED_IDLE`), so the rename has almost nothing left to free.
///
/// Only time changes: the old file's bytes and name stay as they are until the rename (a run that fails keeps it
/// whole), clean pages are dropped, dirty ones are left to the kernel. A small file, or anything but a regular file
/// (a FIFO, a device), is left alone: there the thread would cost more than it saves.
struct ReplacedFileCache {
  /// Below this size the old file's pages are left to the rename.
  static let worthwhileBytes = 16 << 20

  private let releasing: BackgroundWork<Void, Never>?

  /// Starts dropping the cached pages of the regular file at `path`, if there is one of `worthwhileBytes` or more.
  init(path: String) {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) >= Self.worthwhileBytes
    else {
      releasing = nil
      return
    }
    #if os(Linux)
      releasing = BackgroundWork { Self.dropCachedPages(of: path) }
    #else
      releasing = nil
    #endif
  }

  /// Returns once the pages are let go of (at once when there was nothing to do), so the rename that follows
  /// replaces a file this process no longer has open.
  func wait() { releasing?.wait() }

  #if os(Linux)
    /// On the calling thread, lowered to run only on an idle core first. Non-blocking open: a path that turned into
    /// a FIFO since it was looked at is not waited on.
    private static func dropCachedPages(of path: String) {
      var idle = sched_param()
      _ = sched_setscheduler(0, schedIdle, &idle)
      let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0 else { return }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return }
      _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
    }

    /// sched.h's `SCHED_IDLE`, which the Glibc module does not export.
    private static let schedIdle: Int32 = 5
  #endif
}
