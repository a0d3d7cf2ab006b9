extension TextTable {
  /// A row producer: calls `emit` once per row, in order. It is run twice (widths, then lines),
  /// so it must produce the same rows each time.
  typealias Rows = (_ emit: (_ row: [String], _ emphasis: Emphasis) throws(OutputError) -> Void) throws(OutputError)
    -> Void

  /// Writes the same text `render(style:)` gives for this table with `rows` appended, without
  /// holding the rows: one pass measures the columns, a second writes the lines as they come.
  func write<Sink: ReportSink>(rows: Rows, style: TableStyle, to sink: inout Sink) throws(OutputError) {
    var widths = columns.titles.map(TerminalText.displayWidth)
    // Cells are escaped as `append` escapes them (`TerminalText`), in both passes alike.
    try rows { (row, _) throws(OutputError) in
      columns.check(row)
      Self.widen(&widths, for: row.map(TerminalText.escaped))
    }
    widths = narrowed(widths, maxWidth: style.maxWidth)
    var buffer = line(columns.titles, widths: widths, emphasis: .total, style: style) + "\n"
    try rows { (row, emphasis) throws(OutputError) in
      buffer += line(row.map(TerminalText.escaped), widths: widths, emphasis: emphasis, style: style)
      buffer += "\n"
      try sink.flush(&buffer)
    }
    try sink.write(buffer)
  }
}
