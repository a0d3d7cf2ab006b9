/// A person on the roster: who they are, where they sit, and what their bonus target is.
public struct Engineer: DatasetRecord {
  public enum ExitReason: String, Sendable { case voluntary, involuntary }

  public var id: String
  public var name: String?
  public var team: String
  /// Names the plan track that pays this person (`ic`, `tech_lead`, `manager`, `director`, `vp`).
  public var role: String
  public var level: String?
  public var region: String?
  public var timezone: String?
  public var managerID: String?
  public var startDate: CivilDate
  public var endDate: CivilDate?
  public var exitReason: ExitReason?
  /// Annual base salary as written; parsed into money once the plan's currency is known.
  public var baseSalary: FixedDecimal
  /// Percent of base for a whole year (15 means 15 %).
  public var targetBonusPercent: FixedDecimal
  public var currency: String?
  /// Line in roster.csv, for messages that point back at the row.
  public var line: Int

  public static let fileName = "roster"
  public static let roles = ["ic", "tech_lead", "manager", "director", "vp"]
  static let columns: [TableColumn] = [
    .required("engineer_id"), .optional("name"), .required("team"), .required("role"), .optional("level"),
    .optional("region"), .optional("timezone"), .optional("manager_id"), .required("start_date"),
    .optional("end_date"), .optional("exit_reason"), .required("base_salary"), .required("target_bonus_pct"),
    .optional("currency"),
  ]
}

extension Engineer {
  init(row: TableRow) throws(InputError) {
    // Cells are read left to right so the first error reported is the leftmost one.
    let id = try row.requiredString(0)
    let managerID = try row.string(7)
    let startDate = try row.requiredDate(8)
    let endDate = try row.date(9)
    let baseSalary = try row.requiredDecimal(11)
    let percent = try row.requiredDecimal(12)
    self.init(
      id: id, name: try row.string(1), team: try row.requiredString(2),
      role: try row.requiredChoice(
        3, ["ic": "ic", "tech_lead": "tech_lead", "manager": "manager", "director": "director", "vp": "vp"]),
      level: try row.string(4), region: try row.string(5), timezone: try row.string(6), managerID: managerID,
      startDate: startDate, endDate: endDate,
      exitReason: try row.choice(10, ["voluntary": .voluntary, "involuntary": .involuntary]),
      baseSalary: baseSalary, targetBonusPercent: percent, currency: try row.string(13), line: row.line)
    if let endDate, endDate < startDate {
      throw row.invalid(9, endDate.description, "a date on or after start_date \(startDate)")
    }
    if baseSalary.isNegative { throw row.invalid(11, baseSalary.description, "an amount ≥ 0") }
    if percent.isNegative || percent > FixedDecimal(1000) {
      throw row.invalid(12, percent.description, "a percentage between 0 and 1000")
    }
    if managerID == id { throw row.invalid(7, id, "another engineer's id (nobody manages themselves)") }
  }

  /// Days of `period` this person was employed (start..end inclusive), or nil when none.
  public func employment(in period: Period) -> Period? {
    let end = endDate ?? period.to
    guard startDate <= end else { return nil }
    return Period(from: startDate, to: end).intersection(period)
  }

  /// Whether the person was employed on `day`.
  public func isEmployed(on day: CivilDate) -> Bool {
    startDate <= day && (endDate.map { day <= $0 } ?? true)
  }
}
