/// The typed cells of one row, as a record decoder reads them: a `TableRow` (any file format, errors naming the
/// file, line, column and header) or a `PlainRecordCells` (a plain-ASCII CSV record's bytes, no error but a miss).
///
/// A decoder written once against this (`CellDecodedRecord`) reads both, so the whole-file reader can make most
/// rows of the roster and the team files straight from their bytes, with no `TableRow` built and copied per row,
/// and still send any row it cannot read to the same decoder on a `TableRow`, which throws the exact error.
protocol RecordCells {
  /// What a bad cell throws: `InputError` for a `TableRow`, `FastPathMiss` for plain cells.
  associatedtype Failure: Error

  /// Line where the row starts.
  var line: Int { get }
  /// The cell's text, nil when empty.
  func string(_ column: Int) throws(Failure) -> String?
  func date(_ column: Int) throws(Failure) -> CivilDate?
  /// A decimal within `TableRow.parseBoundedDecimal`'s bounds.
  func decimal(_ column: Int) throws(Failure) -> FixedDecimal?
  /// A whole number within `TableRow.parseCount`'s bounds.
  func count(_ column: Int) throws(Failure) -> Int?
  /// The value whose spelling the cell equals, ignoring ASCII case; nil when empty.
  func choice<T>(_ column: Int, _ spellings: [StaticString], _ values: [T]) throws(Failure) -> T?
  /// The error for a cell that parsed but is not what the column allows.
  func invalid(_ column: Int, _ text: String, _ expected: String) -> Failure
  /// The error for a required cell that is empty.
  func missing(_ column: Int) -> Failure
}

extension RecordCells {
  func requiredString(_ column: Int) throws(Failure) -> String {
    guard let text = try string(column) else { throw missing(column) }
    return text
  }

  func requiredDate(_ column: Int) throws(Failure) -> CivilDate {
    guard let value = try date(column) else { throw missing(column) }
    return value
  }

  func requiredDecimal(_ column: Int) throws(Failure) -> FixedDecimal {
    guard let value = try decimal(column) else { throw missing(column) }
    return value
  }

  func requiredChoice<T>(_ column: Int, _ spellings: [StaticString], _ values: [T]) throws(Failure) -> T {
    guard let value = try choice(column, spellings, values) else { throw missing(column) }
    return value
  }
}
