/// Team health for leaders of leaders: the responses-weighted health score across the teams
/// of everyone they manage, directly or through other managers (a director's or VP's
/// `org_team_health`).
struct OrgHealth {
  let roster: Roster
  let period: Period

  func record(_ signals: [String: TeamSignalTally], into metrics: inout ComputedMetrics) {
    var reports: [String: [String]] = [:]
    for engineer in roster.engineers {
      if let manager = engineer.managerID { reports[manager, default: []].append(engineer.id) }
    }
    for leader in reports.keys {
      // Everyone under the leader, breadth first; the roster forbids self-management, and the
      // visited set stops a cycle in manager_id from looping.
      var visited: Set<String> = [leader]
      var queue = reports[leader] ?? []
      var teams = Set<String>()
      while let next = queue.popLast() {
        guard visited.insert(next).inserted else { continue }
        if let team = roster.team(of: next, on: period.from) ?? roster[next]?.team { teams.insert(team) }
        queue.append(contentsOf: reports[next] ?? [])
      }
      var weighted = FixedDecimal.zero
      var responses = 0
      var rows = 0
      for team in teams {
        guard let tally = signals[team], tally.responses > 0 else { continue }
        weighted = weighted + tally.weightedHealth
        responses += tally.responses
        rows += tally.surveyRows
      }
      guard responses > 0 else { continue }
      metrics.engineers[leader, default: MetricSet()].set(
        .orgTeamHealth, Ratio(weighted.units, Int128(responses) * pow10(weighted.scale)), rows: rows,
        source: "surveys of \(teams.count) team(s)")
    }
  }
}
