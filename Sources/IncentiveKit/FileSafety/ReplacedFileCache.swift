#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cached pages of the file a commit will replace, let go of while the new file is still being made.
///
/// A `rename` over a file nobody has open frees the old file inside the call: its cached pages, then its blocks. For
/// last run's 171 MB report at 100,000 engineers that was 35–42 ms at the very end of the run, one core busy and the
/// other idle. Here the kernel is asked to drop the pages (`POSIX_FADV_DONTNEED`) as soon as the writer starts, from
/// a thread that runs only when a core would otherwise be idle (`SCHED_IDLE`); the rename is left with the blocks
/// (24–27 ms of the 35–42 on an ext4 disk mounted with `discard`).
///
/// The old file is opened here, on the writer's thread, before anything is renamed: the thread only ever holds the
/// old file, never the new one, so nobody waits for it. Should it still hold the old file at the rename, the old file
/// is freed when the thread closes it instead of inside the rename. Only time changes: the old file's bytes and name
/// stay as they are until the rename (a run that fails keeps it whole), clean pages are dropped, dirty ones are left
/// to the kernel. A small file, or anything but a regular file (a link, a pipe, a device), is left alone.
enum ReplacedFileCache {
  /// Below this size the old file's pages are left to the rename: the thread would cost more than it saves.
  static let worthwhileBytes = 16 << 20

  /// Starts dropping the cached pages of the regular file at `path`, if there is one of `worthwhileBytes` or more.
  ///
  /// - Parameter found: what `path` was when the writer looked (`AtomicFile.rejectSpecialFile`): nothing, or a small
  ///   file, is left without opening anything.
  /// - Returns: the work, which nothing needs to wait for (tests do); nil when there was nothing to do.
  @discardableResult
  static func release(_ path: String, found: stat?) -> BackgroundWork<Void, Never>? {
    #if os(Linux)
      guard let found, isWorthwhile(found) else { return nil }
      // Non-blocking and not followed: a pipe is not waited on, and a link is replaced by the rename, not its target.
      // Opened, it must still be the file looked at.
      let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_dev == found.st_dev, status.st_ino == found.st_ino,
        isWorthwhile(status)
      else {
        close(descriptor)
        return nil
      }
      return BackgroundWork { dropCachedPages(of: descriptor) }
    #else
      return nil
    #endif
  }

  /// A regular file of `worthwhileBytes` or more.
  private static func isWorthwhile(_ status: stat) -> Bool {
    status.st_mode & S_IFMT == S_IFREG && Int(status.st_size) >= worthwhileBytes
  }

  #if os(Linux)
    /// On the calling thread, lowered to run only on an idle core first; closes `descriptor`.
    private static func dropCachedPages(of descriptor: Int32) {
      var idle = sched_param()
      _ = sched_setscheduler(0, schedIdle, &idle)
      _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
      close(descriptor)
    }

    /// sched.h's `SCHED_IDLE`, which the Glibc module does not export.
    private static let schedIdle: Int32 = 5
  #endif
}
