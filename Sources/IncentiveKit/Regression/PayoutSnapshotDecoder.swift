/// Builds a `PayoutSnapshot` from a `calculate --format json` document handed over a piece at a
/// time: the outer members, then each engineer and team as it is read. A whole tree, a golden file
/// read as a stream and a report just calculated all go through it, so they are decoded alike.
///
/// An engineer is decoded as soon as the document's `currency` is known (the writer puts it first);
/// one that comes before it is kept as JSON until then.
struct PayoutSnapshotDecoder {
  /// The members holding the lists that grow with the org, handed over element by element.
  static let listKeys: Set<String> = ["engineers", "teams"]
  /// The outer members the snapshot reads; others are read (so the JSON is checked) and dropped.
  static let readKeys: Set<String> = [
    "plan", "period", "currency", "engineers", "teams", "total", "totals", "extras_total", ToolVersion.jsonKey,
  ]

  let file: String
  /// Where the document's `{` is (0 when it was built in code).
  let line: Int
  let column: Int
  private var members: [JSONMember] = []
  private var currency: Currency?
  /// Engineers and teams read before the currency, as JSON (`true` for an engineer).
  private var waiting: [(isEngineer: Bool, value: JSONValue)] = []
  private var engineers: [PayoutSnapshot.EngineerFigures] = []
  private var teams: [PayoutSnapshot.TeamFigures] = []
  private var seenEngineers: SeenKeys
  private var seenTeams: SeenKeys

