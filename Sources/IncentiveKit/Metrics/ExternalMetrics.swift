/// Folds `metrics.csv` into the computed values: a value for a metric `incentive` does not
/// compute fills in; a value that contradicts a computed one is an error unless the plan
/// prefers file values, because two sources of truth for pay is a dispute waiting to happen.
struct ExternalMetrics {
  let roster: Roster
  let period: Period
  let preferFileValues: Bool
  /// A subject written as a team alias or an engineer's identity counts as the roster value.
  var aliases = RosterAliases()

  /// In one step: each row read, checked and merged in turn, every bad row and every conflict with a computed value
  /// gathered into the file's error. The reference for `read` and `merge(_:_:into:accounting:)`.
  func merge(
    _ dataset: Dataset, into metrics: inout ComputedMetrics, accounting: inout InputAccounting
  ) throws(InputError) {
    try forEachRow(of: dataset, into: &accounting) { (row, isEngineer, isTeam, file) throws(InputError) in
      try add(row, isEngineer: isEngineer, isTeam: isTeam, file: file, into: &metrics)
    }
  }

  /// `metrics.csv`'s rows of the period read and checked (subjects, repeats), their accounting made, but nothing
  /// merged yet: `merge(dataset:into:accounting:)` in two steps, so the file is read while the engineers' metric
  /// sets are still being made on another thread (at 100,000 people, 0.03 s the finish's waiting thread spent alone
  /// at its end). Never throws: a read that fails is marked so, and `merge(_:_:into:accounting:)` reads again the
  /// one-step way, which throws the exact error, every bad row and every conflict in it.
  struct Reading {
    fileprivate(set) var rows: [(row: ExternalMetric, isEngineer: Bool, isTeam: Bool)] = []
    fileprivate var accounting = InputAccounting()
    fileprivate(set) var failed = false
    fileprivate var file = ""
  }

  /// The first step: the rows read and checked as `merge` checks them, but for the conflicts with computed values,
  /// which the second step looks for once every value is computed.
  func read(_ dataset: Dataset) -> Reading {
    var reading = Reading()
    var rows: [(row: ExternalMetric, isEngineer: Bool, isTeam: Bool)] = []
    do throws(InputError) {
      reading.file = try forEachRow(of: dataset, into: &reading.accounting) { (row, isEngineer, isTeam, _) in
        rows.append((row, isEngineer, isTeam))
      }
      reading.rows = rows
    } catch {
      reading.failed = true
    }
    return reading
  }

  /// The second step: `reading`'s rows merged as `merge(dataset:into:accounting:)` merges them; when the read
  /// failed or a row contradicts a computed value, that one-step merge is run instead, for its exact error.
  func merge(
    _ reading: Reading, _ dataset: Dataset, into metrics: inout ComputedMetrics, accounting: inout InputAccounting
  ) throws(InputError) {
    let conflicts = reading.rows.contains { entry in
      (entry.isEngineer && computedValue(of: entry.row, in: metrics.engineers[entry.row.subject]) != nil)
        || (entry.isTeam && computedValue(of: entry.row, in: metrics.teams[entry.row.subject]) != nil)
    }
    guard !reading.failed, !conflicts else { return try merge(dataset, into: &metrics, accounting: &accounting) }
    for file in reading.accounting.files { accounting.add(file) }
    for (row, isEngineer, isTeam) in reading.rows {
      try add(row, isEngineer: isEngineer, isTeam: isTeam, file: reading.file, into: &metrics)
    }
  }

  /// Each row of the period, its subject resolved and checked, with whether it names an engineer and a team and the
  /// file's name for messages; rows of other periods are left out, and the file's accounting added to `accounting`.
  /// - Returns: the file's name for messages.
  @discardableResult
  private func forEachRow(
    of dataset: Dataset, into accounting: inout InputAccounting,
    _ body: (ExternalMetric, _ isEngineer: Bool, _ isTeam: Bool, _ file: String) throws(InputError) -> Void
  ) throws(InputError) -> String {
    let file = (try dataset.path(forFile: ExternalMetric.fileName)) ?? "metrics.csv"
    var seen: [String: Int] = [:]
    try dataset.account(ExternalMetric.self, into: &accounting) { (row: ExternalMetric) throws(InputError) -> RowFate in
      guard let (row, isEngineer, isTeam) = try checked(row, file: file, seen: &seen) else {
        return .leftOut(.outsidePeriod)
      }
      try body(row, isEngineer, isTeam, file)
      return .counted()
    }
    return file
  }

  /// A checked row's value put in its engineer's and its team's sets, its reporter noted.
  private func add(
    _ row: ExternalMetric, isEngineer: Bool, isTeam: Bool, file: String, into metrics: inout ComputedMetrics
  ) throws(InputError) {
    let source = Self.source(line: row.line)
    if isEngineer { try apply(row, source: source, file: file, to: &metrics.engineers[row.subject, default: MetricSet()]) }
    if isTeam { try apply(row, source: source, file: file, to: &metrics.teams[row.subject, default: MetricSet()]) }
    if let reporter = row.reportedBy { metrics.reporters.insert(reporter) }
  }

  /// A row of the period with its subject resolved, whether it names an engineer and a team; nil for a row outside
  /// the period; an error for a subject on no roster row or a second value of one metric for one subject.
  private func checked(
    _ row: ExternalMetric, file: String, seen: inout [String: Int]
  ) throws(InputError) -> (ExternalMetric, isEngineer: Bool, isTeam: Bool)? {
    var row = row
    row.subject = aliases.team(aliases.engineer(row.subject))
    if let rowPeriod = row.period, !rowPeriod.overlaps(period) { return nil }
    let isEngineer = roster[row.subject] != nil
    let isTeam = roster.teams.contains(row.subject)
    guard isEngineer || isTeam else {
      throw .inconsistent(
        file: file, line: row.line, reason: "subject \"\(row.subject)\" is neither an engineer_id in the roster nor a team")
    }
    let key = row.subject + "\u{0}" + row.metric.name
    if let first = seen[key] {
      throw .inconsistent(
        file: file, line: row.line,
        reason: "a second \(row.metric) value for \(row.subject) in the period (first on line \(first))")
    }
    seen[key] = row.line
    return (row, isEngineer, isTeam)
  }

  /// The source of a value read from line `line`: how a person finds the row, and how a forecast tells an exported
  /// figure from a counted one (`isSource`).
  static func source(line: Int) -> String { sourcePrefix + String(line) }

  /// Whether `source` is a line of `metrics.csv` (`source(line:)`).
  static func isSource(_ source: String) -> Bool { source.hasPrefix(sourcePrefix) }

  private static let sourcePrefix = "metrics.csv:"

  /// The value `set` already holds for `row`'s metric, which `row` contradicts; nil when it holds none or the plan
  /// prefers file values.
  private func computedValue(of row: ExternalMetric, in set: MetricSet?) -> FixedDecimal? {
    preferFileValues ? nil : set?[row.metric]
  }

  private func apply(_ row: ExternalMetric, source: String, file: String, to set: inout MetricSet) throws(InputError) {
    if let computed = computedValue(of: row, in: set) {
      throw .inconsistent(
        file: file, line: row.line,
        reason: "\(row.metric) for \(row.subject) is also computed from the dataset (\(computed.trimmed())); "
          + "remove the row or set \"prefer\": \"file\" in the plan")
    }
    set.set(row.metric, row.value, rows: 1, source: source, reportedBy: row.reportedBy)
  }
}
