/// Retention for teams and for managers' reports: `1 − voluntary exits / headcount at the
/// period's start`, computed from the roster alone.
struct RetentionRate {
  let roster: Roster
  let period: Period

  func record(into metrics: inout ComputedMetrics) {
    var teamHeadcount: [String: Int] = [:]
    var teamExits: [String: Int] = [:]
    var managerHeadcount: [String: Int] = [:]
    var managerExits: [String: Int] = [:]
    for engineer in roster.engineers {
      if engineer.isEmployed(on: period.from) {
        teamHeadcount[roster.team(of: engineer, on: period.from), default: 0] += 1
        if let manager = engineer.managerID { managerHeadcount[manager, default: 0] += 1 }
      }
      if let end = engineer.endDate, period.contains(end), engineer.exitReason == .voluntary {
        teamExits[roster.team(of: engineer, on: end), default: 0] += 1
        if let manager = engineer.managerID { managerExits[manager, default: 0] += 1 }
      }
    }
    for (team, headcount) in teamHeadcount {
      let exits = teamExits[team] ?? 0
      metrics.teams[team, default: MetricSet()].set(
        .retentionRate, Ratio(Int128(headcount - exits), Int128(headcount)), rows: headcount, source: Engineer.fileName)
    }
    for (manager, headcount) in managerHeadcount {
      let exits = managerExits[manager] ?? 0
      metrics.engineers[manager, default: MetricSet()].set(
        .retentionRate, Ratio(Int128(headcount - exits), Int128(headcount)), rows: headcount, source: Engineer.fileName)
    }
  }
}

extension RetentionRate {
  /// `retention_rate − (1 − annual market attrition × days / days in the year)`: positive when
  /// a team (or a manager's reports) kept people better than the market would predict, so a
  /// manager isn't paid less for a hot job market or more for a cold one.
  static func recordAgainstMarket(_ annualRate: FixedDecimal, period: Period, into metrics: inout ComputedMetrics) {
    // Expected retention over the period, exactly: 1 − rate × days / yearDays.
    let scale = annualRate.scale
    let denominator = pow10(scale) * Int128(period.daysInStartYear)
    let expected = Ratio(denominator - annualRate.units * Int128(period.days), denominator)
    func record(_ set: inout MetricSet) {
      guard let entry = set.entry(.retentionRate) else { return }
      let actual = Ratio(entry.value)
      let gap = Ratio(
        actual.numerator * expected.denominator - expected.numerator * actual.denominator,
        actual.denominator * expected.denominator)
      set.set(.retentionVsMarket, gap, rows: entry.rows, source: "roster + plan market_attrition_rate")
    }
    for team in metrics.teams.keys { record(&metrics.teams[team]!) }
    for id in metrics.engineers.keys { record(&metrics.engineers[id]!) }
  }
}
