/// A team's test-coverage reading on a date (the counter-metric to delivery speed).
struct CoverageSample: CellDecodedRecord {
  var team: String
  var date: CivilDate
  /// 0–1.
  var lineCoverage: FixedDecimal?
  /// Infrastructure-as-code test coverage, 0–1.
  var iacCoverage: FixedDecimal?
  /// The row's line, for a finding about this reading.
  var line: Int

  static let fileName = "coverage"
  static let columns: [TableColumn] = [
    .required("team"), .required("date"), .optional("line_coverage"), .optional("iac_coverage"),
  ]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    team = try row.requiredString(0)
    date = try row.requiredDate(1)
    lineCoverage = try Self.fraction(row, 2)
    iacCoverage = try Self.fraction(row, 3)
    line = row.line
  }

  /// The cell in `column` as a fraction 0–1, nil when empty. Checked one cell at a time: a list of the two cells
  /// was an allocation per row, 187,000 of them at 100,000 people.
  private static func fraction<Cells: RecordCells>(
    _ row: borrowing Cells, _ column: Int
  ) throws(Cells.Failure) -> FixedDecimal? {
    guard let value = try row.decimal(column) else { return nil }
    if value.isNegative || value > FixedDecimal.one {
      throw row.invalid(column, value.description, "a fraction between 0 and 1")
    }
    return value
  }
}
