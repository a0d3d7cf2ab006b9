extension PayoutReport {
  /// Markdown for a pull-request comment: totals, teams, engineers, their components and the
  /// component notes (broken guards, blends), as tables GitHub renders.
  public func renderMarkdown() -> String {
    let decimals = multiplierDecimals
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    var text = "### " + MarkdownTable.escape("\(plan.name) — version \(plan.version)") + "\n\n"
    text +=
      "Period \(period.from) to \(period.to) · \(MarkdownTable.escape(currency.code)) · plan sha256 "
      + "\(plan.sha256.prefix(12))\n\n"
    text +=
      "**Total: \(money(total)) \(MarkdownTable.escape(currency.code))** for \(engineers.count) engineers"
      + " in \(teams.count) teams\n\n"

    var teamTable = MarkdownTable(headers: ["Team", "Headcount", "Payout"], alignments: [.left, .right, .right])
    for team in teams { teamTable.append([team.team, String(team.headcount), money(team.payout)]) }
    teamTable.append(["Total", String(engineers.count), money(total)])
    text += "#### Teams\n\n" + teamTable.render()

    var people = MarkdownTable(
      headers: ["Engineer", "Name", "Team", "Role", "Proration", "Target", "Multiplier", "Payout"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    var parts = MarkdownTable(
      headers: ["Engineer", "Component", "Metric", "Scope", "Weight", "Value", "Multiplier", "Amount"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    for payout in engineers {
      people.append(engineerCells(payout, decimals: decimals, money: money))
      for outcome in payout.components { parts.append([payout.engineer.id] + componentCells(outcome, decimals: decimals, money: money)) }
    }
    text += "\n#### Engineers\n\n" + people.render()
    text += "\n#### Components\n\n" + parts.render()

    let notes = componentNotes
    if !notes.isEmpty {
      var table = MarkdownTable(
        headers: ["Engineer", "Team", "Component", "Note"], alignments: [.left, .left, .left, .left])
      for note in notes { table.append([note.engineer, note.team, note.component, note.note]) }
      text += "\n#### Guards and notes\n\n" + table.render()
    }
    let extras = extraLines
    if !extras.isEmpty {
      var table = MarkdownTable(
        headers: ["Engineer", "Kind", "Amount", "Detail"], alignments: [.left, .left, .right, .left])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, money(extra.amount), extra.detail]) }
      table.append(["Total", "", money(extrasTotal), ""])
      text += "\n#### Outside the bonus\n\n" + table.render()
    }
    return text
  }
}
