/// One row of a dataset file, with typed accessors that turn bad cells into errors naming
/// file, line, column and header (`deployments.csv:118:5: finished_at: "2026-13-01" is not
/// an ISO 8601 timestamp`). An empty cell (or a JSON null) is an absent value.
struct TableRow: RecordCells, Sendable {
  let file: String
  let columns: [TableColumn]
  /// Line where the row starts.
  var line: Int = 0
  var storage: Storage
  /// For CSV, every field index of each multi-valued column (`Labels, Labels`); empty otherwise.
  var repeats: [[Int]] = []

  enum Storage: Sendable {
    /// Parser (for the bytes), the row's fields, and each requested column's field index.
    case csv(CSVParser, [CSVField], [Int?])
    /// The value of each requested column, nil when the key is missing.
    case json([JSONValue?])
  }

  init(file: String, columns: [TableColumn], storage: Storage) {
    self.file = file
    self.columns = columns
    self.storage = storage
  }

  /// Line and column of a cell: the field number for CSV, the character column for JSON.
  func position(_ column: Int) -> (line: Int, column: Int) {
    switch storage {
    case .csv(_, let fields, let mapping):
      guard let index = mapping[column] else { return (line, 0) }
      return (fields[index].line, index + 1)
    case .json(let cells):
      guard let cell = cells[column] else { return (line, 0) }
      return (cell.line, cell.column)
    }
  }

  /// The header of a requested column, for messages.
  func header(_ column: Int) -> String { columns[column].name }

  /// Whether the cell has a value.
  func isPresent(_ column: Int) -> Bool {
    switch storage {
    case .csv(let parser, let fields, let mapping):
      guard let index = mapping[column] else { return false }
      return !parser.isEmpty(fields[index])
    case .json(let cells):
      guard let cell = cells[column] else { return false }
      if case .null = cell.kind { return false }
      if case .string(let text) = cell.kind { return !text.isEmpty }
      return true
    }
  }

  /// The cell's text, nil when absent. JSON numbers and booleans come back as their text;
  /// a JSON array of strings comes back `;`-joined (responders lists).
  func string(_ column: Int) throws(InputError) -> String? {
    switch storage {
    case .csv(let parser, let fields, let mapping):
      guard let index = mapping[column], !parser.isEmpty(fields[index]) else { return nil }
      return try parser.string(fields[index], column: index + 1)
    case .json(let cells):
      guard let cell = cells[column] else { return nil }
      switch cell.kind {
      case .null: return nil
      case .string(let text): return text.isEmpty ? nil : text
      case .number(let text): return text
      case .bool(let flag): return flag ? "true" : "false"
      case .array(let items):
        var parts: [String] = []
        for item in items {
          guard let text = item.stringValue else { throw invalid(column, "[…]", "a list of strings") }
          parts.append(text)
        }
        return parts.joined(separator: ";")
      case .object:
        throw invalid(column, "{…}", "a single value")
      }
    }
  }

  /// Every non-empty value of a multi-valued column: each field whose header repeats (CSV),
  /// or each element of a JSON array (a lone JSON string is one value). Order is file order.
  func strings(_ column: Int) throws(InputError) -> [String] {
    switch storage {
    case .csv(let parser, let fields, _):
      let indices = column < repeats.count && !repeats[column].isEmpty ? repeats[column] : []
      guard !indices.isEmpty else { return (try string(column)).map { [$0] } ?? [] }
      var values: [String] = []
      for index in indices where !parser.isEmpty(fields[index]) {
        values.append(try parser.string(fields[index], column: index + 1))
      }
      return values
    case .json(let cells):
      guard let cell = cells[column] else { return [] }
      if let items = cell.arrayValue {
        var values: [String] = []
        for item in items {
          guard let text = item.stringValue ?? item.numberText else { throw invalid(column, "[…]", "a list of strings") }
          if !text.isEmpty { values.append(text) }
        }
        return values
      }
      return (try string(column)).map { [$0] } ?? []
    }
  }

