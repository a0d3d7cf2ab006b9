import Foundation

/// A dataset folder: `roster.csv` and optional event files, each as `.csv`, `.json` or
/// `.jsonl`. Knows where each file is; reading is left to the record types so events can be
/// streamed instead of held.
public struct Dataset: Sendable {
  /// The folder as the user named it.
  public let directory: String
  /// Told how far each file's reading has got (for a progress line); nil costs nothing.
  public var progress: ReadProgress.Handler?
  /// A folder whose files replace the dataset's files of the same name: an export imported
  /// on the fly (`calculate --source devlake DIR`). Nil for a plain dataset.
  public let overlay: String?

  public init(directory: String, overlay: String? = nil, progress: ReadProgress.Handler? = nil) throws(InputError) {
    self.progress = progress
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .unreadable(file: directory, reason: "not a dataset folder (expected a folder holding roster.csv)")
    }
    self.directory = directory
    self.overlay = overlay
    guard try path(forFile: Engineer.fileName) != nil else {
      throw .unreadable(file: join("roster.csv"), reason: "every dataset needs a roster (roster.csv, .json or .jsonl)")
    }
  }

  /// The path of `name` in one of the supported formats, nil when absent; two formats of
  /// the same file are ambiguous and an error.
  public func path(forFile name: String) throws(InputError) -> String? {
    if let overlay, let found = try Self.path(forFile: name, in: overlay) { return found }
    return try Self.path(forFile: name, in: directory)
  }

  private static func path(forFile name: String, in directory: String) throws(InputError) -> String? {
    let found = TableReader.Format.allCases.map { join("\(name).\($0.rawValue)", in: directory) }.filter {
      FileManager.default.fileExists(atPath: $0)
    }
    if found.count > 1 {
      throw .unreadable(
        file: found[0], reason: "also found \(found[1...].joined(separator: ", ")); keep one format per file")
    }
    if let path = found.first { try RegularFile.check(path) }
    return found.first
  }

  /// Calls `body` for each row of the record type's file, in order; does nothing when the
  /// optional file is absent. Empty spreadsheet rows are skipped (see `account` for a count of them).
  func forEach<R: DatasetRecord>(_ type: R.Type, _ body: (R) throws(InputError) -> Void) throws(InputError) {
    var ignored = InputAccounting()
    try account(type, into: &ignored) { (record: R) throws(InputError) -> RowFate in
      try body(record)
      return .counted()
    }
  }

  /// Calls `body` for each row of the record type's file, in order, and records in `accounting` where each row
  /// went as `body` says, empty spreadsheet rows as left out. Up to `RowErrors.datasetLimit` bad rows are
  /// reported together.
  ///
  /// - Parameter rosterColumn: the column whose value must be on the roster, checked when the run settles.
  ///   - countedLineLimit: lines kept per counted value (see `FileAccounting.countedLineLimit`).
  /// - Returns: the path of the file read, nil when the dataset has none (for a finding made from its rows).
  @discardableResult
  func account<R: DatasetRecord>(
    _ type: R.Type, rosterColumn: RosterColumn? = nil, countedLineLimit: Int = 1,
    into accounting: inout InputAccounting, _ body: (R) throws(InputError) -> RowFate
  ) throws(InputError) -> String? {
    guard let path = try path(forFile: R.fileName) else { return nil }
    var settling = RowSettling<R>(
      file: FileAccounting(file: path, rosterColumn: rosterColumn), countedLineLimit: countedLineLimit,
      rosterIndex: rosterColumn.flatMap { column in R.columns.firstIndex { $0.name == column.header } })
    var reader = try TableReader(path: path, limit: InputFile.limit(forDatasetFile: R.fileName, path: path))
    reader.checksHeaderSpelling = true
    // A plain-ASCII record of a type that reads one goes to its record without a `TableRow`.
    try reader.forEachRow(
      columns: R.columns, progress: progress, errorLimit: RowErrors.datasetLimit, skipsEmptyRows: true,
      onEmptyRow: { settling.file.leaveOut(.emptyRow, line: $0) }, offersPlain: R.readsPlainCells,
      plain: { (cells: PlainRecordCells) throws(InputError) -> Bool in
        guard let record = R(plain: cells) else { return false }
        settling.settle(try body(record), line: cells.line, columnNumber: cells.columnNumber)
        return true
      }
    ) { (row: TableRow) throws(InputError) in
      settling.settle(try body(try R(row: row)), line: row.line) { row.position($0).column }
    }
    settling.endRun()
    accounting.add(settling.file)
    return path
  }

  /// All rows of a (small) file, e.g. the roster.
  func load<R: DatasetRecord>(_ type: R.Type) throws(InputError) -> [R] {
    var ignored = InputAccounting()
    return try load(type, into: &ignored)
  }

  /// `load(_:)` that keeps where each row went (every row of a file read whole counts).
  func load<R: DatasetRecord>(_ type: R.Type, into accounting: inout InputAccounting) throws(InputError) -> [R] {
    var records: [R] = []
    try account(type, into: &accounting) { (record: R) throws(InputError) -> RowFate in
      records.append(record)
      return .counted()
    }
    // Appending doubles the room; the roster is kept for the whole run, and at 100,000 people the unused quarter
    // of its room was 7 MB at the run's peak. A copy of the exact size, made while little else is held, frees it.
    guard records.capacity > records.count + records.count / 8 else { return records }
    return [R](unsafeUninitializedCapacity: records.count) { buffer, count in
      count = buffer.initialize(fromContentsOf: records)
    }
  }

  /// Every input file present, sorted, for the audit ledger (plan and demographics excluded).
  public func inputFiles() throws(InputError) -> [String] {
    var paths: [String] = []
    for type in DatasetRecordTypes.all {
      if let path = try path(forFile: type.fileName) { paths.append(path) }
    }
    return paths.sorted()
  }

  /// Every file the dataset may read, as it is now (an absent optional file too: one that appears later is a change).
  func snapshot() throws(InputError) -> InputSnapshot {
    let dataset = self
    return try InputSnapshot(names: DatasetRecordTypes.all.map { $0.fileName }) {
      (name: String) throws(InputError) -> String? in try dataset.path(forFile: name)
    }
  }

  /// Total size in bytes of `inputFiles()`, so a progress line can estimate the time left.
  public func inputBytes() throws(InputError) -> Int {
    var total = 0
    for path in try inputFiles() {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber
      total += size?.intValue ?? 0
    }
    return total
  }

  /// `plan.json` in the folder, if there is one.
  public var defaultPlanPath: String? {
    let path = join("plan.json")
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  func join(_ file: String) -> String { Self.join(file, in: directory) }

  /// The roster and team history, read once for every command that needs them.
  func roster() throws(InputError) -> Roster {
    var files = InputAccounting()
    let path = try path(forFile: Engineer.fileName)
    var roster = try Roster(
      engineers: try load(Engineer.self, into: &files), assignments: try load(Assignment.self, into: &files),
      file: path ?? "roster.csv", assignmentsFile: (try self.path(forFile: Assignment.fileName)) ?? "assignments.csv")
    roster.files = files
    if let path { roster.columnNumbers = OnDemand { Self.columnNumbers(of: Engineer.self, at: path) } }
    return roster
  }

  /// `directory/file`, whether or not the folder was given with a trailing slash, as every
  /// message and output path names it.
  public static func join(_ file: String, in directory: String) -> String {
    directory.hasSuffix("/") ? directory + file : directory + "/" + file
  }
}

