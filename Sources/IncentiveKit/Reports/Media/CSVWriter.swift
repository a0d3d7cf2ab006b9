import Foundation

/// RFC 4180 output: a field is quoted when it holds a comma, quote or line break, with
/// quotes doubled; lines end in LF, which every spreadsheet and payroll import reads.
///
/// Every report CSV goes through `line(_:)`, which neutralises spreadsheet formulas (see
/// `neutralised(_:)`): finance opens these files in Excel or LibreOffice, and a roster name
/// such as `=HYPERLINK("http://…")` must arrive as text, not run. Dataset files that this tool
/// reads back (`incentive import`) use `exactLine(_:)` instead, because their cells are data that
/// must round-trip byte for byte.
enum CSVWriter {
  /// The characters that make a spreadsheet read a cell as a formula (OWASP's list): `=`, `+`,
  /// `-`, `@`, tab and carriage return.
  static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

  /// A report cell, quoted as RFC 4180 needs and neutralised against formula injection.
  static func field(_ text: String) -> String {
    quoted(neutralised(text))
  }

  /// The text a spreadsheet shows as typed: a cell starting with a formula trigger gets a leading
  /// `'` (OWASP's rule), which Excel and LibreOffice treat as "this is text" and do not display.
  /// A plain decimal number (`-12.50`, `3`) stays as it is, so amounts stay numbers.
  static func neutralised(_ text: String) -> String {
    guard let first = text.first, formulaTriggers.contains(first), !isPlainNumber(text) else { return text }
    return "'" + text
  }

  /// One report line: every field neutralised and quoted.
  /// - Parameter terminator: `\n`, or `\r\n` for a file meant for Excel (`CSVDialect.excel`).
  static func line(_ fields: [String], terminator: String = "\n") -> String {
    fields.map(field).joined(separator: ",") + terminator
  }

  /// One line of a dataset file the tool reads back: quoted, never altered. Not for reports.
  static func exactLine(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\n"
  }

  /// RFC 4180 quoting only.
  static func quoted(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `-?digits(.digits)?`: a number a spreadsheet reads as a number and nothing else.
  static func isPlainNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), bytes.last != UInt8(ascii: ".") else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
  }
}
