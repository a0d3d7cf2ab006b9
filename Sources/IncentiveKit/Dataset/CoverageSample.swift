/// A team's test-coverage reading on a date (the counter-metric to delivery speed).
struct CoverageSample: DatasetRecord {
  var team: String
  var date: CivilDate
  /// 0–1.
  var lineCoverage: FixedDecimal?
  /// Infrastructure-as-code test coverage, 0–1.
  var iacCoverage: FixedDecimal?

  static let fileName = "coverage"
  static let columns: [TableColumn] = [
    .required("team"), .required("date"), .optional("line_coverage"), .optional("iac_coverage"),
  ]

  init(row: TableRow) throws(InputError) {
    team = try row.requiredString(0)
    date = try row.requiredDate(1)
    lineCoverage = try row.decimal(2)
    iacCoverage = try row.decimal(3)
    for (column, value) in [(2, lineCoverage), (3, iacCoverage)] {
      if let value, value.isNegative || value > FixedDecimal.one {
        throw row.invalid(column, value.description, "a fraction between 0 and 1")
      }
    }
  }
}
