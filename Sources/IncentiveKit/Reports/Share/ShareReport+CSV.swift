extension ShareReport {
  static let csvColumns = ["team", "headcount", "target", "payout", "payout_to_target", "status"]

  /// `calculate --share --format csv`: one row per shown team (`status` shown), a TOTAL row
  /// (`total`, or `withheld` with empty figures) and, when teams were suppressed, a row whose
  /// team cell says how many (`suppressed`, no figures).
  func renderCSV() -> String {
    func line(_ team: Team, status: String) -> String {
      CSVWriter.line([
        team.team, String(team.headcount), team.target.formatted(in: currency), team.payout.formatted(in: currency),
        team.payoutToTarget?.formatted(decimals: 4) ?? "", status,
      ])
    }
    var text = CSVWriter.line(Self.csvColumns)
    for team in suppression.shown { text += line(team, status: "shown") }
    if let notice { text += CSVWriter.line([notice, "", "", "", "", "suppressed"]) }
    text += total.map { line($0, status: "total") } ?? CSVWriter.line(["TOTAL", "", "", "", "", "withheld"])
    return text
  }
}
