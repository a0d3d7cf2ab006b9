extension PayoutReport {
  /// The terminal view: a line per engineer, their components beneath, then team totals.
  public func renderTable() -> String {
    var text = plan.heading(for: period) + " · \(currency.code)\n\n"
    var people = TextTable(
      headers: ["ENGINEER", "NAME", "TEAM", "ROLE", "PRORATION", "TARGET", "MULTIPLIER", "PAYOUT"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    for payout in engineers {
      people.append([
        payout.engineer.id, payout.engineer.name ?? "", payout.team, payout.engineer.role,
        payout.proration.factor.formatted(decimals: 4), payout.target.amount.grouped(in: currency),
        payout.multiplier.trimmed(minimumDecimals: 2), payout.payout.grouped(in: currency),
      ])
      for outcome in payout.components {
        let value = outcome.value.map { $0.trimmed(minimumDecimals: 1) } ?? "—"
        people.append([
          "", "  " + outcome.component.id, outcome.component.metric, outcome.component.scope.rawValue,
          "w " + outcome.weight.trimmed(minimumDecimals: 1), value,
          outcome.multiplier.formatted(decimals: 4), outcome.amount.grouped(in: currency),
        ])
      }
    }
    text += people.render()
    let notes = engineers.flatMap { payout in
      payout.components.flatMap { outcome in outcome.notes.map { "\(payout.engineer.id) \(outcome.component.id): \($0)" } }
    }
    if !notes.isEmpty {
      text += "\nNotes:\n" + notes.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    var teamTable = TextTable(headers: ["TEAM", "HEADCOUNT", "PAYOUT"], alignments: [.left, .right, .right])
    for team in teams { teamTable.append([team.team, String(team.headcount), team.payout.grouped(in: currency)]) }
    teamTable.append(["TOTAL", String(engineers.count), total.grouped(in: currency)])
    text += "\n" + teamTable.render()
    let extras = engineers.flatMap { payout in payout.extras.map { (payout.engineer.id, $0) } }
    if !extras.isEmpty {
      var table = TextTable(headers: ["OUTSIDE THE BONUS", "KIND", "AMOUNT", "DETAIL"], alignments: [.left, .left, .right, .left])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, extra.amount.grouped(in: currency), extra.detail]) }
      table.append(["TOTAL", "", extrasTotal.grouped(in: currency), ""])
      text += "\n" + table.render()
    }
    return text
  }
}
