/// Team health for leaders of leaders: the responses-weighted health score across the teams
/// of everyone they manage, directly or through other managers (a director's or VP's
/// `org_team_health`).
struct OrgHealth {
  let roster: Roster
  let period: Period

  func record(_ signals: [String: TeamSignalTally], into metrics: inout ComputedMetrics) {
    // The teams of everyone under each leader: each person's team is added to their manager's set, their
    // manager's manager's, and so on up. A set that already holds the team means every leader above it does too
    // (they were given it on the same walk), so the walk stops there: the work grows with people plus teams ×
    // levels, not people × levels. The roster has no manager_id cycle (`Roster.init` refuses one).
    var teamsUnder: [String: Set<String>] = [:]
    for engineer in roster.engineers {
      guard var leader = engineer.managerID else { continue }
      let team = roster.team(of: engineer, on: period.from)
      while teamsUnder[leader, default: []].insert(team).inserted, let above = roster[leader]?.managerID {
        leader = above
      }
    }
    for (leader, teams) in teamsUnder {
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
