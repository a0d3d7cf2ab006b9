/// A person on the roster: who they are, where they sit, and what their bonus target is.
public struct Engineer: CellDecodedRecord {
  public enum ExitReason: String, Sendable { case voluntary, involuntary }

  /// What the roster says of one person.
  struct Fields: Sendable {
    var id: String
    var name: String?
    var team: String
    var role: String
    var level: String?
    var region: String?
    var timezone: String?
    var managerID: String?
    var startDate: CivilDate
    var endDate: CivilDate?
    var exitReason: ExitReason?
    var baseSalary: FixedDecimal
    var targetBonusPercent: FixedDecimal
    var currency: String?
    var line: Int
  }

  /// Shared, not copied: paying a person copies their roster entry about fifteen times, nine string retains each.
  private var shared: SharedFields<Fields>

  init(
    id: String, name: String?, team: String, role: String, level: String?, region: String?, timezone: String?,
    managerID: String?, startDate: CivilDate, endDate: CivilDate?, exitReason: ExitReason?, baseSalary: FixedDecimal,
    targetBonusPercent: FixedDecimal, currency: String?, line: Int
  ) {
    shared = SharedFields(
      Fields(
        id: id, name: name, team: team, role: role, level: level, region: region, timezone: timezone,
        managerID: managerID, startDate: startDate, endDate: endDate, exitReason: exitReason,
        baseSalary: baseSalary, targetBonusPercent: targetBonusPercent, currency: currency, line: line))
  }

  public var id: String { get { shared[\.id] } set { shared[\.id] = newValue } }
  public var name: String? { get { shared[\.name] } set { shared[\.name] = newValue } }
  public var team: String { get { shared[\.team] } set { shared[\.team] = newValue } }
  /// Names the plan track that pays this person (`ic`, `tech_lead`, `manager`, `director`, `vp`).
  public var role: String { get { shared[\.role] } set { shared[\.role] = newValue } }
  public var level: String? { get { shared[\.level] } set { shared[\.level] = newValue } }
  public var region: String? { get { shared[\.region] } set { shared[\.region] = newValue } }
  public var timezone: String? { get { shared[\.timezone] } set { shared[\.timezone] = newValue } }
  public var managerID: String? { get { shared[\.managerID] } set { shared[\.managerID] = newValue } }
  public var startDate: CivilDate { get { shared[\.startDate] } set { shared[\.startDate] = newValue } }
  public var endDate: CivilDate? { get { shared[\.endDate] } set { shared[\.endDate] = newValue } }
  public var exitReason: ExitReason? { get { shared[\.exitReason] } set { shared[\.exitReason] = newValue } }
  /// Annual base salary as written; parsed into money once the plan's currency is known.
  public var baseSalary: FixedDecimal { get { shared[\.baseSalary] } set { shared[\.baseSalary] = newValue } }
  /// Percent of base for a whole year (15 means 15 %).
  public var targetBonusPercent: FixedDecimal {
    get { shared[\.targetBonusPercent] }
    set { shared[\.targetBonusPercent] = newValue }
  }
  public var currency: String? { get { shared[\.currency] } set { shared[\.currency] = newValue } }
  /// Line in roster.csv, for messages that point back at the row.
  public var line: Int { get { shared[\.line] } set { shared[\.line] = newValue } }

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
  /// `role` spellings, lowercase ASCII; a role reads as its spelling, whatever the case it was written in.
  static let roleSpellings: [StaticString] = ["ic", "tech_lead", "manager", "director", "vp"]
  static let roleValues = roleSpellings.map(\.description)
  /// `exit_reason` spellings, in the order of `exitReasonValues`.
  static let exitReasonSpellings: [StaticString] = ["voluntary", "involuntary"]
  static let exitReasonValues: [ExitReason] = [.voluntary, .involuntary]

  init<Cells: RecordCells>(cells row: borrowing Cells) throws(Cells.Failure) {
    // Cells are read left to right so the first error reported is the leftmost one.
    let id = try row.requiredString(0)
    let managerID = try row.string(7)
    let startDate = try row.requiredDate(8)
    let endDate = try row.date(9)
    let baseSalary = try row.requiredDecimal(11)
    let percent = try row.requiredDecimal(12)
    self.init(
      id: id, name: try row.string(1), team: try row.requiredString(2),
      role: try row.requiredChoice(3, Self.roleSpellings, Self.roleValues),
      level: try row.string(4), region: try row.string(5), timezone: try row.string(6), managerID: managerID,
      startDate: startDate, endDate: endDate,
      exitReason: try row.choice(10, Self.exitReasonSpellings, Self.exitReasonValues),
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
