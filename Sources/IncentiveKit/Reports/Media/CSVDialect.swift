/// How a CSV file is laid out as bytes. Every dialect goes through `CSVWriter`'s quoting; they
/// differ in what a spreadsheet needs to open the file without an import dialog.
enum CSVDialect: Sendable {
  /// UTF-8, no byte-order mark, LF: what scripts, payroll imports and `diff` read best.
  case plain
  /// UTF-8 with a byte-order mark and CRLF line ends: Excel otherwise reads UTF-8 as the
  /// Windows code page (`Tomás` shows as `TomÃ¡s`); LibreOffice reads both forms.
  case excel

  var terminator: String { self == .excel ? "\r\n" : "\n" }

  /// The text of a file of these lines: the byte-order mark first for Excel.
  func file(_ rows: [[String]]) -> String {
    (self == .excel ? "\u{FEFF}" : "") + rows.map { CSVWriter.line($0, terminator: terminator) }.joined()
  }
}
