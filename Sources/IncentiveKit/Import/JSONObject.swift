/// One object of a nested JSON export (gh, GitLab, PagerDuty, Opsgenie, webhooks) with
/// accessors by dotted path (`author.login`) whose errors name the file, line, column and
/// path, like a CSV cell's.
struct JSONObject: Sendable {
  let file: String
  let value: JSONValue

  init(file: String, value: JSONValue) {
    self.file = file
    self.value = value
  }

  /// The value at `path`, nil when any step is missing or null.
  func value(at path: String) -> JSONValue? {
    var current = value
    for key in path.split(separator: ".") {
      guard let next = current[String(key)], !next.isNull else { return nil }
      current = next
    }
    return current
  }

  /// Text of a string, number or boolean; nil when absent or empty.
  func string(_ path: String) throws(InputError) -> String? {
    guard let found = value(at: path) else { return nil }
    switch found.kind {
    case .string(let text): return text.isEmpty ? nil : text
    case .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: throw invalid(path, found, JSONWriter.compact(found), "a single value")
    }
  }

  func requiredString(_ path: String) throws(InputError) -> String {
    guard let text = try string(path) else { throw missing(path) }
    return text
  }

  func timestamp(_ path: String, _ reader: TimestampReader) throws(InputError) -> Int64? {
    guard let text = try string(path) else { return nil }
    guard let time = reader.parse(text) else { throw invalid(path, value(at: path)!, text, reader.expected) }
    return time
  }

  func requiredTimestamp(_ path: String, _ reader: TimestampReader) throws(InputError) -> Int64 {
    guard let time = try timestamp(path, reader) else { throw missing(path) }
    return time
  }

  /// A whole number ≥ 0 (line counts, milliseconds).
  func count(_ path: String) throws(InputError) -> Int? {
    guard let text = try string(path) else { return nil }
    guard let number = Int(text), number >= 0 else { throw invalid(path, value(at: path)!, text, "a whole number ≥ 0") }
    return number
  }

  /// A whole number from 0 to `limit`: a value that is added to another (additions + deletions, a start plus
  /// an elapsed time), bounded where it is read so the sum cannot trap and the error names the value.
  func count(_ path: String, atMost limit: Int) throws(InputError) -> Int? {
    guard let text = try string(path) else { return nil }
    guard let number = Int(text), number >= 0, number <= limit else {
      throw invalid(path, value(at: path)!, text, "a whole number from 0 to \(limit)")
    }
    return number
  }

  /// A line count (`additions`, `deletions`), at most `TableRow.maximumCount` as a dataset's count cell.
  func lineCount(_ path: String) throws(InputError) -> Int? {
    try count(path, atMost: TableRow.maximumCount)
  }

  /// The objects of an array at `path`; empty when absent.
  func objects(_ path: String) throws(InputError) -> [JSONObject] {
    guard let found = value(at: path) else { return [] }
    guard let items = found.arrayValue else { throw invalid(path, found, "…", "an array") }
    return items.map { JSONObject(file: file, value: $0) }
  }

  /// The strings of an array at `path` (a lone string is one); empty when absent.
  func strings(_ path: String) throws(InputError) -> [String] {
    guard let found = value(at: path) else { return [] }
    if let text = found.stringValue { return [text] }
    guard let items = found.arrayValue else { throw invalid(path, found, "…", "a list of strings") }
    return try items.map { (item: JSONValue) throws(InputError) -> String in
      guard let text = item.stringValue ?? item.numberText else { throw invalid(path, item, "…", "a list of strings") }
      return text
    }
  }

  var origin: SourcePosition { SourcePosition(file: file, line: value.line, column: value.column) }

  func invalid(_ path: String, _ at: JSONValue, _ text: String, _ expected: String) -> InputError {
    .invalidValue(file: file, line: at.line, column: at.column, header: path, text: text, expected: expected)
  }

  func missing(_ path: String) -> InputError {
    .missingValue(file: file, line: value.line, column: value.column, header: path)
  }
}
