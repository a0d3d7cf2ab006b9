/// A team's cloud spend against budget for one month.
struct CostEntry: CellDecodedRecord {
  var team: String
  var month: Period
  var actual: FixedDecimal
  var budget: FixedDecimal
  /// The row's line, for a finding about this month.
  var line: Int

  static let fileName = "costs"
  static let columns: [TableColumn] = [
    .required("team"), .required("month"), .required("actual"), .required("budget"),
  ]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    team = try row.requiredString(0)
    let text = try row.requiredString(1)
    guard text.utf8.count == 7, let month = Period(parsing: text) else {
      throw row.invalid(1, text, "a month (YYYY-MM)")
    }
    self.month = month
    actual = try row.requiredDecimal(2)
    budget = try row.requiredDecimal(3)
    if actual.isNegative { throw row.invalid(2, actual.description, "an amount ≥ 0") }
    if budget.isNegative { throw row.invalid(3, budget.description, "an amount ≥ 0") }
    line = row.line
  }

  /// The month as the file writes it (`2026-09`).
  var monthText: String { Self.monthText(month.from) }

  /// The month starting on `first` as the file writes it.
  static func monthText(_ first: CivilDate) -> String { String(first.description.prefix(7)) }
}
