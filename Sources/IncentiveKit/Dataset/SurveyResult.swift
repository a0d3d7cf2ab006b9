/// A team's health survey result for a period.
struct SurveyResult: CellDecodedRecord {
  var team: String
  var period: Period
  /// 0–100.
  var healthScore: FixedDecimal
  var responses: Int?
  /// The row's line, for a finding about this survey.
  var line: Int

  static let fileName = "surveys"
  static let columns: [TableColumn] = [
    .required("team"), .required("period"), .required("health_score"), .optional("responses"),
  ]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    team = try row.requiredString(0)
    let text = try row.requiredString(1)
    guard let period = Period(parsing: text) else {
      throw row.invalid(1, text, "a period (2026-Q3, 2026-H2, 2026, 2026-07 or 2026-07-01..2026-09-30)")
    }
    self.period = period
    healthScore = try row.requiredDecimal(2)
    responses = try row.count(3)
    if healthScore.isNegative || healthScore > FixedDecimal(100) {
      throw row.invalid(2, healthScore.description, "a score between 0 and 100")
    }
    line = row.line
  }
}
