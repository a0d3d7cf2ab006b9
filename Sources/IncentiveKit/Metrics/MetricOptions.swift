import Foundation

/// Choices a plan makes about how events become metric values (`metric_options` and
/// `blackouts` in plan.json): which incidents count, which rollbacks are a team's fault,
/// and which windows don't count at all.
struct MetricOptions: Sendable, Equatable {
  /// Regulatory or audit windows whose events don't count toward the listed metrics.
  var blackouts: [Blackout] = []
  /// Incidents on legacy systems are left out of time to restore.
  var restoreExcludesLegacy = false
  /// Incidents caused outside the team (vendor outages) are left out of time to restore.
  var restoreExcludesExternal = false
  /// Only incidents at least this severe are production incidents (`SEV2`: SEV1 and SEV2
  /// count). Severity is ranked by its number, lower is more severe; nil counts all.
  var incidentMinSeverity: Int?
  /// Failure causes for which a rollback counts against the team.
  var attributableRollbackCauses: Set<FailureCause> = [.testing, .code]
  /// Whose definition the four DORA metrics follow (`metric_options.dora`).
  var doraDefinition: DORADefinition = .spec
  /// The `environment` values of production deployments, matched ignoring case; an empty cell is production too
  /// (`metric_options.production_environments`).
  var productionEnvironments: [String] = ["production"] {
    didSet { productionBytes = Self.lowercasedBytes(productionEnvironments) }
  }
  /// `productionEnvironments` lowercased as bytes, for the byte-level reader.
  private(set) var productionBytes: [[UInt8]] = Self.lowercasedBytes(["production"])

  init() {}

  /// Whether an event at `milliseconds` is inside a blackout for `metric`.
  @inline(__always)
  func isBlackedOut(_ metric: MetricID, at milliseconds: Int64) -> Bool {
    if blackouts.isEmpty { return false }
    return blackouts.contains { $0.metrics.contains(metric) && $0.window.contains(milliseconds: milliseconds) }
  }

  /// Days of `period` not blacked out for `metric`: the fair denominator for a rate per week,
  /// so a team that honoured a deployment freeze is not paid less for it.
  func countedDays(_ metric: MetricID, in period: Period) -> Int {
    var excluded = Set<Int>()
    for blackout in blackouts where blackout.metrics.contains(metric) {
      guard let overlap = blackout.window.intersection(period) else { continue }
      for day in overlap.from.dayNumber...overlap.to.dayNumber { excluded.insert(day) }
    }
    return period.days - excluded.count
  }

  /// Whether a deployment's environment (nil when the cell is empty) is a production one.
  func isProduction(_ environment: String?) -> Bool {
    guard var environment else { return true }
    return environment.withUTF8 { isProduction($0) } || productionEnvironments.contains {
      $0.caseInsensitiveCompare(environment) == .orderedSame
    }
  }

  /// The byte-level reader's `isProduction`: ASCII case is ignored (other text goes to the record decoder).
  @inline(__always)
  func isProduction(_ environment: UnsafeBufferPointer<UInt8>) -> Bool {
    if environment.isEmpty { return true }
    for spelling in productionBytes where spelling.count == environment.count {
      if spelling.withUnsafeBufferPointer({ CSVRecordBytes.equalsIgnoringCase(environment, $0) }) { return true }
    }
    return false
  }

  private static func lowercasedBytes(_ names: [String]) -> [[UInt8]] { names.map { Array($0.lowercased().utf8) } }

  /// Whether an incident with this severity text is a production incident under the plan (one whose severity can't be
  /// ranked counts here; `SeverityCheck` refuses it first).
  func countsIncident(severity: String?) -> Bool { countsIncident(rankedSeverity: severity) ?? true }

  /// `countsIncident(severity:)`, or nil when a minimum is set and a severity has no number to rank it by: one parse
  /// of the text answers both, on the fast path of the incidents file.
  func countsIncident(rankedSeverity severity: String?) -> Bool? {
    guard let minimum = incidentMinSeverity, let severity, !severity.isEmpty else { return true }
    return Self.severityRank(severity).map { $0 <= minimum }
  }

  /// `SEV2`, `sev-2`, `P2`, `2` → 2; nil when there is no number.
  static func severityRank(_ text: String) -> Int? {
    let digits = text.filter(\.isNumber)
    return digits.isEmpty ? nil : Int(digits)
  }
}

/// A window in which events do not count toward some metrics (a SOX audit freeze).
struct Blackout: Sendable, Equatable {
  var window: Period
  var reason: String
  var metrics: [MetricID]

  init(window: Period, reason: String, metrics: [MetricID]) {
    self.window = window
    self.reason = reason
    self.metrics = metrics
  }

  /// The metrics a window applies to one by one: each deployment and incident counts toward each of them apart.
  static let perMetric: [MetricID] = [
    .deploymentFrequency, .leadTimeHours, .changeFailureRate, .reworkRate, .attributableRollbackRate,
    .smallChangeShare, .timeToRestoreHours,
  ]

  /// Metrics a window applies to by whole rows of their file, and every metric those rows make: a review or coverage
  /// row is left out of all of them at once.
  static let byRow: [(listed: MetricID, file: String, makes: [MetricID])] = [
    (.reviews, Review.fileName + ".csv", [.reviews, .substantiveReviewRatio, .crossTeamReviews]),
    (.coverageDelta, CoverageSample.fileName + ".csv", [.coverageDelta, .iacCoverage]),
  ]

  /// The four DORA metrics, which a tool's definition (`metric_options.dora`) computes its own way, without blackouts.
  static let toolDefined: [MetricID] = [.deploymentFrequency, .leadTimeHours, .changeFailureRate, .timeToRestoreHours]

  /// Why `metric` can't be listed in a blackout under `definition`, nil when it can. Without this a listed metric
  /// the readers never ask about (`team_health`, `cross_team_reviews` on its own, a DORA metric a tool's definition
  /// computes) was accepted and silently not blacked out.
  static func problem(blackingOut metric: MetricID, under definition: DORADefinition = .spec) -> String? {
    if definition != .spec && toolDefined.contains(metric) {
      return "\(metric.name) is computed by the \(definition.rawValue) definition (metric_options.dora), which has no "
        + "blackouts, so this one would not apply; remove it, or use the spec definition"
    }
    if perMetric.contains(metric) || byRow.contains(where: { $0.listed == metric }) { return nil }
    if let rows = byRow.first(where: { $0.makes.contains(metric) }) {
      let names = rows.makes.map(\.name).joined(separator: ", ")
      return "\(metric.name) can't be blacked out on its own: a blackout leaves whole rows of \(rows.file) out; "
        + "list \(rows.listed.name), which leaves the window's rows out of \(names)"
    }
    let allowed = (perMetric + byRow.map(\.listed)).map(\.name).joined(separator: ", ")
    return "\(metric.name) is not counted from dated events, so no blackout can apply to it; a blackout may list "
      + allowed
  }
}
