/// A metric value exported from another tool (`metrics.csv`), for metrics `incentive` does
/// not compute itself (internal customer satisfaction, feature adoption, ...).
struct ExternalMetric: CellDecodedRecord {
  /// An engineer id or a team name.
  var subject: String
  var metric: MetricID
  var value: FixedDecimal
  /// Nil: applies to any period.
  var period: Period?
  /// Who reported the value, for conflict-of-interest checks.
  var reportedBy: String?
  var line: Int

  static let fileName = "metrics"
  static let columns: [TableColumn] = [
    .required("subject"), .required("metric"), .required("value"), .optional("period"), .optional("reported_by"),
  ]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    subject = try row.requiredString(0)
    metric = MetricID(try row.requiredString(1))
    value = try row.requiredDecimal(2)
    if let text = try row.string(3) {
      guard let period = Period(parsing: text) else {
        throw row.invalid(3, text, "a period (2026-Q3, 2026-H2, 2026, 2026-07 or 2026-07-01..2026-09-30)")
      }
      self.period = period
    }
    reportedBy = try row.string(4)
    line = row.line
  }
}
