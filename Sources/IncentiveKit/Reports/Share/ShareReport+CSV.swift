extension ShareReport {
  static let csvColumns = ["team", "headcount", "target", "payout", "payout_to_target", "status"]

  /// `calculate --share --format csv`: one row per shown team (`status` shown), a TOTAL row
  /// (`total`, or `withheld` with empty figures) and, when teams were suppressed, a row whose
  /// team cell says how many (`suppressed`, no figures). In `dialect`: `--excel` gives the byte-order mark and CRLF
  /// it gives every other CSV (it was ignored here).
  func renderCSV(_ dialect: CSVDialect = .plain) -> String {
    func line(_ team: Team, status: String) -> [String] {
      [
        team.team, String(team.headcount), team.target.formatted(in: currency), team.payout.formatted(in: currency),
        team.payoutToTarget?.formatted(decimals: 4) ?? "", status,
      ]
    }
    var rows = [Self.csvColumns]
    for team in suppression.shown { rows.append(line(team, status: "shown")) }
    if let notice { rows.append([notice, "", "", "", "", "suppressed"]) }
    rows.append(total.map { line($0, status: "total") } ?? ["TOTAL", "", "", "", "", "withheld"])
    return dialect.file(rows)
  }
}
