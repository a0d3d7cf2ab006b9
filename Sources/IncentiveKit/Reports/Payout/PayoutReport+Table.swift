extension PayoutReport {
  /// The terminal view: a line per engineer, their components beneath, then team totals.
  ///
  /// Names, teams and metric names are abbreviated with `…` so every line fits
  /// `style.maxWidth`; amounts never are.
  func renderTable(style: TableStyle = .plain) -> String {
    func money(_ amount: Money) -> String { style.money(amount, in: currency) }
    var text = plan.heading(for: period) + " · \(currency.code)\n\n"
    var people = TextTable(
      headers: ["ENGINEER", "NAME", "TEAM", "ROLE", "PRORATION", "TARGET", "MULTIPLIER", "PAYOUT"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right], shrinkable: [1, 2])
    for payout in engineers {
      people.append(engineerCells(payout, money: money))
      for outcome in payout.components {
        var cells = componentCells(outcome, money: money)
        cells[0] = "  " + cells[0]
        cells[3] = "w " + cells[3]
        people.append([""] + cells, emphasis: .detail)
      }
    }
    text += people.render(style: style)
    let notes = componentNotes.map { "\($0.engineer) \($0.component): \($0.note)" }
    if !notes.isEmpty {
      text +=
        "\nNotes:\n" + notes.flatMap { Self.wrap($0, width: style.maxWidth, indent: 2) }.joined(separator: "\n") + "\n"
    }
    var teamTable = TextTable(
      headers: ["TEAM", "HEADCOUNT", "PAYOUT"], alignments: [.left, .right, .right], shrinkable: [0])
    for team in teams { teamTable.append([team.team, String(team.headcount), money(team.payout)]) }
    teamTable.append(["TOTAL", String(engineers.count), money(total)], emphasis: .total)
    text += "\n" + teamTable.render(style: style)
    let extras = extraLines
    if !extras.isEmpty {
      var table = TextTable(
        headers: ["OUTSIDE THE BONUS", "KIND", "AMOUNT", "DETAIL"], alignments: [.left, .left, .right, .left],
        shrinkable: [0, 3])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, money(extra.amount), extra.detail]) }
      table.append(["TOTAL", "", money(extrasTotal), ""], emphasis: .total)
      text += "\n" + table.render(style: style)
    }
    return text
  }

  /// `text` broken at spaces into lines of at most `width` characters, each indented; a word
  /// longer than a line stays whole.
  static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
    let prefix = String(repeating: " ", count: indent)
    var lines: [String] = []
    var current = prefix
    var isEmpty = true
    for word in text.split(separator: " ") {
      if !isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = prefix + "  "
        isEmpty = true
      }
      current += (isEmpty ? "" : " ") + word
      isEmpty = false
    }
    lines.append(current)
    return lines
  }
}
