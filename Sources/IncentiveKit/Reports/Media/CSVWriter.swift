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
  /// The first scalars that make a spreadsheet read a cell as a formula (OWASP's list): `=`, `+`,
  /// `-`, `@`, tab and carriage return.
  ///
  /// Scalars, not `Character`s: a spreadsheet looks at the first code point, while Swift joins `=` and a
  /// combining mark (U+0301), a joiner (U+200D) or a variation selector (U+FE0F) after it into one
  /// `Character` that equals no trigger, and such a cell ran as a formula in LibreOffice.
  static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// A report cell, quoted as RFC 4180 needs and neutralised against formula injection.
  static func field(_ text: String) -> String {
    quoted(neutralised(text))
  }

  /// The text a spreadsheet shows as typed: a cell starting with a formula trigger gets a leading
  /// `'` (OWASP's rule), which Excel and LibreOffice treat as "this is text" and do not display.
  /// A plain decimal number (`-12.50`, `3`) stays as it is, so amounts stay numbers.
  static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaTriggers.contains(first), !isPlainNumber(text) else {
      return text
    }
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

  /// RFC 4180 quoting only: quoted when the cell holds a comma, a quote or a line break, every quote
  /// doubled.
  ///
  /// Decided on UTF-8 bytes, not `Character`s: `,` or `"` followed by a combining mark is one `Character`
  /// equal to neither, so a name `Raman,\u{301} Priya` went out unquoted and split into two columns of a
  /// payroll import, and `"\u{301}` went out undoubled and ended a quoted cell early. The bytes 0x22, 0x2C,
  /// 0x0A and 0x0D are only ever those ASCII characters (every byte of a multi-byte UTF-8 sequence is
  /// 0x80 or above), so inserting a quote beside each 0x22 keeps the text valid UTF-8.
  static func quoted(_ text: String) -> String {
    let quote = UInt8(ascii: "\"")
    guard text.utf8.contains(where: { $0 == quote || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D }) else {
      return text
    }
    var bytes: [UInt8] = [quote]
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      bytes.append(byte)
      if byte == quote { bytes.append(quote) }
    }
    bytes.append(quote)
    return String(decoding: bytes, as: UTF8.self)
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
