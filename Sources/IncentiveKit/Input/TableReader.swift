import Foundation

/// Reads one dataset file — CSV, a JSON array of objects, or JSON Lines — as rows of cells
/// addressed by the columns a record type asks for, so each record decoder is written once
/// for all three formats and every error names the file, line, column and header.
struct TableReader: Sendable {
  enum Format: String, Sendable, CaseIterable {
    case csv, json, jsonl
  }

  /// Name used in messages (`deployments.csv`), usually the path as the user gave it.
  let file: String
  let format: Format
  let bytes: [UInt8]
  /// Refuse a header that misspells an optional column (`HeaderSpelling`): set for dataset files, whose columns are
  /// ours, not for other tools' exports.
  var checksHeaderSpelling = false

  init(file: String, format: Format, bytes: [UInt8]) {
    self.file = file
    self.format = format
    self.bytes = bytes
  }

  /// Reads the file at `path`; the format comes from its extension.
  /// - Parameter limit: the largest file accepted, in bytes (`InputFile`), checked before reading.
  init(path: String, displayName: String? = nil, limit: Int = InputFile.tableLimit) throws(InputError) {
    let name = displayName ?? path
    let format: Format
    if path.hasSuffix(".jsonl") {
      format = .jsonl
    } else if path.hasSuffix(".json") {
      format = .json
    } else {
      format = .csv
    }
    self.init(file: name, format: format, bytes: try InputFile.read(path, name: name, limit: limit))
  }

  /// Rows between two progress reports: rare enough to cost nothing per row, frequent enough
  /// (tens of milliseconds at hundreds of MB/s) for a smooth progress line.
  static let progressInterval = 1 << 14

  /// Calls `body` once per data row, in file order.
  ///
  /// - Parameter progress: called every `progressInterval` rows and once at the end of the
  ///   file; nil (the default) skips even building the report.
  ///   - errorLimit: how many bad rows to report before giving up on the file; 1 (the default) throws at the first,
  ///     more reads on and throws them together (`InputError.rowErrors`), so a person fixes them in one go.
  ///   - skipsEmptyRows: whether a CSV row whose every cell is empty (a spreadsheet's trailing `,,,,`) is skipped,
  ///     its line told to `onEmptyRow`, instead of read like any other. Not an optional closure: that would escape,
  ///     and whatever it captures would be checked for exclusive access at run time on every row.
  ///   - offersPlain: whether `plain` is offered each CSV record whose requested cells are plain ASCII
  ///     (`PlainRecordCells`) before `body`, which gets the row only when `plain` returns false: no `TableRow` is
  ///     filled for a row read from its bytes.
  func forEachRow(
    columns: [TableColumn], progress: ReadProgress.Handler? = nil, _ body: (TableRow) throws(InputError) -> Void
  ) throws(InputError) {
    try forEachRow(columns: columns, progress: progress, errorLimit: 1, skipsEmptyRows: false, body)
  }

  /// What `forEachRow` offers a plain-ASCII CSV record: true when it has read it, false to have `body` read it.
  typealias PlainReader = (PlainRecordCells) throws(InputError) -> Bool

