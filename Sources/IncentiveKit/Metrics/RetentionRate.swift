/// Retention for teams and for managers' reports: `1 − voluntary exits / headcount at the
/// period's start`, computed from the roster alone.
struct RetentionRate: Sendable {
  let roster: Roster
  let period: Period

  /// Headcount at the period's start and voluntary exits within it, per team and per manager: one walk over the
  /// roster, made while another thread builds the engineers' metric sets (`MetricsCalculator.finish`).
  struct Counts: Sendable {
    var teams: [String: (headcount: Int, exits: Int)] = [:]
    /// By the manager's roster position (`Roster.people`), only managers with a count.
    var managers: [(position: Int, headcount: Int, exits: Int)] = []

    /// Each team's `retention_rate`.
    func recordTeams(into teams: inout [String: MetricSet]) { Self.record(self.teams, into: &teams) }

    /// Each manager's `retention_rate`, of their direct reports.
    /// - Parameter engineers: laid out by the roster the counts were made from.
    func recordManagers(into engineers: inout PersonTable<MetricSet>) {
      for count in managers where count.headcount > 0 {
        engineers.update(position: count.position, default: MetricSet()) {
          Self.record(headcount: count.headcount, exits: count.exits, into: &$0)
        }
      }
    }

    private static func record(_ counts: [String: (headcount: Int, exits: Int)], into sets: inout [String: MetricSet]) {
      for (subject, count) in counts where count.headcount > 0 {
        record(headcount: count.headcount, exits: count.exits, into: &sets[subject, default: MetricSet()])
      }
    }

    private static func record(headcount: Int, exits: Int, into set: inout MetricSet) {
      set.set(
        .retentionRate, Ratio(Int128(headcount - exits), Int128(headcount)), rows: headcount, source: Engineer.fileName)
    }
  }

  func counts() -> Counts {
    var counts = Counts()
    // Managers by position in the roster (`Roster.manager(of:)`), named once each at the end: a look-up by id per
    // person was a third of this walk at 100,000 people.
    var managers = [(headcount: Int, exits: Int)](repeating: (0, 0), count: roster.engineers.count)
    // Teams by number (`Roster.teamNames`), each keyed at the end by the name its first counted person was on, as a
    // table keyed by name per person would keep it.
    var teams = [(name: String?, headcount: Int, exits: Int)](repeating: (nil, 0, 0), count: roster.teamNames.count)
    // The number of the team the person at `index` was on during `day`, named when it is first counted.
    func team(at index: Int, on day: CivilDate) -> Int {
      let team = roster.numberedTeam(at: index, on: day)
      if teams[team.number].name == nil { teams[team.number].name = team.name }
      return team.number
    }
    for (index, engineer) in roster.engineers.enumerated() {
      let manager = roster.manager(of: index)
      if engineer.isEmployed(on: period.from) {
        let number = team(at: index, on: period.from)
        teams[number].headcount += 1
        if let manager { managers[manager].headcount += 1 }
      }
      if let end = engineer.endDate, period.contains(end), engineer.exitReason == .voluntary {
        let number = team(at: index, on: end)
        teams[number].exits += 1
        if let manager { managers[manager].exits += 1 }
      }
    }
    counts.teams.reserveCapacity(teams.count)
    for team in teams { if let name = team.name { counts.teams[name] = (team.headcount, team.exits) } }
    for (index, count) in managers.enumerated() where count.headcount > 0 || count.exits > 0 {
      counts.managers.append((index, count.headcount, count.exits))
    }
    return counts
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
    metrics.engineers.updateValues(record)
  }
}
