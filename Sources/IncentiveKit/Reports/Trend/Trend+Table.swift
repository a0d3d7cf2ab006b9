extension Trend {
  /// The four DORA metrics' short column titles, in `DORABenchmark.metrics` order.
  static let doraColumns = ["DEPLOYS/WEEK", "LEAD TIME H", "CHANGE FAIL", "RESTORE H"]

  /// The terminal view: per team a line per period (DORA metrics, level, headcount, payout), the
  /// totals per period, then per person the payout of each period and the year to date.
  func renderTable(style: TableStyle = .plain) -> String {
    func money(_ amount: Money?) -> String { amount.map { style.money($0, in: currency) } ?? "—" }
    var text =
      "Trend \(labels.first ?? "") to \(labels.last ?? "") · \(currency.code) · DORA levels: the \(benchmark) report\n\n"
    var teamTable = TextTable(
      headers: ["TEAM", "PERIOD"] + Self.doraColumns + ["LEVEL", "HEADCOUNT", "PAYOUT"],
      alignments: [.left, .left, .right, .right, .right, .right, .left, .right, .right], shrinkable: [0])
    for (team, points) in teams {
      for (index, point) in points.enumerated() {
        guard let point else {
          teamTable.append([team, labels[index], "", "", "", "", "", "0", "—"], emphasis: .detail)
          continue
        }
        teamTable.append(
          [team, labels[index]] + DORABenchmark.metrics.map { point.dora[$0]?.trimmed() ?? "—" }
            + [point.level?.rawValue ?? "—", String(point.headcount), money(point.payout)])
      }
    }
    for (index, total) in totals.enumerated() {
      teamTable.append(["TOTAL", labels[index], "", "", "", "", "", "", money(total)], emphasis: .total)
    }
    text += teamTable.render(style: style)
    var peopleTable = TextTable(
      headers: ["ENGINEER", "NAME", "TEAM"] + labels + ["YEAR TO DATE"],
      alignments: [.left, .left, .left] + labels.map { _ in .right } + [.right], shrinkable: [1, 2])
    for person in people {
      peopleTable.append(
        [person.id, person.name ?? "", person.team] + person.payouts.map(money) + [money(person.yearToDate.last ?? nil)]
      )
    }
    return text + "\n" + peopleTable.render(style: style)
  }
}
