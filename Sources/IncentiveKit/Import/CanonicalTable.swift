/// A canonical dataset file an importer produced (deployments, incidents, reviews,
/// changes), rendered as the CSV `calculate` reads.
///
/// Rendering reads the text back through the record type's own decoder before anything is
/// written, so an import can never leave a file `calculate` would reject; a row that fails
/// is reported at its position in the export.
struct CanonicalTable: Sendable {
  let record: any DatasetRecord.Type
  var rows: [CanonicalRow] = []

  init(_ record: any DatasetRecord.Type, rows: [CanonicalRow] = []) {
    self.record = record
    self.rows = rows
  }

  /// `deployments.csv`.
  var fileName: String { record.fileName + ".csv" }

  /// The CSV bytes, checked by decoding every row with the record type.
  ///
  /// - Throws: the decoder's `InputError`, moved to the row's export position.
  func renderedCSV() throws(InputError) -> [UInt8] {
    let headers = record.columns.map(\.name)
    var text = CSVWriter.line(headers)
    for row in rows {
      // One line per row (no embedded line breaks), so row i is line i + 2 when checking.
      text += CSVWriter.line(
        headers.map { Self.oneLine(row.values[$0] ?? "") })
    }
    let bytes = Array(text.utf8)
    let reader = TableReader(file: fileName, format: .csv, bytes: bytes)
    let record = self.record
    let rows = self.rows
    try reader.forEachRow(columns: record.columns) { (row: TableRow) throws(InputError) in
      let source = rows[row.line - 2]
      if case .failure(let error) = Self.decode(record, row) { throw Self.moved(error, to: source) }
    }
    return bytes
  }

  /// The text with line breaks as spaces: canonical cells hold ids, times and short labels.
  static func oneLine(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }

  /// Decodes one row with the concrete record type behind the existential.
  private static func decode<R: DatasetRecord>(_ type: R.Type, _ row: TableRow) -> Result<Void, InputError> {
    do throws(InputError) {
      _ = try R(row: row)
      return .success(())
    } catch {
      return .failure(error)
    }
  }

  /// The error as if raised at the export's position; the canonical header stays in it.
  static func moved(_ error: InputError, to source: CanonicalRow) -> InputError {
    var origin = source.origin
    func at(_ header: String) -> SourcePosition {
      var cell = origin
      if let column = source.columns[header] { cell.column = column }
      return cell
    }
    switch error {
    case .invalidValue(_, _, _, let header, let text, let expected):
      origin = at(header)
      return .invalidValue(
        file: origin.file, line: origin.line, column: origin.column, header: header, text: text, expected: expected)
    case .missingValue(_, _, _, let header):
      origin = at(header)
      return .missingValue(file: origin.file, line: origin.line, column: origin.column, header: header)
    case .inconsistent(_, _, let reason):
      return .inconsistent(file: origin.file, line: origin.line, reason: reason)
    default:
      return error
    }
  }
}
