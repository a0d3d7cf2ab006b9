/// Folds `metrics.csv` into the computed values: a value for a metric `incentive` does not
/// compute fills in; a value that contradicts a computed one is an error unless the plan
/// prefers file values, because two sources of truth for pay is a dispute waiting to happen.
struct ExternalMetrics {
  let roster: Roster
  let period: Period
  let preferFileValues: Bool
  /// A subject written as a team alias or an engineer's identity counts as the roster value.
  var aliases = RosterAliases()

  func merge(
    _ dataset: Dataset, into metrics: inout ComputedMetrics, accounting: inout InputAccounting
  ) throws(InputError) {
    let teams = roster.teams
    let file = (try dataset.path(forFile: ExternalMetric.fileName)) ?? "metrics.csv"
    var seen: [String: Int] = [:]
    try dataset.account(ExternalMetric.self, into: &accounting) { (row: ExternalMetric) throws(InputError) -> RowFate in
      var row = row
      row.subject = aliases.team(aliases.engineer(row.subject))
      if let rowPeriod = row.period, !rowPeriod.overlaps(period) { return .leftOut(.outsidePeriod) }
      let isEngineer = roster[row.subject] != nil
      let isTeam = teams.contains(row.subject)
      guard isEngineer || isTeam else {
        throw .inconsistent(
          file: file, line: row.line,
          reason: "subject \"\(row.subject)\" is neither an engineer_id in the roster nor a team")
      }
      let key = row.subject + "\u{0}" + row.metric.name
      if let first = seen[key] {
        throw .inconsistent(
          file: file, line: row.line,
          reason: "a second \(row.metric) value for \(row.subject) in the period (first on line \(first))")
      }
      seen[key] = row.line
      let source = Self.source(line: row.line)
      if isEngineer { try apply(row, source: source, file: file, to: &metrics.engineers[row.subject, default: MetricSet()]) }
      if isTeam { try apply(row, source: source, file: file, to: &metrics.teams[row.subject, default: MetricSet()]) }
      if let reporter = row.reportedBy { metrics.reporters.insert(reporter) }
      return .counted()
    }
  }

  /// The source of a value read from line `line`: how a person finds the row, and how a forecast tells an exported
  /// figure from a counted one (`isSource`).
  static func source(line: Int) -> String { sourcePrefix + String(line) }

  /// Whether `source` is a line of `metrics.csv` (`source(line:)`).
  static func isSource(_ source: String) -> Bool { source.hasPrefix(sourcePrefix) }

  private static let sourcePrefix = "metrics.csv:"

  private func apply(_ row: ExternalMetric, source: String, file: String, to set: inout MetricSet) throws(InputError) {
    if let computed = set[row.metric], !preferFileValues {
      throw .inconsistent(
        file: file, line: row.line,
        reason: "\(row.metric) for \(row.subject) is also computed from the dataset (\(computed.trimmed())); "
          + "remove the row or set \"prefer\": \"file\" in the plan")
    }
    set.set(row.metric, row.value, rows: 1, source: source, reportedBy: row.reportedBy)
  }
}
