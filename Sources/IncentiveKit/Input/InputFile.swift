/// Reading a whole input file into memory, for the readers that need all of it (the roster, JSON
/// files, the plan, a golden, an export): only a regular file, and only up to a documented size,
/// checked before a byte is read (docs/security.md lists the limits). A FIFO, a device or a
/// directory is refused, as is a file over its limit, so neither hangs nor exhausts memory.
enum InputFile {
  /// Dataset tables other than event files (roster, assignments, costs, …): a 150,000-person roster
  /// is about 25 MB.
  static let tableLimit = 256 << 20
  /// CSV event files (deployments, reviews, incidents, on-call shifts, changes) read whole: only to
  /// report a bad row exactly, or for a what-if; otherwise they stream.
  static let eventFileLimit = 4 << 30
  /// JSON and JSON Lines event files, always read whole into a tree several times their size: a
  /// large export belongs in CSV, which streams.
  static let jsonEventFileLimit = 512 << 20
  /// The plan: a few kilobytes in practice.
  static let planLimit = 16 << 20
  /// A golden `calculate --format json` file: about 250 MB for a 150,000-person org.
  static let goldenLimit = 2 << 30
  /// One export file for `incentive import` or `--source`.
  static let exportLimit = 4 << 30

  /// The file's bytes.
  ///
  /// - Parameters:
  ///   - name: the file as messages name it.
  ///   - limit: the most bytes accepted.
  /// - Throws: `InputError.unreadable` naming the file and why (missing, not a regular file, too large).
  static func read(_ path: String, name: String? = nil, limit: Int) throws(InputError) -> [UInt8] {
    do {
      return try RegularFile.read(path, limit: limit)
    } catch {
      throw .unreadable(file: name ?? path, reason: error.description)
    }
  }

  /// The limit for a dataset file read whole, by its record type's file name and its path's extension.
  static func limit(forDatasetFile fileName: String, path: String) -> Int {
    guard ["deployments", "reviews", "incidents", "oncall", "changes"].contains(fileName) else { return tableLimit }
    return path.hasSuffix(".json") || path.hasSuffix(".jsonl") ? jsonEventFileLimit : eventFileLimit
  }
}