  func forEachRow(
    columns: [TableColumn], progress: ReadProgress.Handler?, errorLimit: Int, skipsEmptyRows: Bool,
    onEmptyRow: (Int) -> Void = { _ in }, offersPlain: Bool = false, plain: PlainReader = { _ in false },
    _ body: (TableRow) throws(InputError) -> Void
  ) throws(InputError) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in try TextEncoding.check(buffer, file: file) }
    var errors = RowErrors(file: file, limit: errorLimit)
    switch format {
    case .csv:
      try forEachCSVRow(
        columns: columns, progress: progress, errors: &errors, skipsEmptyRows: skipsEmptyRows, onEmptyRow: onEmptyRow,
        offersPlain: offersPlain, plain: plain, body)
    case .json, .jsonl:
      try forEachJSONRow(columns: columns, progress: progress, errors: &errors, body)
    }
    try errors.finish()
  }

  private func report(_ progress: ReadProgress.Handler?, rows: Int, bytesRead: Int, isFinished: Bool = false) {
    progress?(ReadProgress(file: file, rows: rows, bytesRead: bytesRead, fileBytes: bytes.count, isFinished: isFinished))
  }

  private func forEachCSVRow(
    columns: [TableColumn], progress: ReadProgress.Handler?, errors: inout RowErrors, skipsEmptyRows: Bool,
    onEmptyRow: (Int) -> Void, offersPlain: Bool, plain: PlainReader, _ body: (TableRow) throws(InputError) -> Void
  ) throws(InputError) {
    var parser = CSVParser(bytes: bytes, file: file)
    var fields: [CSVField] = []
    guard try parser.nextRecord(into: &fields) else {
      throw .malformed(file: file, line: 1, column: 1, reason: "the file is empty; expected a header row")
    }
    var headers: [String] = []
    for (index, field) in fields.enumerated() {
      headers.append(try parser.string(field, column: index + 1))
    }
    let mapping = try Self.map(columns: columns, headers: headers, file: file)
    let width = headers.count
    let requested = CSVRecordBytes.fieldMask(mapping)
    var rows = 0
    var row = TableRow(file: file, columns: columns, storage: .csv(parser, fields, mapping))
    row.repeats = Self.repeats(columns: columns, headers: headers)
    if checksHeaderSpelling {
      try HeaderSpelling.check(columns: columns, headers: headers, mapping: mapping, repeats: row.repeats, file: file)
    }
    while try parser.nextRecord(into: &fields) {
      if skipsEmptyRows, CSVField.allEmpty(fields) {
        onEmptyRow(parser.recordLine)
        continue
      }
      guard fields.count == width else {
        try errors.add(RowShape.raggedRow(parser, fields, expected: width))
        continue
      }
      do throws(InputError) {
        if offersPlain, parser.recordIsASCII, parser.recordEscapedFields & requested == 0,
          try offer(fields, mapping, requested: requested, line: parser.recordLine, to: plain)
        {
          // Read from its bytes.
        } else {
          row.line = parser.recordLine
          row.storage = .csv(parser, fields, mapping)
          try body(row)
        }
      } catch {
        try errors.add(error)
      }
      // The row lets go of the fields, so the next record is read into the same buffer: held here, it made
      // `nextRecord` allocate a fresh one for every row of the roster and the team files.
      if case .csv = row.storage { row.storage = .json([]) }
      rows += 1
      if rows & (Self.progressInterval - 1) == 0, progress != nil {
        report(progress, rows: rows, bytesRead: parser.byteOffset)
      }
    }
    report(progress, rows: rows, bytesRead: bytes.count, isFinished: true)
  }

  /// The record `fields` of this reader's bytes to `plain`, as plain cells.
  @inline(__always)
  private func offer(
    _ fields: [CSVField], _ mapping: [Int?], requested: UInt64, line: Int, to plain: PlainReader
  ) throws(InputError) -> Bool {
    try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> Bool in
      try fields.withUnsafeBufferPointer { (spans) throws(InputError) -> Bool in
        try mapping.withUnsafeBufferPointer { (mapped) throws(InputError) -> Bool in
          let record = CSVRecordBytes(
            buffer: buffer, fields: spans, mapping: mapped, isASCII: true, escapedFields: 0, requestedFields: requested)
          return try plain(PlainRecordCells(record, line: line))
        }
      }
    }
  }

  private func forEachJSONRow(
    columns: [TableColumn], progress: ReadProgress.Handler?, errors: inout RowErrors,
    _ body: (TableRow) throws(InputError) -> Void
  ) throws(InputError) {
    let values: [JSONValue]
    if format == .jsonl {
      values = try JSONParser.parseLines(bytes, file: file)
    } else {
      let document = try JSONParser.parse(bytes, file: file)
      guard let array = document.arrayValue else {
        throw .malformed(
          file: file, line: document.line, column: document.column,
          reason: "expected an array of objects, one per row")
      }
      values = array
    }
    // Rows of one export have the same keys: each set is checked for misspellings once.
    var checkedKeys = Set<[String]>()
    for (index, value) in values.enumerated() {
      if index & (Self.progressInterval - 1) == 0, index > 0, progress != nil {
        // Values are parsed up front; the share of rows done stands in for the byte position.
        report(progress, rows: index, bytesRead: bytes.count / values.count * index)
      }
      guard let members = value.objectMembers else {
        throw .malformed(file: file, line: value.line, column: value.column, reason: "expected an object (one row)")
      }
      if checksHeaderSpelling {
        let keys = members.map(\.key)
        if checkedKeys.insert(keys).inserted {
          try HeaderSpelling.check(columns: columns, keys: keys, file: file, line: value.line, column: value.column)
        }
      }
      // Each column takes the member of its first spelling present, so an alias never shadows its own name.
      let cells: [JSONValue?] = columns.map { column in
        for spelling in column.spellings {
          if let member = members.first(where: { $0.key == spelling }) { return member.value }
        }
        return nil
      }
      for (index, column) in columns.enumerated() where column.isRequired && cells[index] == nil {
        throw .missingColumn(file: "\(file):\(value.line)", column: column.displayName)
      }
      var row = TableRow(file: file, columns: columns, storage: .json(cells))
      row.line = value.line
      do throws(InputError) {
        try body(row)
      } catch {
        try errors.add(error)
      }
    }
    report(progress, rows: values.count, bytesRead: bytes.count, isFinished: true)
  }

  /// Maps each requested column to its field index in the header (case- and
  /// space-insensitive; the first spelling of the column that the header has); a required
  /// column that is missing, or a requested column that appears twice without being
  /// multi-valued, is an error.
  static func map(columns: [TableColumn], headers: [String], file: String) throws(InputError) -> [Int?] {
    var mapping: [Int?] = []
    for column in columns {
      let matches = fields(of: column, headers: headers)
      if matches.count > 1 && !column.isMultiValued { throw .duplicateColumn(file: file, column: column.name) }
      if matches.isEmpty && column.isRequired {
        if let separator = RowShape.foreignSeparator(headers) {
          throw .wrongSeparator(file: file, separator: separator)
        }
        throw .missingColumn(file: file, column: column.displayName)
      }
      mapping.append(matches.first)
    }
    return mapping
  }

  /// Every field index of a multi-valued column (empty for the others).
  static func repeats(columns: [TableColumn], headers: [String]) -> [[Int]] {
    columns.map { $0.isMultiValued ? fields(of: $0, headers: headers) : [] }
  }

  /// The field indices whose header is the column's first spelling present in `headers`.
  private static func fields(of column: TableColumn, headers: [String]) -> [Int] {
    let normalized = headers.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    for spelling in column.spellings {
      let matches = normalized.indices.filter { normalized[$0] == spelling.lowercased() }
      if !matches.isEmpty { return matches }
    }
    return []
  }
}
