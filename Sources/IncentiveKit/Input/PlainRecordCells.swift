/// A plain-ASCII CSV record's cells (`CSVRecordBytes.isPlainASCII`), read straight from its bytes by the same parsers
/// `TableRow` uses, so a cell reads the same value both ways; a cell that does not parse, or breaks a record's rule,
/// is a `FastPathMiss`, and the row goes to its decoder on a `TableRow`, which says why.
///
/// Pointers only, valid for the one call it is passed to.
struct PlainRecordCells: RecordCells {
  typealias Failure = FastPathMiss

  let record: CSVRecordBytes
  let line: Int

  /// `record`, which must be plain ASCII, starting on `line`.
  init(_ record: CSVRecordBytes, line: Int) {
    assert(record.isPlainASCII, "plain cells of a record that is not plain ASCII")
    self.record = record
    self.line = line
  }

  /// The number of requested column `column` in the file, from 1 (0 when the file lacks it): the column a
  /// `TableRow` positions the cell at.
  func columnNumber(_ column: Int) -> Int { (record.mapping[column] ?? -1) + 1 }

  /// ASCII bytes are their text: no check, no repair.
  func string(_ column: Int) -> String? {
    let cell = record.bytes(column)
    return cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
  }

  func date(_ column: Int) throws(FastPathMiss) -> CivilDate? {
    try record.parsed(column, ISO8601.parseDate).optional()
  }

  func decimal(_ column: Int) throws(FastPathMiss) -> FixedDecimal? {
    try record.parsed(column, TableRow.parseBoundedDecimal).optional()
  }

  func count(_ column: Int) throws(FastPathMiss) -> Int? {
    try record.count(column).optional()
  }

  func choice<T>(_ column: Int, _ spellings: [StaticString], _ values: [T]) throws(FastPathMiss) -> T? {
    try record.choice(column, spellings).optional().map { values[$0] }
  }

  func invalid(_ column: Int, _ text: String, _ expected: String) -> FastPathMiss { FastPathMiss() }

  func missing(_ column: Int) -> FastPathMiss { FastPathMiss() }
}
