/// A person on the roster: who they are, where they sit, and what their bonus target is.
public struct Engineer: DatasetRecord {
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

  /// The fields in one shared, immutable box. Paying a person copies their roster entry into the payout and the
  /// steps that make it, about fifteen times: copying a box is one reference count, where copying the fields was
  /// nine (one per string), 150 a person. A change makes a new box.
  private final class Storage: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var storage: Storage

  init(
    id: String, name: String?, team: String, role: String, level: String?, region: String?, timezone: String?,
    managerID: String?, startDate: CivilDate, endDate: CivilDate?, exitReason: ExitReason?, baseSalary: FixedDecimal,
    targetBonusPercent: FixedDecimal, currency: String?, line: Int
  ) {
    storage = Storage(
      Fields(
        id: id, name: name, team: team, role: role, level: level, region: region, timezone: timezone,
        managerID: managerID, startDate: startDate, endDate: endDate, exitReason: exitReason,
        baseSalary: baseSalary, targetBonusPercent: targetBonusPercent, currency: currency, line: line))
  }

  private mutating func change(_ body: (inout Fields) -> Void) {
    var fields = storage.fields
    body(&fields)
    storage = Storage(fields)
  }

  public var id: String {
    get { storage.fields.id }
    set { change { $0.id = newValue } }
  }
  public var name: String? {
    get { storage.fields.name }
    set { change { $0.name = newValue } }
  }
  public var team: String {
    get { storage.fields.team }
    set { change { $0.team = newValue } }
  }
  /// Names the plan track that pays this person (`ic`, `tech_lead`, `manager`, `director`, `vp`).
  public var role: String {
    get { storage.fields.role }
    set { change { $0.role = newValue } }
  }
  public var level: String? {
    get { storage.fields.level }
    set { change { $0.level = newValue } }
  }
  public var region: String? {
    get { storage.fields.region }
    set { change { $0.region = newValue } }
  }
  public var timezone: String? {
    get { storage.fields.timezone }
    set { change { $0.timezone = newValue } }
  }
  public var managerID: String? {
    get { storage.fields.managerID }
    set { change { $0.managerID = newValue } }
  }
  public var startDate: CivilDate {
    get { storage.fields.startDate }
    set { change { $0.startDate = newValue } }
  }
  public var endDate: CivilDate? {
    get { storage.fields.endDate }
    set { change { $0.endDate = newValue } }
  }
  public var exitReason: ExitReason? {
    get { storage.fields.exitReason }
    set { change { $0.exitReason = newValue } }
  }
  /// Annual base salary as written; parsed into money once the plan's currency is known.
  public var baseSalary: FixedDecimal {
    get { storage.fields.baseSalary }
    set { change { $0.baseSalary = newValue } }
  }
  /// Percent of base for a whole year (15 means 15 %).
  public var targetBonusPercent: FixedDecimal {
    get { storage.fields.targetBonusPercent }
    set { change { $0.targetBonusPercent = newValue } }
  }
  public var currency: String? {
    get { storage.fields.currency }
    set { change { $0.currency = newValue } }
  }
  /// Line in roster.csv, for messages that point back at the row.
  public var line: Int {
    get { storage.fields.line }
    set { change { $0.line = newValue } }
  }

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
