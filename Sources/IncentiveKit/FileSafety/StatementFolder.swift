import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a set of files (everyone's statements) all or nothing: each is written and synced into a
/// hidden temporary folder beside the destination first (`.NAME.incentive-tmp-PID-RANDOM`, mode
/// 0700), so a run that fails half-way, or is killed, leaves no partial set under the destination's
/// name. When the destination does not exist yet the temporary folder is renamed to it in one step;
/// when it does, the finished files are renamed into it one by one (each rename atomic), and the
/// temporary folder removed. Files get mode 0600; a new destination folder 0700.
enum StatementFolder {
  /// `produce` hands each file to `add`, which writes and syncs it into the staging folder at once,
  /// so only one file's bytes are held at a time (100,000 statements are never in memory together).
  ///
  /// - Throws: `OutputError`, or what `produce` throws; on a failure before the renames nothing is
  ///   left under `folder`'s name.
  static func write(
    into folder: String, _ produce: (_ add: (_ name: String, _ bytes: [UInt8]) throws -> Void) throws -> Void
  ) throws {
    var directory = folder
    while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
    let parent = POSIXIO.directory(of: directory)
    let staging = try createStagingFolder(for: directory, in: parent)
    var keepStaging = false
    TemporaryFiles.register(staging)
    defer {
      TemporaryFiles.unregister(staging)
      if !keepStaging { try? FileManager.default.removeItem(atPath: staging) }
    }
    var names: [String] = []
    try produce { name, bytes throws(OutputError) in
      let descriptor = open(staging + "/" + name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw .cannotCreate(path: directory + "/" + name, reason: POSIXFailure.current().text)
      }
      defer { close(descriptor) }
      do throws(POSIXFailure) {
        try POSIXIO.writeAll(descriptor, bytes)
        guard fsync(descriptor) == 0 else { throw POSIXFailure.current() }
      } catch {
        throw .cannotWrite(path: directory + "/" + name, reason: error.text)
      }
      names.append(name)
    }
    var status = stat()
    if stat(directory, &status) != 0 && errno == ENOENT {
      guard rename(staging, directory) == 0 else {
        throw OutputError.cannotReplace(path: directory, reason: POSIXFailure.current().text)
      }
      keepStaging = true
    } else {
      for name in names {
        guard rename(staging + "/" + name, directory + "/" + name) == 0 else {
          throw OutputError.cannotReplace(path: directory + "/" + name, reason: POSIXFailure.current().text)
        }
      }
      try? POSIXIO.syncDirectory(directory)
    }
    do {
      try POSIXIO.syncDirectory(parent)
    } catch {
      throw OutputError.notDurable(path: directory, reason: error.text)
    }
  }

  private static func createStagingFolder(for directory: String, in parent: String) throws(OutputError) -> String {
    var generator = SystemRandomNumberGenerator()
    let prefix = parent + "/" + AtomicFile.temporaryPrefix(for: directory) + "\(getpid())-"
    for _ in 0..<16 {
      let candidate = prefix + String(generator.next() as UInt32, radix: 16)
      if mkdir(candidate, 0o700) == 0 { return candidate }
      let failure = POSIXFailure.current()
      if failure.code != EEXIST {
        throw .cannotCreate(path: directory, reason: "cannot create a folder beside it: \(failure.text)")
      }
    }
    throw .cannotCreate(path: directory, reason: "no unused temporary folder name after 16 attempts")
  }
}
