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
        if let team = roster.team(of: engineer.id, on: period.from) { teamHeadcount[team, default: 0] += 1 }
        if let manager = engineer.managerID { managerHeadcount[manager, default: 0] += 1 }
      }
      if let end = engineer.endDate, period.contains(end), engineer.exitReason == .voluntary {
        if let team = roster.team(of: engineer.id, on: end) { teamExits[team, default: 0] += 1 }
        if let manager = engineer.managerID { managerExits[manager, default: 0] += 1 }
      }
    }
    for (team, headcount) in teamHeadcount {
      let exits = teamExits[team] ?? 0
      metrics.teams[team, default: MetricSet()].set(
        "retention_rate", Ratio(Int128(headcount - exits), Int128(headcount)), rows: headcount, source: "roster")
    }
    for (manager, headcount) in managerHeadcount {
      let exits = managerExits[manager] ?? 0
      metrics.engineers[manager, default: MetricSet()].set(
        "retention_rate", Ratio(Int128(headcount - exits), Int128(headcount)), rows: headcount, source: "roster")
    }
  }
}
