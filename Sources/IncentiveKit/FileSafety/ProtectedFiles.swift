import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a run reads or appends to (dataset inputs, the plan, the ledger, a golden), which no output
/// of the same run may replace: `calculate --output roster.csv` or `--output` onto the ledger would
/// destroy the very thing the run stands on. Checked before anything is written.
///
/// Paths are compared after resolving symlinks: the output's folder is resolved (the rename replaces
/// the entry there), and so is the output itself when it exists, so a link to an input is refused too;
/// an existing output that is the same file as an input (a hard link) is refused as well.
struct ProtectedFiles {
  private var files: [(path: String, role: String)] = []
  /// Names a run looks for and did not find (`fx.json`): an output there would be read by the next run.
  private var absentInputs: [String] = []

  init() {}

  /// Adds `path`, described as `role` in the refusal ("an input file", "the ledger").
  mutating func add(_ path: String, role: String) {
    files.append((path, role))
  }

  mutating func add(_ paths: [String], role: String) {
    for path in paths { add(path, role: role) }
  }

  /// Adds names the run would read a file under, had it found one there.
  mutating func addAbsentInputs(_ paths: [String]) {
    absentInputs += paths
  }

  /// - Throws: `OutputError.wouldReplaceInput` when `output` is one of the protected files, and
  ///   `OutputError.wouldBecomeInput` when it is a name the run looked for an input under.
  func check(output: String) throws(OutputError) {
    var checker = checker()
    try checker.check(output: output)
  }

  /// `check(output:)` for many outputs (everyone's statements): the protected files are resolved once, and each
  /// output's folder once, not for each of 100,000 files (150 `readlink` calls a statement).
  func checker() -> Checker { Checker(self) }

  struct Checker {
    private let files: [(path: String, role: String)]
    /// Each name a protected file goes by (its entry and its resolved path), with the first file's place in `files`.
    private var names: [String: Int] = [:]
    /// Device and inode of each protected file that exists, with the first file's place.
    private var identities: [[UInt64]: Int] = [:]
    private var absentNames: Set<String> = []
    /// The last output folder resolved, and what it resolved to.
    private var folder: (path: String, resolved: String?)?

    fileprivate init(_ protected: ProtectedFiles) {
      files = protected.files
      for (index, file) in files.enumerated() {
        for name in [ProtectedFiles.entry(file.path), ProtectedFiles.resolved(file.path)].compactMap({ $0 }) {
          names[name] = min(names[name] ?? index, index)
        }
        if let identity = ProtectedFiles.identity(file.path) {
          identities[identity] = min(identities[identity] ?? index, index)
        }
      }
      absentNames = Set(protected.absentInputs.compactMap(ProtectedFiles.entry))
    }

    /// `ProtectedFiles.check(output:)`: the first protected file, in the order added, that `output` would replace.
    mutating func check(output: String) throws(OutputError) {
      let identity = ProtectedFiles.identity(output)
      // Only an existing output resolves to anything, and only an existing one has an identity.
      let outputNames = [entry(output), identity == nil ? nil : ProtectedFiles.resolved(output)].compactMap { $0 }
      let matches = outputNames.compactMap { names[$0] } + (identity.flatMap { identities[$0] }.map { [$0] } ?? [])
      if let first = matches.min() {
        throw .wouldReplaceInput(path: output, input: files[first].path, role: files[first].role)
      }
      if outputNames.contains(where: absentNames.contains) { throw .wouldBecomeInput(path: output) }
    }

    /// `ProtectedFiles.entry`, its folder resolved once for a run of outputs in the same folder.
    private mutating func entry(_ path: String) -> String? {
      let name = POSIXIO.fileName(of: path)
      if name == "." || name == ".." || name.isEmpty { return ProtectedFiles.resolved(path) }
      let directory = POSIXIO.directory(of: path)
      if folder?.path != directory { folder = (directory, ProtectedFiles.resolved(directory)) }
      guard let resolved = folder?.resolved else { return nil }
      return resolved == "/" ? "/" + name : resolved + "/" + name
    }
  }

  /// The path with its folder resolved and its last component kept: the directory entry a rename
  /// replaces. Nil when the folder does not exist (then nothing there can be an input either).
  static func entry(_ path: String) -> String? {
    guard let folder = resolvedPath(POSIXIO.directory(of: path)) else { return nil }
    let name = POSIXIO.fileName(of: path)
    if name == "." || name == ".." || name.isEmpty { return resolvedPath(path) }
    return folder == "/" ? "/" + name : folder + "/" + name
  }

  /// The path with every symlink resolved, nil when it does not exist.
  static func resolved(_ path: String) -> String? { resolvedPath(path) }

  private static func resolvedPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// Device and inode of an existing file (following symlinks).
  fileprivate static func identity(_ path: String) -> [UInt64]? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return [UInt64(status.st_dev), UInt64(status.st_ino)]
  }
}
