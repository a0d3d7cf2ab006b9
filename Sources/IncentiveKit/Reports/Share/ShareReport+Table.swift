extension ShareReport {
  /// `calculate --share`: a line per shown team, the total (or why it is withheld), and how
  /// many teams were suppressed.
  func renderTable() -> String {
    var text = plan.heading(for: period) + " · \(currency.code)\n"
    text += "Shared view: team aggregates only; teams under \(suppression.minimum) people are suppressed\n\n"
    var table = TextTable(
      headers: ["TEAM", "HEADCOUNT", "TARGET", "PAYOUT", "PAYOUT/TARGET"],
      alignments: [.left, .right, .right, .right, .right])
    for team in suppression.shown + (total.map { [$0] } ?? []) {
      table.append([
        team.team, String(team.headcount), team.target.grouped(in: currency), team.payout.grouped(in: currency),
        team.payoutToTarget?.formatted(decimals: 4) ?? "—",
      ])
    }
    text += table.render()
    if let notice { text += "\n" + notice + "\n" }
    if let reason = suppression.totalWithheldReason { text += reason + "\n" }
    return text
  }
}
