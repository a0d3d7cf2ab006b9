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
    let outputNames = Set([Self.entry(output), Self.resolved(output)].compactMap { $0 })
    let outputIdentity = Self.identity(output)
    for file in files {
      let names = Set([Self.entry(file.path), Self.resolved(file.path)].compactMap { $0 })
      let sameFile = outputIdentity != nil && outputIdentity == Self.identity(file.path)
      if sameFile || !names.isDisjoint(with: outputNames) {
        throw .wouldReplaceInput(path: output, input: file.path, role: file.role)
      }
    }
    if absentInputs.contains(where: { Self.entry($0).map(outputNames.contains) ?? false }) {
      throw .wouldBecomeInput(path: output)
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
  private static func identity(_ path: String) -> [UInt64]? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return [UInt64(status.st_dev), UInt64(status.st_ino)]
  }
}
