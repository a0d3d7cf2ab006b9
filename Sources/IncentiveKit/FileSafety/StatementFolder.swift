import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a set of files (everyone's statements) all or nothing: each is written and synced into a
/// hidden temporary folder beside the destination first (`.NAME.incentive-tmp-PID-RANDOM`, mode
/// 0700), so a run that fails half-way, or is killed, leaves no partial set under the destination's
/// name. When the destination does not exist yet the temporary folder is renamed to it in one step.
/// When it does, the finished folder is swapped in whole: the old folder is renamed aside
/// (`.NAME.incentive-old-PID-RANDOM`), the new one renamed to its name, then the old one removed. So
/// the destination holds the old set or the new set, never a mix, and no statement of someone no
/// longer paid survives a rerun. Files get mode 0600; a new destination folder 0700, a replaced one
/// keeps its permission bits.
///
/// Replacing a folder deletes what it held, so an existing folder is replaced only when everything in it was
/// written there by an earlier `statement --all`: the folder's list of what it wrote (`manifestName`) names every
/// other entry, each a plain file `owned` accepts. Anything else (a plan, a golden file, notes, a folder from an
/// earlier version without the list) is refused before anything is written; an empty folder is always taken. A
/// name with a statement's extension alone proved nothing: `plan.json` beside the statements was deleted with them.
/// The current folder, or one holding it, is refused too: swapped away, it would leave the shell inside a deleted
/// folder.
enum StatementFolder {
  /// The hidden file, in every folder this writes, listing the files it wrote there, one name a line.
  static let manifestName = ".incentive-statements"

  /// The extensions of the files `statement --all` writes: what a replaced folder may hold.
  static let statementExtensions: Set<String> = Set(Statement.Format.allCases.map(\.fileExtension))

  /// `produce` hands each file to `add`, which writes and syncs it into the staging folder at once,
  /// so only one file's bytes are held at a time (100,000 statements are never in memory together).
  ///
  /// - Parameter owned: whether an entry of an existing destination is one of ours (a regular file
  ///   whose name passes): anything else makes the run refuse the folder.
  /// - Throws: `OutputError` (`folderHoldsOtherFiles` for a folder holding anything else), or what
  ///   `produce` throws; on any failure before the swap the destination is left as it was.
  static func write(
    into folder: String, owned: (String) -> Bool = StatementFolder.isStatementName,
    _ produce: (_ add: (_ name: String, _ bytes: [UInt8]) throws -> Void) throws -> Void
  ) throws {
    var directory = folder
    while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
    var previousMode: mode_t?
    var status = stat()
    if stat(directory, &status) == 0 {
      guard status.st_mode & S_IFMT == S_IFDIR else {
        throw OutputError.cannotReplace(path: directory, reason: "it is not a folder")
      }
      // A symlink, `.` or `..` is the folder it names: that folder is the one replaced, and the staging folder goes
      // beside it, not inside it.
      if let resolved = realpath(directory, nil) {
        directory = String(cString: resolved)
        free(resolved)
      }
      if let current = realpath(".", nil) {
        let cwd = String(cString: current)
        free(current)
        if cwd == directory || cwd.hasPrefix(directory == "/" ? "/" : directory + "/") {
          throw OutputError.cannotReplace(
            path: folder,
            reason: "it is the current folder or holds it, and statements replace their folder whole; give another "
              + "folder, e.g. --output statements")
        }
      }
      try checkReplaceable(directory, owned: owned)
      previousMode = status.st_mode & 0o7777
    }
    let parent = POSIXIO.directory(of: directory)
    let staging = try createStagingFolder(for: directory, in: parent, kind: "tmp", registered: true)
    var keepStaging = false
    defer {
      TemporaryFiles.unregister(staging)
      if !keepStaging { try? FileManager.default.removeItem(atPath: staging) }
    }
    var written: [String] = []
    func add(_ name: String, _ bytes: [UInt8]) throws(OutputError) {
      let descriptor = open(staging + "/" + name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw .cannotCreate(path: directory + "/" + name, reason: POSIXFailure.current().text)
      }
      defer { close(descriptor) }
      do throws(POSIXFailure) {
        try POSIXIO.writeAll(descriptor, bytes)
      } catch {
        throw .cannotWrite(path: directory + "/" + name, reason: error.text)
      }
    }
    try produce { name, bytes throws(OutputError) in
      guard name != Self.manifestName else {
        throw .cannotCreate(path: directory + "/" + name, reason: "the name is the folder's list of its statements")
      }
      try add(name, bytes)
      written.append(name)
    }
    try add(Self.manifestName, Array(written.map { $0 + "\n" }.joined().utf8))
    // Every file, and the staged names themselves, made durable before the folder becomes the destination.
    try syncAll(staging, names: written + [Self.manifestName], destination: directory)
    try? POSIXIO.syncDirectory(staging)
    try TemporaryFiles.publish(staging) { () throws(OutputError) in
      if let previousMode {
        guard chmod(staging, previousMode) == 0 else {
          throw OutputError.cannotSetMode(
            path: directory, mode: UInt32(previousMode), reason: POSIXFailure.current().text)
        }
        // Checked again just before the swap: a file put in the folder while the statements were made is not lost.
        try checkReplaceable(directory, owned: owned)
        try swap(staging, into: directory, in: parent)
      } else {
        guard rename(staging, directory) == 0 else {
          throw OutputError.cannotReplace(path: directory, reason: POSIXFailure.current().text)
        }
      }
    }
    keepStaging = true
    do {
      try POSIXIO.syncDirectory(parent)
    } catch {
      throw OutputError.notDurable(path: directory, reason: error.text)
    }
  }

  /// The files `names` in `staging` made durable at once: on Linux one `syncfs` of the folder's file system, where an
  /// `fsync` per file made `statement --all` wait for 100,000 journal commits (80 s at 100,000 people); elsewhere,
  /// or when the call is missing, an `fsync` of each.
  private static func syncAll(_ staging: String, names: [String], destination: String) throws(OutputError) {
    let folder = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    defer { if folder >= 0 { close(folder) } }
    if folder >= 0, let syncfs = fileSystemSync {
      guard syncfs(folder) == 0 else {
        throw .cannotWrite(path: destination, reason: POSIXFailure.current().text)
      }
      return
    }
    for name in names {
      let descriptor = open(staging + "/" + name, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0, fsync(descriptor) == 0 else {
        let failure = POSIXFailure.current()
        if descriptor >= 0 { close(descriptor) }
        throw .cannotWrite(path: destination + "/" + name, reason: failure.text)
      }
      close(descriptor)
    }
  }

  /// Linux's `syncfs(2)`, looked up at run time: Glibc's module does not declare it, and other systems lack it. Only
  /// from Linux 5.8 on does it report a file's failed write-back; before that an `fsync` per file is what would.
  private static let fileSystemSync: (@convention(c) (Int32) -> Int32)? = {
    #if os(Linux)
      var system = utsname()
      uname(&system)
      let release = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      let version = release.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
      guard version.count == 2, (version[0], version[1]) >= (5, 8),
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs")
      else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    #else
      return nil
    #endif
  }()

  /// A name `statement --all` writes: not hidden, ending in a statement format's extension.
  static func isStatementName(_ name: String) -> Bool {
    guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
    return statementExtensions.contains(String(name[name.index(after: dot)...]))
  }

  /// Throws `folderHoldsOtherFiles` naming the first entry (in byte order) that the folder's list does not name, or
  /// that is not a regular file `owned` accepts; a folder without the list may only be empty.
  private static func checkReplaceable(_ directory: String, owned: (String) -> Bool) throws(OutputError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .cannotReplace(path: directory, reason: "cannot list the folder: \(error.localizedDescription)")
    }
    let listed = Set(
      ((try? String(contentsOfFile: directory + "/" + manifestName, encoding: .utf8)) ?? "").split(separator: "\n")
        .map(String.init))
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      var status = stat()
      let regular = lstat(directory + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
      let ours = name == manifestName || (listed.contains(name) && owned(name))
      if !regular || !ours { throw .folderHoldsOtherFiles(path: directory, entry: name) }
    }
  }

  /// Old folder aside, new folder in, old folder removed. If the second rename fails the old folder
  /// is put back, so the destination is never left missing by an error.
  private static func swap(_ staging: String, into directory: String, in parent: String) throws(OutputError) {
    let aside = try createStagingFolder(for: directory, in: parent, kind: "old", registered: false)
    // The name is reserved by creating it; the rename replaces that empty folder with the old one.
    guard rename(directory, aside) == 0 else {
      let failure = POSIXFailure.current()
      rmdir(aside)
      throw .cannotReplace(path: directory, reason: failure.text)
    }
    guard rename(staging, directory) == 0 else {
      let failure = POSIXFailure.current()
      rename(aside, directory)
      throw .cannotReplace(path: directory, reason: failure.text)
    }
    try? FileManager.default.removeItem(atPath: aside)
  }

  /// An empty hidden folder beside `directory`: `.NAME.incentive-KIND-PID-RANDOM`, mode 0700. `tmp`
  /// (the staging folder) shares the temporary files' prefix; `old` (the replaced folder, for the
  /// moment between the two renames) does not, so no clean-up of stale temporaries ever deletes it.
  ///
  /// - Parameter registered: registered for removal on a signal as it is made (`TemporaryFiles.create`): the staging
  ///   folder is, the old folder set aside is not.
  private static func createStagingFolder(
    for directory: String, in parent: String, kind: String, registered: Bool
  ) throws(OutputError) -> String {
    var generator = SystemRandomNumberGenerator()
    let prefix = parent + "/." + POSIXIO.fileName(of: directory) + ".incentive-\(kind)-\(getpid())-"
    for _ in 0..<16 {
      let candidate = prefix + String(generator.next() as UInt32, radix: 16)
      var failure = POSIXFailure(code: 0)
      let make = {
        if mkdir(candidate, 0o700) == 0 { return true }
        failure = POSIXFailure.current()
        return false
      }
      if registered ? TemporaryFiles.create(candidate, make) : make() { return candidate }
      if failure.code != EEXIST {
        throw .cannotCreate(path: directory, reason: "cannot create a folder beside it: \(failure.text)")
      }
    }
    throw .cannotCreate(path: directory, reason: "no unused temporary folder name after 16 attempts")
  }
}
