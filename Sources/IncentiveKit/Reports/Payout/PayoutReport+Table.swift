extension PayoutReport {
  /// The terminal view: a line per engineer, their components beneath, then team totals.
  ///
  /// Names, teams and metric names are abbreviated with `…` so every line fits
  /// `style.maxWidth`; amounts never are.
  func renderTable(style: TableStyle = .plain) -> String {
    ReportBytes.collect { sink in try writeTable(style: style, to: &sink, payouts: keptPayouts) }
  }

  /// `renderTable(style:)`'s text with the engineers taken from `payouts` as they are paid, holding none: each
  /// payout's lines are laid out on the thread that paid it (`PayoutTableRecord`) and set aside (`ByteSpool`, on
  /// disk past a few megabytes) until every column's width is known, then written; the notes follow them, then the
  /// teams and the totals, from `payouts`' tail.
  func writeTable<Sink: ReportSink>(style: TableStyle, to sink: inout Sink, payouts: Payouts) throws {
    try sink.write(plan.heading(for: period) + " · \(currencyCodes)\n\n")
    let people = PayoutTableRecord.table
    var gathered = PayoutTableRecord.Gathered()
    let tail = try payouts(
      { payout in PayoutTableRecord.bytes(of: payout, in: self, style: style) }, { try gathered.add($0) })
    let decimals = gathered.decimals
    let multiplierColumn = PayoutTableRecord.multiplierColumn
    let widths = people.narrowed(gathered.allWidths, maxWidth: style.maxWidth)
    var buffer = Array((people.line(PayoutTableRecord.titles, widths: widths, emphasis: .total, style: style) + "\n").utf8)
    try gathered.lines.forEachRecord { (record) throws(OutputError) in
      try PayoutTableRecord.forEachLine(in: record) { (detail, cells, multiplier) throws(OutputError) in
        let text = Array(multiplier.formatted(decimals: decimals).utf8)
        text.withUnsafeBytes { text in
          cells.insert((text, text.count), at: multiplierColumn)
          people.write(cells, widths: widths, into: &buffer)
        }
        if detail, style.color { Self.paintLastLine(&buffer, style: style) }
        buffer.append(UInt8(ascii: "\n"))
        try sink.flush(&buffer)
      }
    }
    if gathered.notes.count > 0 {
      buffer.append(contentsOf: "\nNotes:\n".utf8)
      var first = true
      try gathered.notes.forEachRecord { (note) throws(OutputError) in
        if !first { buffer.append(UInt8(ascii: "\n")) }
        first = false
        buffer.append(contentsOf: note)
        try sink.flush(&buffer)
      }
      buffer.append(UInt8(ascii: "\n"))
    }
    try sink.write(buffer)
    var teamTable = TextTable(
      headers: ["TEAM", "HEADCOUNT", "PAYOUT"], alignments: [.left, .right, .right], shrinkable: [0])
    for team in tail.teams {
      let amount = style.money(team.payout, in: team.currency)
      teamTable.append([team.team, String(team.headcount), isMultiCurrency ? "\(amount) \(team.currency.code)" : amount])
    }
    let totals = tail.currencyTotals
    if isMultiCurrency {
      for line in totals.lines {
        let amount = style.money(line.payout, in: line.currency)
        teamTable.append(["TOTAL \(line.currency.code)", String(line.headcount), "\(amount) \(line.currency.code)"], emphasis: .total)
      }
      if let planTotal = totals.planTotal {
        teamTable.append(
          ["TOTAL in \(currency.code) (fx.csv)", String(gathered.paid), "\(style.money(planTotal, in: currency)) \(currency.code)"],
          emphasis: .total)
      }
    } else {
      teamTable.append(["TOTAL", String(gathered.paid), style.money(totals.planTotal ?? .zero, in: currency)], emphasis: .total)
    }
    try sink.write("\n" + teamTable.render(style: style))
    if !gathered.extras.isEmpty {
      var extras = TextTable(
        headers: ["OUTSIDE THE BONUS", "KIND", "AMOUNT", "DETAIL"], alignments: [.left, .left, .right, .left],
        shrinkable: [0, 3])
      for cells in gathered.extras { extras.append(cells) }
      if isMultiCurrency {
        for line in totals.lines where line.extras != .zero {
          let amount = style.money(line.extras, in: line.currency)
          extras.append(["TOTAL \(line.currency.code)", "", "\(amount) \(line.currency.code)", ""], emphasis: .total)
        }
      } else {
        extras.append(["TOTAL", "", style.money(totals.planExtrasTotal ?? .zero, in: currency), ""], emphasis: .total)
      }
      try sink.write("\n" + extras.render(style: style))
    }
  }

  /// The line just written at the end of `buffer` (after its last line feed), dimmed as a component's line is.
  private static func paintLastLine(_ buffer: inout [UInt8], style: TableStyle) {
    let start = (buffer.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
    let painted = style.paint(String(decoding: buffer[start...], as: UTF8.self), "2")
    buffer.replaceSubrange(start..., with: painted.utf8)
  }

  /// `wrap(_:width:indent:)`'s lines joined by line feeds: a byte at a time for printable ASCII (every character a
  /// byte, so counting bytes is counting characters), as `wrap` does it otherwise.
  static func wrapped(_ text: String, width: Int, indent: Int) -> String {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard TerminalText.isPrintableASCII(bytes) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 2 * indent + 8)
      out.append(contentsOf: repeatElement(0x20, count: indent))
      var lineStart = 0
      var isEmpty = true
      var index = 0
      while index < bytes.count {
        guard bytes[index] != 0x20 else {
          index += 1
          continue
        }
        var end = index
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        let word = bytes[index..<end]
        if !isEmpty && out.count - lineStart + 1 + word.count > width {
          out.append(0x0A)
          lineStart = out.count
          out.append(contentsOf: repeatElement(0x20, count: indent + 2))
          isEmpty = true
        }
        if !isEmpty { out.append(0x20) }
        out.append(contentsOf: word)
        isEmpty = false
        index = end
      }
      return String(decoding: out, as: UTF8.self)
    }
    return (ascii ?? nil) ?? wrap(text, width: width, indent: indent).joined(separator: "\n")
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
