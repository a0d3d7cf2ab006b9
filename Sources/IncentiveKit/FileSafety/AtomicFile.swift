import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file all at once, so a reader (or a crash) sees either the old contents or the new ones,
/// never a half-written report full of someone's pay.
///
/// The protocol: create `.<name>.incentive-tmp-<pid>-<random>` in the destination's directory with
/// mode 0600, write everything, `fsync`, set the requested mode, `rename` over the destination (atomic
/// within one file system), then `fsync` the directory so the rename itself is durable.
///
/// A writer killed with SIGKILL cannot clean up after itself and leaves its temporary file behind.
/// Such files are hidden (leading dot), named after the destination and the writer's process id, and
/// safe to delete; the next `write` to the same destination deletes those whose process is gone
/// (see `removeStaleTemporaries(for:)`).
enum AtomicFile {
  /// Writes `bytes` to `path` atomically with permission bits `mode` (e.g. `0o600` for anything that
  /// holds personal pay data).
  ///
  /// - Throws: `OutputError`; on every failure before the rename the temporary file is removed and the
  ///   old file is left exactly as it was.
  static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws {
    try write(bytes, to: path, mode: mode, interruption: { _ in })
  }

  /// Deletes temporary files that an earlier writer of `path` left behind when it was killed: those
  /// named `.<name>.incentive-tmp-<pid>-...` whose process no longer exists. Files of a live writer
  /// are left alone. Best effort: failures are ignored, because a stale file does no harm.
  static func removeStaleTemporaries(for path: String) {
    let prefix = temporaryPrefix(for: path)
    removeStale(in: POSIXIO.directory(of: path)) { name in name.hasPrefix(prefix) ? name.dropFirst(prefix.count) : nil }
  }

  /// Unlinks the files of `directory` for which `pidPart` gives `<pid>-...` of a process that is gone.
  private static func removeStale(in directory: String, pidPart: (String) -> Substring?) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in names {
      guard let rest = pidPart(name), let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0
      else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH {
        unlink(directory + "/" + name)
      }
    }
  }

  /// The stages of a write, named so tests can interrupt the protocol between any two of them.
  enum Stage: CaseIterable, Sendable {
    case createdTemporary
    case wroteContents
    case syncedContents
    case setMode
  }

  /// The name every temporary file for `path` starts with (in the same directory).
  static func temporaryPrefix(for path: String) -> String {
    "." + POSIXIO.fileName(of: path) + ".incentive-tmp-"
  }

  /// `write(_:to:mode:)` with a hook called after each stage; a hook that throws simulates a failure
  /// there, which must leave the old file intact and no temporary file behind.
  static func write(
    _ bytes: [UInt8], to path: String, mode: mode_t, interruption: (Stage) throws -> Void
  ) throws {
    let writer = try AtomicFileWriter(path: path, mode: mode)
    try interruption(.createdTemporary)
    try writer.write(bytes)
    try writer.commit(interruption: interruption)
  }

  /// Creates a new, empty temporary file with a name no other writer can be using (`O_EXCL`), registered for removal
  /// on a signal as it is created (`TemporaryFiles.create`).
  /// A destination that is a named pipe, a device or a socket is refused before anything is written: the rename at
  /// the end would put a regular file in its place (run as root, `--output /dev/null` replaced the device, and a
  /// reader waiting on a pipe got nothing). A directory is left to the rename, which refuses it.
  ///
  /// - Returns: the status of what the destination is now (`stat`, a link followed), nil when there is nothing.
  @discardableResult
  static func rejectSpecialFile(_ path: String) throws(OutputError) -> stat? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    let kind: String
    switch status.st_mode & S_IFMT {
    case S_IFREG, S_IFDIR: return status
    case S_IFIFO: kind = "a named pipe"
    case S_IFCHR, S_IFBLK: kind = "a device"
    case S_IFSOCK: kind = "a socket"
    default: kind = "not a regular file"
    }
    throw .notRegularFile(path: path, kind: kind)
  }

  /// - Returns: the temporary file's descriptor and path, and the destination's status as `rejectSpecialFile` found
  ///   it (what the rename will replace).
  static func createTemporary(
    for path: String, in directory: String
  ) throws(OutputError) -> (descriptor: Int32, path: String, replacing: stat?) {
    let replacing = try rejectSpecialFile(path)
    let prefix = directory + "/" + temporaryPrefix(for: path) + "\(getpid())-"
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<16 {
      let suffix = String(generator.next() as UInt32, radix: 16)
      let candidate = prefix + suffix
      var descriptor: Int32 = -1
      var failure = POSIXFailure(code: 0)
      let created = TemporaryFiles.create(candidate) {
        descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 { failure = POSIXFailure.current() }
        return descriptor >= 0
      }
      if created { return (descriptor, candidate, replacing) }
      if failure.code != EEXIST { throw .cannotCreate(path: path, reason: failure.text) }
    }
    throw .cannotCreate(path: path, reason: "no unused temporary file name after 16 attempts")
  }
}
