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
}
