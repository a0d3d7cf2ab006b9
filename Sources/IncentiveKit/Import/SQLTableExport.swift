/// One database table as a SQL client exported it, read with that client's spelling of NULL and
/// its escaping, so a dump of DevLake's MySQL or PostgreSQL database reads the same whichever
/// client wrote it. The shape is told from the bytes:
///
/// - tab-separated with backslash escapes (a tab in the header line): `mysql --batch` (NULL as
///   `NULL`), `SELECT … INTO OUTFILE` with its default FIELDS clause (NULL as `\N`), PostgreSQL's
///   `\copy … TO` in text format;
/// - RFC 4180 CSV: PostgreSQL's `\copy … WITH (FORMAT csv, HEADER)`, SQL clients' "export as
///   CSV", DevLake's own e2e files;
/// - comma-separated with backslash escapes, when a `\"` keeps the file from reading as RFC 4180:
///   `INTO OUTFILE … FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"'`;
/// - a JSON array of rows or JSON Lines, by the file name.
///
/// A cell spelled `NULL` or `\N` is absent in every shape, as an empty cell is: no column
/// DevLake's DORA reads can hold those words, and reading them as text would put "NULL" where a
/// severity or a time belongs.
struct SQLTableExport {
  enum Shape: Equatable {
    case csv
    case backslashEscaped(separator: UInt8)
    case json
  }

  let file: ImportFile
  let shape: Shape
  /// Column names as the header (or, for JSON, any row) spells them.
  private var header: [String] = []
  /// Data records of the text shapes, each with the line it starts on.
  private var records: [(line: Int, cells: [JSONValue])] = []

  static let nullSpellings: Set<String> = ["NULL", "\\N"]

  init(_ file: ImportFile) throws(InputError) {
    self.file = file
    if file.isJSON {
      shape = .json
      for row in try file.json().arrayValue ?? [] {
        for member in row.objectMembers ?? [] where !header.contains(member.key) { header.append(member.key) }
      }
      return
    }
    try file.bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
      try TextEncoding.rejectUTF16(buffer, file: file.path)
    }
    var all: [(line: Int, cells: [JSONValue])]
    if file.bytes.prefix(while: { $0 != UInt8(ascii: "\n") }).contains(BackslashEscapedText.tab) {
      shape = .backslashEscaped(separator: BackslashEscapedText.tab)
      all = try BackslashEscapedText(
        bytes: file.bytes, file: file.path, separator: BackslashEscapedText.tab, allowsQuotes: false
      ).records()
    } else {
      do {
        all = try Self.csvRecords(file)
        shape = .csv
      } catch {
        // `\"` breaks RFC 4180 quoting; such a file is INTO OUTFILE's comma-separated form if it reads as that.
        guard Self.hasBackslashEscapes(file.bytes),
          let records = try? BackslashEscapedText(
            bytes: file.bytes, file: file.path, separator: BackslashEscapedText.comma, allowsQuotes: true
          ).records()
        else {
          guard case .malformed(_, let line, let column, let reason) = error, reason.contains("quote") else {
            throw error
          }
          throw Self.tabsTurnedToCommas(file.path, line: line, column: column, detail: reason)
        }
        shape = .backslashEscaped(separator: BackslashEscapedText.comma)
        all = records
      }
    }
    guard !all.isEmpty else {
      throw .malformed(file: file.path, line: 1, column: 1, reason: "the file is empty; expected a header row")
    }
    header = all.removeFirst().cells.map { $0.stringValue ?? "NULL" }
    records = all.map { record in
      (
        record.line,
        record.cells.map {
          $0.stringValue.map(Self.nullSpellings.contains) == true
            ? JSONValue(.null, line: $0.line, column: $0.column) : $0
        }
      )
    }
  }

  /// Whether the table has the column at all; a column that is there but empty counts.
  func hasColumn(_ name: String) -> Bool {
    header.contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == name }
  }

  /// Calls `body` once per data row, in file order, with NULL spellings read as absent.
  ///
  /// - Throws: `InputError` for a missing required column, a row whose field count differs from
  ///   the header's (naming the separator problem when the file looks like tabs turned into
  ///   commas), or whatever `body` throws.
  func forEachRow(columns: [TableColumn], _ body: (TableRow) throws(InputError) -> Void) throws(InputError) {
    if shape == .json { return try file.table.forEachRow(columns: columns, body) }
    let mapping = try TableReader.map(columns: columns, headers: header, file: file.path)
    for record in records {
      guard record.cells.count == header.count else { throw raggedRow(record) }
      var row = TableRow(
        file: file.path, columns: columns, storage: .json(mapping.map { $0.map { record.cells[$0] } }))
      row.line = record.line
      try body(row)
    }
  }

  /// A row with more or fewer fields than the header; more, in a CSV file, is the separator
  /// problem `tabsTurnedToCommas` describes.
  private func raggedRow(_ record: (line: Int, cells: [JSONValue])) -> InputError {
    let expected = header.count
    let found = record.cells.count
    guard shape == .csv, found > expected else {
      return .raggedRow(file: file.path, line: record.line, expected: expected, found: found)
    }
    return Self.tabsTurnedToCommas(
      file.path, line: record.line, column: expected + 1,
      detail: "\(found) fields where the header has \(expected)")
  }

  /// A CSV structure error (a bare quote, more fields than the header) in a database table dump
  /// is almost always tab-separated output with its tabs turned into commas (`mysql --batch … |
  /// tr '\t' ','`, `sed 's/\t/,/g'`): commas and quotes inside values are then left bare and
  /// rows split in the wrong places. The fix is in the export command, so the message names it.
  static func tabsTurnedToCommas(_ file: String, line: Int, column: Int, detail: String) -> InputError {
    .malformed(
      file: file, line: line, column: column,
      reason: "\(detail). Commas and quotes inside values are bare, as in tab-separated output whose tabs were "
        + "turned into commas (mysql --batch … | tr '\\t' ','); keep the tabs: "
        + "mysql --batch -e 'SELECT * FROM <table>' > <table>.tsv (docs/importers.md)")
  }

  /// Records of an RFC 4180 file, each field a string cell.
  private static func csvRecords(_ file: ImportFile) throws(InputError) -> [(line: Int, cells: [JSONValue])] {
    var parser = CSVParser(bytes: file.bytes, file: file.path)
    var fields: [CSVField] = []
    var records: [(line: Int, cells: [JSONValue])] = []
    while try parser.nextRecord(into: &fields) {
      var cells: [JSONValue] = []
      for (index, field) in fields.enumerated() {
        let text = try parser.string(field, column: index + 1)
        cells.append(JSONValue(.string(text), line: field.line, column: index + 1))
      }
      records.append((parser.recordLine, cells))
    }
    return records
  }

  /// Whether comma-separated bytes carry MySQL's backslash escapes: a `\"` anywhere, or a field
  /// that is exactly `\N` (which RFC 4180 CSV writers never produce).
  static func hasBackslashEscapes(_ bytes: [UInt8]) -> Bool {
    let backslash = UInt8(ascii: "\\")
    func isBoundary(_ index: Int) -> Bool {
      index < 0 || index >= bytes.count || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "\n")
        || bytes[index] == UInt8(ascii: "\r")
    }
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == backslash {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "\"") { return true }
        if next == UInt8(ascii: "N") && isBoundary(index - 1) && isBoundary(index + 2) { return true }
        index += 2
        continue
      }
      index += 1
    }
    return false
  }
}