  /// Runs `parse` over the cell's bytes without allocating when the cell is a plain CSV
  /// field (the hot path); otherwise over its text. Nil when absent.
  @inline(__always)
  func parseCell<T>(_ column: Int, _ parse: (UnsafeBufferPointer<UInt8>) -> T?, expected: String) throws(InputError)
    -> T?
  {
    if case .csv(let parser, let fields, let mapping) = storage {
      guard let index = mapping[column] else { return nil }
      let field = fields[index]
      if parser.isEmpty(field) { return nil }
      if !field.hasEscapedQuotes {
        if let value = parser.withBytes(field, parse) { return value }
        throw invalid(column, (try? parser.string(field, column: index + 1)) ?? "", expected)
      }
    }
    guard var text = try string(column) else { return nil }
    let value = text.withUTF8 { parse($0) }
    guard let value else { throw invalid(column, text, expected) }
    return value
  }

  func timestamp(_ column: Int) throws(InputError) -> Int64? {
    try parseCell(column, ISO8601.parseTimestamp, expected: "an ISO 8601 timestamp with a zone (2026-07-03T14:05:00Z)")
  }

  func requiredTimestamp(_ column: Int) throws(InputError) -> Int64 {
    guard let value = try timestamp(column) else { throw missing(column) }
    return value
  }

  func date(_ column: Int) throws(InputError) -> CivilDate? {
    try parseCell(column, ISO8601.parseDate, expected: "a date (YYYY-MM-DD)")
  }

  /// A decimal within what any metric or amount can need (under 10^15, at most 12 decimals),
  /// so no later product can overflow; NaN, Infinity and 1e400 are rejected here.
  func decimal(_ column: Int) throws(InputError) -> FixedDecimal? {
    try parseCell(column, TableRow.parseBoundedDecimal, expected: "a decimal number below 10^15 with at most 12 decimals")
  }

  static func parseBoundedDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    guard let value = FixedDecimal.parse(bytes), value.scale <= 12 else { return nil }
    let magnitude = value.units < 0 ? -value.units : value.units
    return magnitude < pow10(15 + value.scale) ? value : nil
  }

  /// A non-negative whole number (counts: comments, pages, change lines), at most `maximumCount`.
  func count(_ column: Int) throws(InputError) -> Int? {
    try parseCell(column, TableRow.parseCount, expected: TableRow.countExpectation)
  }

  /// The largest count a cell may hold: 999,999,999 (nine digits).
  ///
  /// Counts are summed over rows (pages per engineer, comments per reviewer, survey responses per team, chunk
  /// tallies merged) and multiplied on (pages × premium rate, responses × health score). Bounding each cell
  /// where it is read was chosen over checking every sum: the error names the file, line and column of the one
  /// absurd cell instead of the row where a running total happened to cross (perhaps a sound one), every later
  /// sum and product is safe without a check on the 10-million-row hot path, and no real count comes near it (a
  /// billion comments on one review). With cells below 10^9, a 64-bit sum cannot overflow before 9.2 billion
  /// rows, hundreds of gigabytes of CSV; 10^12 would not do, as 10 million rows of it pass Int64's 9.2 × 10^18.
  static let maximumCount = 999_999_999

  /// What a count cell's error says it should be.
  static let countExpectation = "a whole number from 0 to \(maximumCount)"

  /// `true/false/yes/no/1/0`, any case.
  func bool(_ column: Int) throws(InputError) -> Bool? {
    guard let text = try string(column) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "1", "y", "t": return true
    case "false", "no", "0", "n", "f": return false
    default: throw invalid(column, text, "a boolean (true/false, yes/no, 1/0)")
    }
  }

  /// An error about this row's cell, positioned.
  func invalid(_ column: Int, _ text: String, _ expected: String) -> InputError {
    let (line, col) = position(column)
    return .invalidValue(file: file, line: line, column: col, header: header(column), text: text, expected: expected)
  }

  func missing(_ column: Int) -> InputError {
    let (line, col) = position(column)
    return .missingValue(file: file, line: line, column: col, header: header(column))
  }

  /// A row-level inconsistency (duplicate id, unknown engineer), positioned at the row.
  func inconsistent(_ reason: String) -> InputError {
    .inconsistent(file: file, line: line, reason: reason)
  }

  /// Digits only, at most `maximumCount` (leading zeros allowed, up to 18 digits in all, so the loop cannot overflow).
  static func parseCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 48 && byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value <= maximumCount ? value : nil
  }
}
