/// A row type of a dataset file: the columns it reads and how one row becomes a value.
/// Each conforming type lives in its own file, next to the columns SPEC section 3 gives it.
protocol DatasetRecord: Sendable {
  /// File name without extension (`deployments`); `.csv`, `.json` or `.jsonl` is added.
  static var fileName: String { get }
  /// Columns in the order `init(row:)` addresses them by index.
  static var columns: [TableColumn] { get }
  init(row: TableRow) throws(InputError)
}
