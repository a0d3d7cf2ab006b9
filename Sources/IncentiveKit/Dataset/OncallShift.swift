/// One on-call shift: eligibility for recovery incentives and after-hours load.
struct OncallShift: DatasetRecord {
  var engineerID: String
  var start: Int64
  var end: Int64
  var pages: Int?
  var afterHoursPages: Int?

  static let fileName = "oncall"
  static let columns: [TableColumn] = [
    .required("engineer_id"), .required("shift_start"), .required("shift_end"), .optional("pages"),
    .optional("after_hours_pages"),
  ]

  init(row: TableRow) throws(InputError) {
    engineerID = try row.requiredString(0)
    start = try row.requiredTimestamp(1)
    end = try row.requiredTimestamp(2)
    pages = try row.count(3)
    afterHoursPages = try row.count(4)
    if end <= start { throw row.invalid(2, ISO8601.format(milliseconds: end), "a time after shift_start") }
    if let pages, let afterHoursPages, afterHoursPages > pages {
      throw row.invalid(4, String(afterHoursPages), "at most pages (\(pages))")
    }
  }
}
