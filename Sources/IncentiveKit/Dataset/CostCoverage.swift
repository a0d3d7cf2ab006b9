/// Teams whose `costs.csv` rows cover fewer months of the period than other teams' do. `cost_vs_budget` sums the
/// months a team has, so a month lost from the export (acme's mobile without September) moves the ratio, and the
/// pay of everyone paid on it, without a word: each such team is named with the months it lacks.
enum CostCoverage {
  static func findings(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    // Months by their first day, written out only for a finding: formatting each row's month was a third of this
    // check's time at 100,000 engineers' 37,000 cost rows.
    var months: [String: Set<CivilDate>] = [:]
    let teams = try dataset.groups(CostEntry.self) { (cost: CostEntry) -> (key: String, value: String)? in
      guard cost.month.overlaps(period) else { return nil }
      months[cost.team, default: []].insert(cost.month.from)
      return (cost.team, cost.team)
    }
    guard let (file, groups) = teams else { return [] }
    let all = months.values.reduce(into: Set<CivilDate>()) { $0.formUnion($1) }
    return groups.compactMap { (team, rows) -> DataFinding? in
      let missing = all.subtracting(months[team] ?? []).sorted()
      guard !missing.isEmpty else { return nil }
      return .costMonthsMissing(
        file: file, line: rows.firstLine ?? 0, team: team, missing: missing.map(CostEntry.monthText), others: all.count)
    }
  }
}