/// Where each row of a file read by `Dataset.account` went, added up as the rows come: a value the row closures
/// change in place, not variables captured by local functions. A local function's captures, reached from the
/// closures, were checked for exclusive access at run time on every row (1.5 million checks at 100,000 people,
/// on the thread the run waits for while the roster is read).
private struct RowSettling<R: DatasetRecord> {
  var file: FileAccounting
  /// The roster column's place among `R.columns`, if the file has one.
  let rosterIndex: Int?
  /// Consecutive counted rows of one value (a team's coverage readings, listed together), added to the accounting
  /// as one sample when the value changes: the same rows and kept lines as adding each, without a hash of the value
  /// per row (187,000 coverage rows at 100,000 people).
  private var run: (value: String, sample: RowSample)?

  /// - Parameter countedLineLimit: lines kept per counted value (see `FileAccounting.countedLineLimit`).
  init(file: FileAccounting, countedLineLimit: Int, rosterIndex: Int?) {
    self.file = file
    self.file.countedLineLimit = countedLineLimit
    self.rosterIndex = rosterIndex
  }

  /// The run of counted rows so far, added to the accounting.
  mutating func endRun() {
    guard let (value, sample) = run else { return }
    file.countedByValue[value, default: RowSample()].merge(sample, limit: file.countedLineLimit)
    run = nil
  }

  /// A record's fate, from the row at `line` whose requested columns are numbered by `columnNumber`.
  mutating func settle(_ fate: RowFate, line: Int, columnNumber: (Int) -> Int) {
    if file.rosterColumnNumber == 0, let rosterIndex { file.rosterColumnNumber = columnNumber(rosterIndex) }
    if case .counted(let value, let cells) = fate {
      for cell in cells where file.teamColumnNumbers[cell.header] == nil {
        if let index = R.columns.firstIndex(where: { $0.name == cell.header }) {
          file.teamColumnNumbers[cell.header] = columnNumber(index)
        }
      }
      if cells.isEmpty {
        if run?.value == value {
          run!.sample.add(line: line, limit: file.countedLineLimit)
        } else {
          endRun()
          run = (value, RowSample(rows: 1, firstLine: line))
        }
        return
      }
    }
    file.record(fate, line: line)
  }
}
