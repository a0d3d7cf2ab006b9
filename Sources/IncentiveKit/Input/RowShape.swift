/// What a row or header that does not fit its file looks like, for a message that names the habit behind it: a
/// number written with thousands separators and no quotes splits in two, a file saved with semicolons or tabs has
/// one long header.
enum RowShape {
  /// A record with more or fewer fields than the header; with more, the first place where an unquoted
  /// `100,000` was cut at its comma is named.
  static func raggedRow(_ parser: CSVParser, _ fields: [CSVField], expected: Int) -> InputError {
    let line = parser.recordLine
    if fields.count > expected {
      let texts = fields.map { (try? parser.string($0, column: 0)) ?? "" }
      for index in 0..<(texts.count - 1)
      where !fields[index].isQuoted && isDigits(texts[index], max: 3) && isDigits(texts[index + 1], exactly: 3) {
        return .thousandsSplit(
          file: parser.file, line: line, column: index + 1, text: texts[index] + "," + texts[index + 1],
          expected: expected, found: fields.count)
      }
    }
    return .raggedRow(file: parser.file, line: line, expected: expected, found: fields.count)
  }

  /// `;` or a tab when a header has no comma-separated columns but holds one of them.
  static func foreignSeparator(_ headers: [String]) -> String? {
    guard headers.count <= 2, let header = headers.first else { return nil }
    if header.contains(";") { return ";" }
    if header.contains("\t") { return "\t" }
    return nil
  }

  private static func isDigits(_ text: String, max: Int) -> Bool {
    !text.isEmpty && text.utf8.count <= max && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  private static func isDigits(_ text: String, exactly count: Int) -> Bool {
    let digits = text.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    // The group may carry the decimals of the number it ends (`100,000.50`).
    return digits == count && (text.utf8.count == count || text.utf8.dropFirst(count).first == 0x2E)
  }
}

extension CSVField {
  /// Whether every field of a record is empty: a spreadsheet's blank row (`,,,,`).
  static func allEmpty(_ fields: some Sequence<CSVField>) -> Bool {
    fields.allSatisfy { $0.start == $0.end }
  }
}
