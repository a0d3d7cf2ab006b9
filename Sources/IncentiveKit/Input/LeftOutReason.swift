/// Why a row of an input file counts toward no metric, though nothing is wrong with it: every row of every file
/// is counted, left out for one of these reasons, or an error (docs/data-quality.md).
enum LeftOutReason: String, CaseIterable, Sendable, Comparable {
  /// A row whose every cell is empty, as a spreadsheet leaves at the end of a file.
  case emptyRow = "empty_row"
  /// A deployment to an environment that is not in `metric_options.production_environments`.
  case notProduction = "not_production"
  /// An event (or a month, a survey, a shift) outside the period.
  case outsidePeriod = "outside_period"
  /// A review or coverage reading inside a blackout of its metric.
  case blackout
  /// An incident below `metric_options.incident_min_severity`.
  case belowMinimumSeverity = "below_min_severity"
  /// A mentorship row that records a milestone, not a promotion.
  case milestone
  /// A team or engineer id that the roster does not have (and that resembles none of its values).
  case notOnRoster = "not_on_roster"

  /// The words of the stderr summary and `audit data`: "3 rows not a production environment".
  var phrase: String {
    switch self {
    case .emptyRow: "empty row"
    case .notProduction: "not a production environment"
    case .outsidePeriod: "outside the period"
    case .blackout: "inside a blackout"
    case .belowMinimumSeverity: "below the minimum severity"
    case .milestone: "a milestone, not a promotion"
    case .notOnRoster: "not on the roster"
    }
  }

  static func < (lhs: LeftOutReason, rhs: LeftOutReason) -> Bool { lhs.ordinal < rhs.ordinal }

  /// The position in `allCases`, for counters kept in an array on the hot path.
  @inline(__always)
  var ordinal: Int {
    switch self {
    case .emptyRow: 0
    case .notProduction: 1
    case .outsidePeriod: 2
    case .blackout: 3
    case .belowMinimumSeverity: 4
    case .milestone: 5
    case .notOnRoster: 6
    }
  }
}