  init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
    seenEngineers = SeenKeys(file: file, what: "engineer_id")
    seenTeams = SeenKeys(file: file, what: "team")
  }

  /// One outer member. An `engineers` or `teams` array may come whole, or empty with its elements
  /// handed to `engineer(_:)` / `team(_:)` after it.
  mutating func member(_ key: String, _ value: JSONValue) throws(InputError) {
    guard Self.readKeys.contains(key) else { return }
    guard Self.listKeys.contains(key), let elements = value.arrayValue else {
      members.append(JSONMember(key: key, value: value))
      return
    }
    members.append(JSONMember(key: key, value: JSONValue(.array([]), line: value.line, column: value.column)))
    for element in elements {
      if key == "engineers" { try engineer(element) } else { try team(element) }
    }
  }

  /// One element of `engineers`.
  mutating func engineer(_ value: JSONValue) throws(InputError) {
    guard let currency = try documentCurrency() else {
      waiting.append((true, value))
      return
    }
    engineers.append(try figures(ofEngineer: value, currency: currency))
  }

  /// One element of `teams`.
  mutating func team(_ value: JSONValue) throws(InputError) {
    guard let currency = try documentCurrency() else {
      waiting.append((false, value))
      return
    }
    teams.append(try figures(ofTeam: value, currency: currency))
  }

  private mutating func figures(ofTeam value: JSONValue, currency: Currency) throws(InputError)
    -> PayoutSnapshot.TeamFigures
  {
    let team = SnapshotFields(value, file: file, path: "teams[]")
    let teamCurrency = try team.currency(default: currency)
    // A team paid in several currencies has a row per currency.
    let name = try team.string("team") + (team.value["currency"] == nil ? "" : " (\(teamCurrency.code))")
    return PayoutSnapshot.TeamFigures(
      team: try seenTeams.insert(name, at: value), headcount: try team.integer("headcount"),
      payout: try team.money("payout", teamCurrency))
  }

  /// The snapshot, once every member has been handed over.
  ///
  /// - Throws: `InputError.malformed` for a member that is missing or not what the contract says,
  ///   checked in the document's order of importance (plan, period, currency, engineers, teams, totals).
  mutating func snapshot() throws(InputError) -> PayoutSnapshot {
    let fields = self.fields
    let plan = try fields.object("plan")
    let period = try fields.object("period")
    let currency = try fields.currency()
    var snapshot = PayoutSnapshot(
      planName: try plan.string("name"), planVersion: try plan.string("version"), planSHA256: try plan.string("sha256"),
      period: try period.string("from") + ".." + period.string("to"), currency: currency, engineers: [], teams: [],
      total: .zero)
    _ = try fields.array("engineers")
    for (isEngineer, value) in waiting where isEngineer {
      engineers.append(try figures(ofEngineer: value, currency: currency))
    }
    _ = try fields.array("teams")
    for (isEngineer, value) in waiting where !isEngineer { teams.append(try figures(ofTeam: value, currency: currency)) }
    waiting = []
    try checkSums()
    snapshot.engineers = engineers
    snapshot.teams = teams
    // A run in several currencies without fx.csv has totals per currency only.
    snapshot.total =
      fields.value["total"] == nil && fields.value["totals"] != nil ? .zero : try fields.money("total", currency)
    snapshot.toolVersion = try fields.optionalString(ToolVersion.jsonKey)
    snapshot.extrasTotal = fields.value["extras_total"] == nil ? .zero : try fields.money("extras_total", currency)
    return snapshot
  }

  /// Each amount is within the contract (`Money.contractLimit`), but thousands of them could still add up past what
  /// the reports that total them hold (a pull-request comment adds team payouts and component deltas): a golden file
  /// whose amounts together pass a quarter of `Int64` is refused here, where a run's could never get (a run's
  /// totals are within the contract themselves). Every sum of a part of them, and of differences with a run, then
  /// fits.
  private func checkSums() throws(InputError) {
    let bound = UInt64(Int64.max / 4)
    // Stopped at the bound, so a sum never passes it by more than one amount (10^15) and can't wrap.
    func add(_ amount: Money, to sum: inout UInt64) throws(InputError) {
      sum += amount.minorUnits.magnitude
      guard sum <= bound else {
        throw .malformed(
          file: file, line: line, column: column,
          reason: "its amounts add up past what a report can total (a quarter of 2^63 minor units); a golden file is "
            + "a run's output, whose totals stay within 10^15 minor units")
      }
    }
    var engineerSum: UInt64 = 0
    for engineer in engineers {
      try add(engineer.target, to: &engineerSum)
      try add(engineer.payout, to: &engineerSum)
      for component in engineer.components { try add(component.amount, to: &engineerSum) }
      for extra in engineer.extras.values { try add(extra, to: &engineerSum) }
    }
    var teamSum: UInt64 = 0
    for team in teams { try add(team.payout, to: &teamSum) }
  }

  /// The outer members read so far, as the document they come from.
  private var fields: SnapshotFields {
    SnapshotFields(JSONValue(.object(members), line: line, column: column), file: file, path: "document")
  }

  /// The document's currency once its `currency` member has been read; nil before.
  private mutating func documentCurrency() throws(InputError) -> Currency? {
    if let currency { return currency }
    guard members.contains(where: { $0.key == "currency" }) else { return nil }
    currency = try fields.currency()
    return currency
  }

  /// An engineer's figures, its id checked against those read before it first.
  private mutating func figures(ofEngineer value: JSONValue, currency: Currency) throws(InputError)
    -> PayoutSnapshot.EngineerFigures
  {
    let id = try seenEngineers.insert(try Self.id(ofEngineer: value, file: file), at: value)
    return try Self.figures(ofEngineer: value, id: id, currency: currency, file: file)
  }

  /// The figures of an engineer decoded apart (`figures(ofPaid:currency:)`, on the thread that paid them), added
  /// in engineer order.
  mutating func engineer(_ figures: PayoutSnapshot.EngineerFigures) throws(InputError) {
    engineers.append(figures)
    _ = try seenEngineers.insert(figures.id, at: JSONValue(.null, line: line, column: column))
  }

  /// An engineer's figures from its JSON as a report just calculated writes it: on any thread, since nothing read
  /// before it is needed (whose id repeats is `engineer(_:)`'s check, in order).
  static func figures(ofPaid value: JSONValue, currency: Currency) throws(InputError)
    -> PayoutSnapshot.EngineerFigures
  {
    try figures(ofEngineer: value, id: try id(ofEngineer: value, file: calculatedReport), currency: currency,
      file: calculatedReport)
  }

  /// What errors about a report just calculated call it.
  static let calculatedReport = "the calculated report"

  private static func id(ofEngineer value: JSONValue, file: String) throws(InputError) -> String {
    try SnapshotFields(value, file: file, path: "engineers[]").string("engineer_id")
  }

  private static func figures(ofEngineer value: JSONValue, id: String, currency: Currency, file: String)
    throws(InputError) -> PayoutSnapshot.EngineerFigures
  {
    let engineer = SnapshotFields(value, file: file, path: "engineers[]")
    let currency = try engineer.currency(default: currency)
    var seenComponents = SeenKeys(file: file, what: "component id of \(id)")
    var extras: [String: Money] = [:]
    for item in try engineer.optionalArray("extras") {
      let extra = SnapshotFields(item, file: file, path: "extras[]")
      let kind = try extra.string("kind")
      extras[kind] = try extra.sum(extras[kind] ?? .zero, try extra.money("amount", currency), at: "amount")
    }
    return PayoutSnapshot.EngineerFigures(
      id: id, name: try engineer.optionalString("name"), currency: currency,
      team: try engineer.string("team"), target: try engineer.money("target", currency),
      multiplier: try engineer.decimal("multiplier"), payout: try engineer.money("payout", currency),
      components: try engineer.array("components").map { (value) throws(InputError) in
        let component = SnapshotFields(value, file: file, path: "components[]")
        return PayoutSnapshot.ComponentFigures(
          id: try seenComponents.insert(try component.string("id"), at: value),
          multiplier: try component.decimal("multiplier"), amount: try component.money("amount", currency))
      }, extras: extras)
  }
}
