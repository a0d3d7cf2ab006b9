/// How a CSV file is laid out as bytes. Every dialect goes through `CSVWriter`'s quoting; they
/// differ in what a spreadsheet needs to open the file without an import dialog.
enum CSVDialect: Sendable {
  /// UTF-8, no byte-order mark, LF: what scripts, payroll imports and `diff` read best.
  case plain
  /// UTF-8 with a byte-order mark and CRLF line ends: Excel otherwise reads UTF-8 as the
  /// Windows code page (`Tomás` shows as `TomÃ¡s`); LibreOffice reads both forms.
  case excel

  var terminator: String { self == .excel ? "\r\n" : "\n" }

  /// What a file starts with: the byte-order mark for Excel, nothing otherwise.
  var preamble: String { self == .excel ? "\u{FEFF}" : "" }

  /// The text of a file of these lines.
  func file(_ rows: [[String]]) -> String {
    preamble + rows.map(line).joined()
  }

  /// One line of a file in this dialect.
  func line(_ fields: [String]) -> String { CSVWriter.line(fields, terminator: terminator) }
}
