/// A stretch of a person's team history; overrides the roster's team inside it.
struct Assignment: CellDecodedRecord {
  var engineerID: String
  var team: String
  var from: CivilDate
  /// Inclusive; nil while the assignment is open.
  var to: CivilDate?
  var line: Int

  static let fileName = "assignments"
  static let columns: [TableColumn] = [
    .required("engineer_id"), .required("team"), .required("from"), .optional("to"),
  ]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    engineerID = try row.requiredString(0)
    team = try row.requiredString(1)
    from = try row.requiredDate(2)
    to = try row.date(3)
    line = row.line
    if let to, to < from { throw row.invalid(3, to.description, "a date on or after from \(from)") }
  }

  func covers(_ day: CivilDate) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
}
