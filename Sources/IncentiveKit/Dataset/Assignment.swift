/// A stretch of a person's team history; overrides the roster's team inside it.
public struct Assignment: DatasetRecord {
  public var engineerID: String
  public var team: String
  public var from: CivilDate
  /// Inclusive; nil while the assignment is open.
  public var to: CivilDate?
  public var line: Int

  public static let fileName = "assignments"
  public static let columns: [TableColumn] = [
    .required("engineer_id"), .required("team"), .required("from"), .optional("to"),
  ]

  public init(row: TableRow) throws(InputError) {
    engineerID = try row.requiredString(0)
    team = try row.requiredString(1)
    from = try row.requiredDate(2)
    to = try row.date(3)
    line = row.line
    if let to, to < from { throw row.invalid(3, to.description, "a date on or after from \(from)") }
  }

  public func covers(_ day: CivilDate) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
}
