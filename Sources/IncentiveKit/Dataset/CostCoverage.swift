/// Teams whose `costs.csv` rows cover fewer months of the period than other teams' do. `cost_vs_budget` sums the
/// months a team has, so a month lost from the export (acme's mobile without September) moves the ratio, and the
/// pay of everyone paid on it, without a word: each such team is named with the months it lacks.
enum CostCoverage {
  static func findings(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    var byTeam = InputAccounting()
    var months: [String: Set<String>] = [:]
    try dataset.account(CostEntry.self, into: &byTeam) { (cost: CostEntry) throws(InputError) -> RowFate in
      guard cost.month.overlaps(period) else { return .leftOut(.outsidePeriod) }
      months[cost.team, default: []].insert(String(cost.month.from.description.prefix(7)))
      return .counted(rosterValue: cost.team)
    }
    guard let file = byTeam.files.first else { return [] }
    let all = months.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    return file.countedByValue.sorted { $0.value.firstLine ?? 0 < $1.value.firstLine ?? 0 }.compactMap { team, sample in
      let missing = all.subtracting(months[team] ?? []).sorted()
      guard !missing.isEmpty else { return nil }
      return .costMonthsMissing(
        file: file.file, line: sample.firstLine ?? 0, team: team, missing: missing, others: all.count)
    }
  }
}
