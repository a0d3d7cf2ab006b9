/// One on-call shift: eligibility for recovery incentives and after-hours load.
struct OncallShift: DatasetRecord {
  var engineerID: String
  var start: Int64
  var end: Int64
  var pages: Int?
  var afterHoursPages: Int?

  public static let fileName = "oncall"
  /// The columns, in the order both readers address them.
  enum Column: Int, RecordSchema {
    case engineerID, start, end, pages, afterHoursPages

    var column: TableColumn {
      switch self {
      case .engineerID: .required("engineer_id")
      case .start: .required("shift_start")
      case .end: .required("shift_end")
      case .pages: .optional("pages")
      case .afterHoursPages: .optional("after_hours_pages")
      }
    }
  }

  static let columns: [TableColumn] = Column.columns

  /// Ends after it starts, and no more after-hours pages than pages: the checks both readers make.
  @inline(__always)
  static func isConsistent(start: Int64, end: Int64, pages: Int?, afterHoursPages: Int?) -> Bool {
    guard end > start else { return false }
    guard let pages, let afterHoursPages else { return true }
    return afterHoursPages <= pages
  }

  init(row: borrowing TableRow) throws(InputError) {
    engineerID = try row.requiredString(Column.engineerID.index)
    start = try row.requiredTimestamp(Column.start.index)
    end = try row.requiredTimestamp(Column.end.index)
    pages = try row.count(Column.pages.index)
    afterHoursPages = try row.count(Column.afterHoursPages.index)
    // isConsistent's two checks, each named for its message.
    if end <= start { throw row.invalid(Column.end.index, ISO8601.format(milliseconds: end), "a time after shift_start") }
    if let pages, let afterHoursPages, afterHoursPages > pages {
      throw row.invalid(Column.afterHoursPages.index, String(afterHoursPages), "at most pages (\(pages))")
    }
  }
}
