/// DORA performance levels, by the published benchmark table a plan names.
///
/// The bands are DevLake's contiguous readings of the State of DevOps reports
/// (`dora_benchmarks` seed rows, 2021 and 2023), restated for SPEC's units: deployment
/// frequency in deployments per week (on demand ≈ at least daily = 7/week; weekly = 1;
/// monthly = 12/52; six-monthly = 2/52), lead time and restore time in hours.
enum DORALevel: String, Sendable, Comparable, CaseIterable {
  case low, medium, high, elite

  static func < (lhs: DORALevel, rhs: DORALevel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

struct DORABenchmark: Sendable, Equatable {
  /// Report year (`2021`, `2023`).
  var report: String

  static let supportedReports = ["2021", "2023"]
  /// The latest supported table: the default when a plan names none.
  static let latest = DORABenchmark(report: "2023")!

  init?(report: String) {
    guard Self.supportedReports.contains(report) else { return nil }
    self.report = report
  }

  /// The level of one DORA metric's value, nil for metrics without a band.
  func level(of metric: MetricID, _ value: FixedDecimal) -> DORALevel? {
    let modern = report == "2023"
    func d(_ text: String) -> FixedDecimal { FixedDecimal(text)! }
    switch metric {
    case .deploymentFrequency:
      // Higher is better: thresholds are lower bounds.
      let bounds =
        modern
        ? [d("7"), d("1"), Ratio(12, 52).rounded(toScale: Precision.metricValue)]
        : [
          d("7"), Ratio(12, 52).rounded(toScale: Precision.metricValue),
          Ratio(2, 52).rounded(toScale: Precision.metricValue),
        ]
      if value >= bounds[0] { return .elite }
      if value >= bounds[1] { return .high }
      if value >= bounds[2] { return .medium }
      return .low
    case .leadTimeHours:
      let bounds = modern ? [d("24"), d("168"), d("720")] : [d("1"), d("168"), d("4320")]
      return Self.below(value, bounds)
    case .changeFailureRate:
      let bounds = modern ? [d("0.05"), d("0.10"), d("0.15")] : [d("0.15"), d("0.20"), d("0.30")]
      if value <= bounds[0] { return .elite }
      if value <= bounds[1] { return .high }
      if value <= bounds[2] { return .medium }
      return .low
    case .timeToRestoreHours:
      return Self.below(value, [d("1"), d("24"), d("168")])
    default:
      return nil
    }
  }

  /// Lower is better, strict upper bounds (`< 24 h` is elite).
  private static func below(_ value: FixedDecimal, _ bounds: [FixedDecimal]) -> DORALevel {
    if value < bounds[0] { return .elite }
    if value < bounds[1] { return .high }
    if value < bounds[2] { return .medium }
    return .low
  }

  /// The four keys, in the order reports list them.
  static let metrics: [MetricID] = [
    .deploymentFrequency, .leadTimeHours, .changeFailureRate, .timeToRestoreHours,
  ]

  /// A team's levels per DORA metric and overall (the weakest present metric: a team is as
  /// good as its weakest key, which keeps speed from hiding instability).
  ///
  /// - Parameter toolLevels: levels a tool's DORA definition assigns itself (its own
  ///   deployment-frequency rule, Four Keys' buckets), used instead of this table's bands.
  func assess(_ set: MetricSet, overriding toolLevels: [MetricID: DORALevel] = [:]) -> DORAAssessment {
    var levels: [MetricID: DORALevel] = [:]
    for metric in Self.metrics where set[metric] != nil {
      if let level = toolLevels[metric] ?? level(of: metric, set[metric]!) { levels[metric] = level }
    }
    return DORAAssessment(report: report, levels: levels, overall: levels.values.min())
  }
}

/// The DORA levels of one team.
struct DORAAssessment: Sendable, Equatable {
  var report: String
  var levels: [MetricID: DORALevel]
  var overall: DORALevel?
}
