/// DORA performance levels, by the published benchmark table a plan names.
///
/// The bands are DevLake's contiguous readings of the State of DevOps reports
/// (`dora_benchmarks` seed rows, 2021 and 2023), restated for SPEC's units: deployment
/// frequency in deployments per week (on demand ≈ at least daily = 7/week; weekly = 1;
/// monthly = 12/52; six-monthly = 2/52), lead time and restore time in hours.
enum DORALevel: String, Sendable, Comparable, CaseIterable {
  case low, medium, high, elite

  static func < (lhs: DORALevel, rhs: DORALevel) -> Bool { lhs.rank < rhs.rank }

  /// The level's place in `allCases`, worst first: a comparison reads it without building `allCases`, an array made
  /// anew on each use (every team's overall level compares up to four).
  private var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    case .elite: 3
    }
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

  /// The three thresholds between the four levels of a DORA metric, best level first (elite/high,
  /// high/medium, medium/low), and which way is better; nil for metrics without bands. What a
  /// chart draws the bands from, and what `level(of:_:)` reads.
  func thresholds(of metric: MetricID) -> Bands? {
    (report == "2023" ? Self.modernBands : Self.earlierBands)[metric]
  }

  typealias Bands = (bounds: [FixedDecimal], higherIsBetter: Bool)

  /// Each table's bands, made once: every team's assessment reads them (12,000 teams at 100,000 people), and
  /// parsing the thresholds from text per reading was half of the assessments' time.
  private static let modernBands = bands(modern: true)
  private static let earlierBands = bands(modern: false)

  private static func bands(modern: Bool) -> [MetricID: Bands] {
    func d(_ text: String) -> FixedDecimal { FixedDecimal(text)! }
    func perWeek(_ count: Int128) -> FixedDecimal { Ratio(count, 52).rounded(toScale: Precision.metricValue) }
    return [
      .deploymentFrequency: (modern ? [d("7"), d("1"), perWeek(12)] : [d("7"), perWeek(12), perWeek(2)], true),
      .leadTimeHours: (modern ? [d("24"), d("168"), d("720")] : [d("1"), d("168"), d("4320")], false),
      .changeFailureRate: (modern ? [d("0.05"), d("0.10"), d("0.15")] : [d("0.15"), d("0.20"), d("0.30")], false),
      .timeToRestoreHours: ([d("1"), d("24"), d("168")], false),
    ]
  }

  /// The level of one DORA metric's value, nil for metrics without a band.
  func level(of metric: MetricID, _ value: FixedDecimal) -> DORALevel? {
    guard let (bounds, higherIsBetter) = thresholds(of: metric) else { return nil }
    let levels = Self.levelsAboveLow
    if higherIsBetter {
      // Thresholds are lower bounds.
      return levels.indices.first { value >= bounds[$0] }.map { levels[$0] } ?? .low
    }
    // Change failure rate: inclusive upper bounds (≤ 5 % is elite); times: strict (< 24 h is elite).
    let inclusive = metric == .changeFailureRate
    return levels.indices.first { inclusive ? value <= bounds[$0] : value < bounds[$0] }.map { levels[$0] } ?? .low
  }

  /// The levels the three thresholds of a metric's bands open, best first; below the last, `.low`.
  private static let levelsAboveLow: [DORALevel] = [.elite, .high, .medium]

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
    // Room for every DORA metric from the start: a table grown twice per team was a third of this at 12,000 teams.
    var levels = [MetricID: DORALevel](minimumCapacity: Self.metrics.count)
    // Each value looked up once, and a tool's levels only when it has some (12,000 teams at 100,000 people).
    for metric in Self.metrics {
      guard let value = set[metric] else { continue }
      let toolLevel = toolLevels.isEmpty ? nil : toolLevels[metric]
      if let level = toolLevel ?? level(of: metric, value) { levels[metric] = level }
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
