/// Whose definition of the four DORA metrics a run uses (`metric_options.dora` in the plan,
/// `--dora-definitions` on `metrics`), so payout numbers reconcile with the dashboard a team
/// already looks at. docs/dora.md sets the three side by side with a worked example.
public enum DORADefinition: String, Sendable, CaseIterable {
  /// SPEC section 4: rates over all deployments, exact medians.
  case spec
  /// Apache DevLake's DORA plugin and Grafana dashboard.
  case devlake
  /// Google Four Keys' dashboard queries.
  case fourkeys
}

/// The events of one team that a tool definition needs whole (medians over weeks and
/// attribution across the period's edge), held only when such a definition is chosen.
struct DORAEvents {
  /// Production deployments of any time (attribution may reach before the period).
  var deployments: [Deployment] = []
  var incidents: [Incident] = []
  var changes: [Change] = []
}

/// What a tool definition computed for a team: metric values (absent ones left out) and
/// the levels the tool itself assigns where they differ from the benchmark table's bands.
struct DORAOutcome {
  var values: [(metric: MetricID, value: Ratio, rows: Int)] = []
  var levels: [MetricID: DORALevel] = [:]

  mutating func set(_ metric: MetricID, _ value: Ratio?, rows: Int) {
    if let value { values.append((metric, value, rows)) }
  }
}

extension DORAEvents {
  /// Successful deployments finished in the period.
  func successful(in period: Period) -> [Deployment] {
    deployments.filter { $0.status == .success && period.contains(milliseconds: $0.finishedAt) }
  }

  /// Deploy-days per calendar week of the period's days, weeks starting on `firstWeekday`
  /// (0 = Sunday … 1 = Monday), each week as the (start day, count) of its period days.
  static func deployDaysPerWeek(_ deployments: [Deployment], period: Period, firstWeekday: Int) -> [(CivilDate, Int)] {
    let days = Set(deployments.map { Int($0.finishedAt.floorDiv(86_400_000)) })
    var weeks: [(CivilDate, Int)] = []
    for day in period.from.dayNumber...period.to.dayNumber {
      // Day 0 (1970-01-01) was a Thursday, weekday 4 counting from Sunday.
      let weekday = ((day + 4) % 7 + 7) % 7
      let start = CivilDate(dayNumber: day - ((weekday - firstWeekday) % 7 + 7) % 7)
      if weeks.last?.0 != start { weeks.append((start, 0)) }
      if days.contains(day) { weeks[weeks.count - 1].1 += 1 }
    }
    return weeks
  }

  /// Deploy-days per calendar month of the period's days.
  static func deployDaysPerMonth(_ deployments: [Deployment], period: Period) -> [Int] {
    let days = Set(deployments.map { Int($0.finishedAt.floorDiv(86_400_000)) })
    var months: [(Int, Int, Int)] = []
    for day in period.from.dayNumber...period.to.dayNumber {
      let (year, month, _) = CivilDate(dayNumber: day).components
      if months.last.map({ $0.0 != year || $0.1 != month }) ?? true { months.append((year, month, 0)) }
      if days.contains(day) { months[months.count - 1].2 += 1 }
    }
    return months.map(\.2)
  }
}
