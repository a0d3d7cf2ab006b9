#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What each of a run's input files looked like when the run began, so a file that changes while the run reads
/// it (an export still being written, a colleague saving the roster) stops the run instead of paying from a mix of
/// two versions.
///
/// A run reads some files more than once (the roster for its checks and again for its warnings, `metrics.csv`
/// to learn its metrics and again for their values, `identities.csv` and `fx.csv` for the run and again for
/// the row accounting), and the ledger digests every file again after paying: without this, a file rewritten
/// half-way gives payouts from its old rows, a row count from its new ones and a ledger digest of neither
/// reading, and finance re-running "the same files" gets other numbers. Like `tar` ("file changed as we read
/// it"), the check compares each file's identity, size and modification time before the first read and after the
/// last one; a file that appears or disappears counts as changed. The status-change time is left out: a `chmod`, a
/// hard link or a backup tool's attributes change it without touching a byte.
struct InputSnapshot: Sendable {
  /// One file as `stat` saw it; nil fields mean the file was not there.
  struct Stamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec

    static func == (lhs: Stamp, rhs: Stamp) -> Bool {
      lhs.device == rhs.device && lhs.inode == rhs.inode && lhs.size == rhs.size
        && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
    }

    /// The file at `path` (following symlinks, as reading it does), or nil when there is none.
    init?(path: String) {
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
      size = Int64(status.st_size)
      #if canImport(Darwin)
        modified = status.st_mtimespec
      #else
        modified = status.st_mtim
      #endif
    }
  }

  /// Each watched file: the name the run looks it up by, where it was found, and its stamp.
  private let files: [(name: String, path: String?, stamp: Stamp?)]
  /// Finds a file by its name now (a dataset looks for `reviews.csv` or `reviews.json`).
  private let locate: @Sendable (String) throws(InputError) -> String?

  /// Stamps the files `locate` finds for `names`, before anything reads them.
  init(names: [String], locate: @escaping @Sendable (String) throws(InputError) -> String?) throws(InputError) {
    self.locate = locate
    var files: [(name: String, path: String?, stamp: Stamp?)] = []
    for name in names {
      let path = try locate(name)
      files.append((name, path, path.flatMap(Stamp.init(path:))))
    }
    self.files = files
  }

  /// - Throws: `InputError.changedDuringRun` for the first file that is not as it was when the run began.
  func checkUnchanged() throws(InputError) {
    for file in files {
      let path = try locate(file.name)
      let stamp = path.flatMap(Stamp.init(path:))
      guard path == file.path, stamp == file.stamp else {
        throw .changedDuringRun(file: path ?? file.path ?? file.name, change: Self.change(from: file.stamp, to: stamp))
      }
    }
  }

  /// What a person can check: the file appeared, went, was replaced, or changed size or time.
  static func change(from old: Stamp?, to new: Stamp?) -> String {
    switch (old, new) {
    case (nil, nil): return "it was found under another name"
    case (nil, _): return "it appeared"
    case (_, nil): return "it was removed"
    case (let old?, let new?):
      if old.device != new.device || old.inode != new.inode { return "it was replaced by another file" }
      if old.size != new.size { return "its size went from \(old.size) to \(new.size) bytes" }
      return "it was modified"
    }
  }
}
