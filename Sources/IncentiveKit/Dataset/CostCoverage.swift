/// Teams whose `costs.csv` rows cover fewer months of the period than other teams' do. `cost_vs_budget` sums the
/// months a team has, so a month lost from the export (acme's mobile without September) moves the ratio, and the
/// pay of everyone paid on it, without a word: each such team is named with the months it lacks.
///
/// In the same pass, a month whose totals can't both be right (a month may have several rows, line items or cost
/// centres, and is judged by their sums): a budget of 0 with spend (the actual then counts against no budget), an
/// actual under a tenth or over ten times its budget, or a budget more than ten times off the team's other months',
/// which is a unit slipped rather than a month that went so (payments' July written in thousands, 118.40 against
/// 120,000.00, or platform's August in cents; each moved pay in the input audit, unwarned). Only for a plan that
/// reads `cost_vs_budget`: otherwise the costs pay nobody.
enum CostCoverage {
  /// How far from its budget, or from the team's other months (times above or below), a month may be before it is
  /// named.
  static let ratioFactor = FixedDecimal(10)

  /// One team's month of the period: its first day, its rows' sums and its first line.
  struct Month: Sendable {
    var first: CivilDate
    var actual = FixedDecimal.zero
    var budget = FixedDecimal.zero
    var line: Int

    mutating func add(_ cost: CostEntry) {
      actual = actual + cost.actual
      budget = budget + cost.budget
    }
  }

  /// Every team's months of the period, by the team as the file writes it, gathered while the team signal files are
  /// read (`TeamSignalReader`): a second read of `costs.csv` for this check took 490 M instructions at 100,000
  /// engineers' 37,000 cost rows.
  struct Months: Sendable {
    /// A team's months in the order of their first row (a period's few, found by their first day without a table
    /// of their own per team: 12,000 of those at 100,000 engineers), and the line of its first row.
    struct Team: Sendable {
      var firstLine: Int
      var months: [Month] = []

      /// Adds a row to its month, made at the month's first row.
      mutating func add(_ cost: CostEntry) {
        let first = cost.month.from
        if let index = months.firstIndex(where: { $0.first == first }) {
          months[index].add(cost)
        } else {
          months.append(Month(first: first, line: cost.line))
          months[months.count - 1].add(cost)
        }
      }
    }

    private(set) var teams: [String: Team] = [:]

    /// Adds a row of the period.
    mutating func add(_ cost: CostEntry) {
      teams[cost.team, default: Team(firstLine: cost.line)].add(cost)
    }
  }

  /// The teams missing months others have, in the order of their first row, then the months off their budget or
  /// their team's other months, in the order of their first row. Only for a plan that reads `cost_vs_budget`: the
  /// caller asks.
  ///
  /// - Parameter file: the path of `costs.csv`, for the findings.
  static func findings(_ months: Months, file: String) -> [DataFinding] {
    let teams = months.teams.sorted { $0.key.precedes(atLine: $0.value.firstLine, $1.key, atLine: $1.value.firstLine) }
    // The first days of the months any team has, in order: a period's few, searched in a list rather than hashed
    // into a set per team (12,000 teams at 100,000 engineers, where these findings took 146 M instructions).
    var all: [CivilDate] = []
    for (_, team) in teams {
      for month in team.months where !all.contains(month.first) { all.append(month.first) }
    }
    all.sort()
    let missing = teams.compactMap { (team, rows) -> DataFinding? in
      // A team's months are distinct months among `all`: as many of them means none is missing.
      guard rows.months.count < all.count else { return nil }
      let missing = all.filter { day in !rows.months.contains { $0.first == day } }
      return .costMonthsMissing(
        file: file, line: rows.firstLine, team: team, missing: missing.map(CostEntry.monthText), others: all.count)
    }
    let implausible = teams.flatMap { team, rows in anomalies(rows.months).map { (team, $0.month, $0.anomaly) } }
      .sorted { left, right in
        // One team's months on one line: by month.
        guard left.1.line == right.1.line, left.0.hasSameBytes(as: right.0) else {
          return left.0.precedes(atLine: left.1.line, right.0, atLine: right.1.line)
        }
        return left.1.first < right.1.first
      }
    return missing
      + implausible.map { team, month, anomaly in
        .costAgainstBudget(
          file: file, line: month.line, team: team, month: CostEntry.monthText(month.first), actual: month.actual,
          budget: month.budget, anomaly: anomaly)
      }
  }

  /// A team's months whose totals can't both be right, with why.
  private static func anomalies(
    _ months: some Collection<Month>
  ) -> [(month: Month, anomaly: DataFinding.CostAnomaly)] {
    var found: [(month: Month, anomaly: DataFinding.CostAnomaly)] = []
    var budgeted: [Month] = []
    for month in months {
      if month.budget.isZero {
        if !month.actual.isZero { found.append((month, .noBudget)) }
      } else if PeerMiddles.isFar(month.actual, from: month.budget, factor: ratioFactor) {
        found.append((month, .farFromBudget))
      } else {
        budgeted.append(month)
      }
    }
    // Both a month's actual and its budget in thousands or cents: their ratio is plausible, their weight in the
    // team's sums is not.
    guard budgeted.count >= 2 else { return found }
    let budgets = budgeted.map(\.budget).sorted()
    for month in budgeted {
      let middles = PeerMiddles.of(budgets, without: month.budget)
      if PeerMiddles.farFrom(month.budget, middles: middles, factor: ratioFactor) != nil {
        found.append((month, .farFromOtherMonths))
      }
    }
    return found
  }
}
