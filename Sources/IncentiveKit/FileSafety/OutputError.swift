/// Why an output file (report, statement, golden file) could not be written. Every case names the
/// destination and quotes the operating system's reason, so a person can see whether the directory,
/// the permissions or the disk is at fault. Unless the case says otherwise the old file is untouched.
public enum OutputError: Error, Equatable, Sendable {
  /// No temporary file could be created next to the destination (missing or read-only directory).
  case cannotCreate(path: String, reason: String)
  /// Writing or flushing the new contents failed (disk full, I/O error, quota).
  case cannotWrite(path: String, reason: String)
  /// The file mode could not be set on the new contents.
  case cannotSetMode(path: String, mode: UInt32, reason: String)
  /// The finished temporary file could not be renamed over the destination.
  case cannotReplace(path: String, reason: String)
  /// The new file is in place, but the directory could not be flushed, so a power loss right now
  /// could bring the old file back.
  case notDurable(path: String, reason: String)
  /// The output is a file the same run reads or appends to (an input, the plan, the ledger); nothing
  /// was written.
  case wouldReplaceInput(path: String, input: String, role: String)
  /// A folder to be created (`incentive init`) exists and holds files, which are never overwritten.
  case folderNotEmpty(path: String)
  /// A folder to be created could not be.
  case cannotCreateFolder(path: String, reason: String)
  /// A folder that is replaced whole (`statement --all --output DIR`) holds `entry`, which is not one of the
  /// files the command writes there: replacing the folder would delete it, so nothing was changed.
  case folderHoldsOtherFiles(path: String, entry: String)
  /// The output would be a dataset file the run looked for and did not find (`fx.json`, `identities.csv`): the next
  /// run of the dataset would read the report as that input; nothing was written.
  case wouldBecomeInput(path: String)
  /// Standard output could not take the output (`> file` on a full disk, a closed terminal): what was printed before
  /// the failure is incomplete.
  case cannotWriteStandardOutput(reason: String)
  /// The destination exists and is a named pipe, a device or a socket, which a file written whole and renamed into
  /// place would replace; nothing was written.
  case notRegularFile(path: String, kind: String)
}

extension OutputError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .cannotCreate(let path, let reason):
      return "\(shown: path): cannot create a temporary file in its directory: \(shown: reason); "
        + "check that the directory exists and is writable"
    case .cannotWrite(let path, let reason):
      return "\(shown: path): cannot write: \(shown: reason); the previous file, if any, is unchanged"
    case .cannotSetMode(let path, let mode, let reason):
      return "\(shown: path): cannot set mode \(String(mode, radix: 8)): \(shown: reason); the previous file, if "
        + "any, is unchanged"
    case .cannotReplace(let path, let reason):
      return "\(shown: path): cannot replace the file: \(shown: reason); the previous file, if any, is unchanged"
    case .notDurable(let path, let reason):
      return "\(shown: path): written, but its directory could not be flushed to disk: \(shown: reason)"
    case .wouldReplaceInput(let path, let input, let role):
      return "\(shown: path): refusing to write the output over \(shown: role) (\(shown: input)) that this run reads; "
        + "choose another output path; nothing was written"
    case .wouldBecomeInput(let path):
      return "\(shown: path): refusing to write the output under the name of a dataset file: the next run of this "
        + "dataset would read it as its \(shown: POSIXIO.fileName(of: path)); choose another output path; nothing was written"
    case .notRegularFile(let path, let kind):
      return "\(shown: path): is \(shown: kind); an output is written whole and renamed into place, which would "
        + "replace it with a file: give the path of a regular file, or leave out --output and redirect standard "
        + "output; nothing was written"
    case .cannotWriteStandardOutput(let reason):
      return "cannot write to standard output: \(shown: reason); what it holds is incomplete, so use none of it "
        + "(--output FILE writes a file whole or not at all)"
    case .folderNotEmpty(let path):
      return "\(shown: path): the folder exists and is not empty; choose a new folder (nothing in it was changed)"
    case .cannotCreateFolder(let path, let reason):
      return "\(shown: path): cannot create the folder: \(shown: reason)"
    case .folderHoldsOtherFiles(let path, let entry):
      return "\(shown: path): the folder holds \"\(shown: entry)\", which statement --all did not write there; statements "
        + "replace their folder whole, so choose a new or empty folder, or one holding only earlier statements "
        + "(nothing in it was changed)"
    }
  }
}
