/// A row type of a dataset file: the columns it reads and how one row becomes a value.
/// Each conforming type lives in its own file, next to the columns SPEC section 3 gives it.
protocol DatasetRecord: Sendable {
  /// File name without extension (`deployments`); `.csv`, `.json` or `.jsonl` is added.
  static var fileName: String { get }
  /// Columns in the order `init(row:)` addresses them by index.
  static var columns: [TableColumn] { get }
  /// The row is borrowed, not handed over: an initializer takes its arguments owned, so each row was copied for the
  /// record made of it (its file name, columns, parser and fields each retained and released), 250 M instructions
  /// over the roster and team files of a 100,000-person org.
  init(row: borrowing TableRow) throws(InputError)
  /// Whether `init(plain:)` can read a record at all, so a file of a type that cannot does not try it per row.
  static var readsPlainCells: Bool { get }
  /// The record read straight from a plain-ASCII CSV record's cells; nil when a cell does not parse or breaks a
  /// rule, and then `init(row:)` reads the row and throws the error.
  init?(plain cells: PlainRecordCells)
}

extension DatasetRecord {
  static var readsPlainCells: Bool { false }
  init?(plain cells: PlainRecordCells) { return nil }
}

/// A record whose decoder reads `RecordCells`, so one decoder serves a `TableRow` (every format, exact errors) and
/// a plain CSV record's bytes (`PlainRecordCells`: the roster's and the team files' rows without a `TableRow` each).
protocol CellDecodedRecord: DatasetRecord {
  init<Cells: RecordCells>(cells: borrowing Cells) throws(Cells.Failure)
}

extension CellDecodedRecord {
  init(row: borrowing TableRow) throws(InputError) { try self.init(cells: row) }
  static var readsPlainCells: Bool { true }
  init?(plain cells: PlainRecordCells) { try? self.init(cells: cells) }
}
