/// Teams whose `costs.csv` rows cover fewer months of the period than other teams' do. `cost_vs_budget` sums the
/// months a team has, so a month lost from the export (acme's mobile without September) moves the ratio, and the
/// pay of everyone paid on it, without a word: each such team is named with the months it lacks.
///
/// In the same pass, a month whose actual and budget can't both be right: a budget of 0 with spend (the actual then
/// counts against no budget), an actual under a tenth or over ten times its budget, or a budget more than ten times
/// off the team's other months', which is a unit slipped rather than a month that went so (payments' July written
/// in thousands, 118.40 against 120,000.00, or platform's August in cents; each moved pay in the input audit,
/// unwarned).
enum CostCoverage {
  /// How far from its budget (times above or below) a month's actual may be before it is named.
  static let ratioFactor = FixedDecimal(10)

  static func findings(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    // Months by their first day, written out only for a finding: formatting each row's month was a third of this
    // check's time at 100,000 engineers' 37,000 cost rows.
    var months: [String: Set<CivilDate>] = [:]
    var implausible: [CostEntry] = []
    // Each team's other months, to compare a month's budget with (rows named already are left out).
    var budgeted: [String: [CostEntry]] = [:]
    let teams = try dataset.groups(CostEntry.self) { (cost: CostEntry) -> (key: String, value: String)? in
      guard cost.month.overlaps(period) else { return nil }
      months[cost.team, default: []].insert(cost.month.from)
      if isImplausible(actual: cost.actual, budget: cost.budget) { implausible.append(cost) } else { budgeted[cost.team, default: []].append(cost) }
      return (cost.team, cost.team)
    }
    implausible += budgeted.values.flatMap(scaledMonths).sorted { $0.line < $1.line }
    guard let (file, groups) = teams else { return [] }
    let all = months.values.reduce(into: Set<CivilDate>()) { $0.formUnion($1) }
    let missing = groups.compactMap { (team, rows) -> DataFinding? in
      let missing = all.subtracting(months[team] ?? []).sorted()
      guard !missing.isEmpty else { return nil }
      return .costMonthsMissing(
        file: file, line: rows.firstLine ?? 0, team: team, missing: missing.map(CostEntry.monthText), others: all.count)
    }
    return missing
      + implausible.map {
        .costAgainstBudget(
          file: file, line: $0.line, team: $0.team, month: $0.monthText, actual: $0.actual, budget: $0.budget)
      }
  }

  /// A team's months whose budget is more than `ratioFactor` times under or over the others' (both middles), actual
  /// and budget alike written in thousands or cents: their ratio is plausible, their weight in the team's sums is not.
  private static func scaledMonths(_ rows: [CostEntry]) -> [CostEntry] {
    guard rows.count >= 2 else { return [] }
    let budgets = rows.map(\.budget).sorted()
    return rows.filter { row in
      let (low, high) = RosterPlausibility.middlesOfOthers(budgets, without: row.budget)
      return row.budget * ratioFactor < low || row.budget > high * ratioFactor
    }
  }

  /// A budget of 0 with spend, or an actual more than `ratioFactor` times under or over its budget. A month with
  /// neither spend nor budget moves nothing.
  static func isImplausible(actual: FixedDecimal, budget: FixedDecimal) -> Bool {
    guard !budget.isZero else { return !actual.isZero }
    return actual * ratioFactor < budget || actual > budget * ratioFactor
  }
}
