extension PayoutReport {
  /// The terminal view: a line per engineer, their components beneath, then team totals.
  ///
  /// Names, teams and metric names are abbreviated with `…` so every line fits
  /// `style.maxWidth`; amounts never are.
  func renderTable(style: TableStyle = .plain) -> String {
    ReportBytes.collect { (sink) throws(OutputError) in try writeTable(style: style, to: &sink) }
  }

  /// `renderTable(style:)`'s text, written as it is laid out: the people table is measured in
  /// one pass over the engineers and written in a second, so no row is held.
  func writeTable<Sink: ReportSink>(style: TableStyle, to sink: inout Sink) throws(OutputError) {
    func money(_ amount: Money) -> String { style.money(amount, in: currency) }
    try sink.write(plan.heading(for: period) + " · \(currency.code)\n\n")
    let people = TextTable(
      headers: ["ENGINEER", "NAME", "TEAM", "ROLE", "PRORATION", "TARGET", "MULTIPLIER", "PAYOUT"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right], shrinkable: [1, 2])
    try people.write(
      rows: { (emit) throws(OutputError) in
        for payout in engineers {
          try emit(engineerCells(payout, money: money), .normal)
          for outcome in payout.components {
            var cells = componentCells(outcome, money: money)
            cells[0] = "  " + cells[0]
            cells[3] = "w " + cells[3]
            try emit([""] + cells, .detail)
          }
        }
      }, style: style, to: &sink)
    var notes = ""
    var hasNotes = false
    for payout in engineers {
      for outcome in payout.components {
        for note in payout.notes(for: outcome, in: currency) {
          notes += hasNotes ? "\n" : "\nNotes:\n"
          hasNotes = true
          notes += Self.wrap("\(payout.engineer.id) \(outcome.component.id): \(note)", width: style.maxWidth, indent: 2)
            .joined(separator: "\n")
          try sink.flush(&notes)
        }
      }
    }
    if hasNotes { notes += "\n" }
    try sink.write(notes)
    var teamTable = TextTable(
      headers: ["TEAM", "HEADCOUNT", "PAYOUT"], alignments: [.left, .right, .right], shrinkable: [0])
    for team in teams { teamTable.append([team.team, String(team.headcount), money(team.payout)]) }
    teamTable.append(["TOTAL", String(engineers.count), money(total)], emphasis: .total)
    try sink.write("\n" + teamTable.render(style: style))
    let extras = extraLines
    if !extras.isEmpty {
      var table = TextTable(
        headers: ["OUTSIDE THE BONUS", "KIND", "AMOUNT", "DETAIL"], alignments: [.left, .left, .right, .left],
        shrinkable: [0, 3])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, money(extra.amount), extra.detail]) }
      table.append(["TOTAL", "", money(extrasTotal), ""], emphasis: .total)
      try sink.write("\n" + table.render(style: style))
    }
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
