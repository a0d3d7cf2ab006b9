extension TextTable {
  /// A row producer: calls `emit` once per row, in order. It is run twice (widths, then lines),
  /// so it must produce the same rows each time.
  typealias Rows = (_ emit: (_ row: [String]) throws(OutputError) -> Void) throws(OutputError) -> Void

  /// Writes the same text `render(style:)` gives for this table with `rows` appended (no emphasis), without holding
  /// the rows: one pass measures the columns, a second writes the lines from their bytes as they come (`metrics`
  /// lists every engineer's values, 800,000 lines at 100,000 people).
  func write<Sink: ReportSink>(rows: Rows, style: TableStyle, to sink: inout Sink) throws(OutputError) {
    var widths = columns.titles.map(TerminalText.displayWidth)
    // Cells are escaped as `append` escapes them (`TerminalText`), in both passes alike.
    try rows { (row) throws(OutputError) in
      columns.check(row)
      Self.widen(&widths, for: row.map(TerminalText.escaped))
    }
    widths = narrowed(widths, maxWidth: style.maxWidth)
    var buffer = Array((line(columns.titles, widths: widths, emphasis: .total, style: style) + "\n").utf8)
    try rows { (row) throws(OutputError) in
      let cells = row.map(TerminalText.escaped)
      write(cells.map { ($0.utf8, TerminalText.displayWidth($0)) }, widths: widths, into: &buffer)
      buffer.append(UInt8(ascii: "\n"))
      try sink.flush(&buffer)
    }
    try sink.write(buffer)
  }
}
