/// Team health for leaders of leaders: the responses-weighted health score across the teams
/// of everyone they manage, directly or through other managers (a director's or VP's
/// `org_team_health`).
struct OrgHealth: Sendable {
  let roster: Roster
  let period: Period

  /// One leader's `org_team_health`, worked out before it is recorded: the walk runs while another thread builds the
  /// engineers' metric sets (`MetricsCalculator.finish`), and the values go into them afterwards.
  struct LeaderHealth: Sendable {
    /// The leader's roster position.
    var position: Int
    var health: Ratio
    var rows: Int
    var teams: Int
  }

  func values(_ signals: [String: TeamSignalTally]) -> [LeaderHealth] {
    // The teams of everyone under each leader: each person's team is added to their manager's set, their
    // manager's manager's, and so on up. A set that already holds the team means every leader above it does too
    // (they were given it on the same walk), so the walk stops there: the work grows with people plus teams ×
    // levels, not people × levels. The roster has no manager_id cycle (`Roster.init` refuses one).
    // By position in the roster, managers followed by position (`Roster.manager(of:)`), not looked up by id, and
    // teams by number (`Roster.teamNames`), not hashed by name at each step.
    var teamsUnder = [Set<Int32>](repeating: [], count: roster.engineers.count)
    for index in roster.engineers.indices {
      guard var leader = roster.manager(of: index) else { continue }
      let team = Int32(roster.numberedTeam(at: index, on: period.from).number)
      while teamsUnder[leader].insert(team).inserted, let above = roster.manager(of: leader) {
        leader = above
      }
    }
    // Each roster team's signals by number, looked up by name once per team rather than once per leader above it.
    var tallies = [TeamSignalTally?](repeating: nil, count: roster.teamNames.count)
    for (number, team) in roster.teamNames.enumerated() { tallies[number] = signals[team] }
    var values: [LeaderHealth] = []
    for (leader, teams) in teamsUnder.enumerated() where !teams.isEmpty {
      var weighted = FixedDecimal.zero
      var responses = 0
      var rows = 0
      // The sums are exact, so the set's order changes nothing.
      for team in teams {
        guard let tally = tallies[Int(team)], tally.responses > 0 else { continue }
        weighted = weighted + tally.weightedHealth
        responses += tally.responses
        rows += tally.surveyRows
      }
      guard responses > 0 else { continue }
      values.append(
        LeaderHealth(
          position: leader,
          health: Ratio(weighted.units, Int128(responses) * pow10(weighted.scale)), rows: rows,
          teams: teams.count))
    }
    return values
  }

  /// - Parameter engineers: laid out by the roster the values were made from.
  static func record(_ values: [LeaderHealth], into engineers: inout PersonTable<MetricSet>) {
    for value in values {
      engineers.update(position: value.position, default: MetricSet()) {
        $0.set(.orgTeamHealth, value.health, rows: value.rows, source: "surveys of \(value.teams) team(s)")
      }
    }
  }
}
