import ArgumentParsing

/// Finds a header that is an optional column misspelt (`curency`, `end_dt`, `Enviroment`, `end-date`).
///
/// An optional column the header lacks is read as empty in every row, and empty has a meaning: no `currency` is the
/// plan's currency, no `end_date` is still employed, no `environment` is production. A misspelt header therefore
/// changes pay with no error, so a dataset file whose header has a near spelling of an optional column it lacks is
/// refused, naming the header and the column. Dataset files only: an importer reads other tools' exports, whose many
/// columns are not ours to judge.
enum HeaderSpelling {
  /// The first of `headers` that no column reads but is a near spelling of a column in `absent`: its position
  /// (0-based) and the column's name; nil when there is none.
  ///
  /// - Parameters:
  ///   - isRead: whether the header at a position is read as a column (as the reader matches headers).
  ///   - absent: the optional columns no header gives.
  static func misspelt(
    _ headers: [String], isRead: (Int) -> Bool, absent: [TableColumn]
  ) -> (index: Int, column: String)? {
    guard !absent.isEmpty else { return nil }
    let spellings = absent.map { $0.spellings.map(folded) }
    for (index, header) in headers.enumerated() where !isRead(index) {
      let fold = folded(header)
      guard !fold.isEmpty else { continue }
      if let column = absent.indices.first(where: { spellings[$0].contains { isNear(fold, $0) } }) {
        return (index, absent[column].name)
      }
    }
    return nil
  }

  /// The error for the first misspelt header of a CSV header row read into `mapping` (`TableReader.map`).
  static func check(
    columns: [TableColumn], headers: [String], mapping: [Int?], repeats: [[Int]], file: String
  ) throws(InputError) {
    let read = Set(mapping.compactMap { $0 } + repeats.flatMap { $0 })
    let absent = columns.indices.filter { !columns[$0].isRequired && mapping[$0] == nil }.map { columns[$0] }
    guard let (index, column) = misspelt(headers, isRead: read.contains, absent: absent) else { return }
    throw .misspeltColumn(file: file, line: 1, column: index + 1, header: headers[index], expected: column)
  }

  /// The error for the first misspelt key of a JSON row's `keys` (matched exactly, as `TableReader` reads them).
  static func check(columns: [TableColumn], keys: [String], file: String, line: Int, column: Int) throws(InputError) {
    let absent = columns.filter { column in !column.isRequired && !column.spellings.contains(where: keys.contains) }
    let isRead = { (index: Int) in columns.contains { $0.spellings.contains(keys[index]) } }
    guard let (index, expected) = misspelt(keys, isRead: isRead, absent: absent) else { return }
    throw .misspeltColumn(file: file, line: line, column: column, header: keys[index], expected: expected)
  }

  /// Lower-case letters and digits only: `End Date`, `end-date` and `END_DATE` fold alike.
  static func folded(_ header: String) -> String {
    String(String.UnicodeScalarView(header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
  }

  /// Whether folded `header` is folded `spelling` or a slip of it. Short names need an exact fold: one letter away
  /// from `kind` or `team` is as likely another word as a typo.
  static func isNear(_ header: String, _ spelling: String) -> Bool {
    if header == spelling { return true }
    let allowed = spelling.count >= 7 ? 2 : spelling.count >= 5 ? 1 : 0
    guard allowed > 0, abs(header.count - spelling.count) <= allowed else { return false }
    return EditDistance.between(header, spelling) <= allowed
  }
}
