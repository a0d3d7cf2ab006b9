import Foundation

/// How an importer reads the export's times. Tools write them differently: ISO 8601 with a
/// zone (GitHub, GitLab, PagerDuty), SQL datetimes without one (DevLake's MySQL tables and
/// BigQuery exports, which hold UTC), or locale dates (Jira). A `--date-format` replaces
/// the defaults; zone-less times are UTC.
struct TimestampReader: Sendable, Equatable {
  var format: DateFormat?

  init(format: DateFormat? = nil) {
    self.format = format
  }

  /// What a bad cell was expected to be, for messages.
  var expected: String {
    if let format { return "a time in the format \(format.pattern) (--date-format)" }
    return "a timestamp (2026-07-03T14:05:00Z, or 2026-07-03 14:05:00 as UTC)"
  }

  func parse(_ text: String) -> Int64? {
    if let format { return format.parse(text) }
    var trimmed = text.trimmingCharacters(in: .whitespaces)
    // BigQuery's CSV export writes `2026-07-01 08:00:00 UTC`.
    if trimmed.hasSuffix(" UTC") { trimmed = String(trimmed.dropLast(4)) + "Z" }
    if let value = ISO8601.parseTimestamp(trimmed) { return value }
    // Zone-less SQL datetimes (`2026-07-03 14:05:00`, `…14:05:00.000`) are UTC in these exports.
    if trimmed.count >= 16, let value = ISO8601.parseTimestamp(trimmed + "Z") { return value }
    if trimmed.count == 10, let date = ISO8601.parseDate(trimmed) { return date.startMilliseconds }
    // DevLake's own fixtures write `2023-4-11 4:51:47`: pad the parts and read it again.
    if let padded = Self.zeroPadded(trimmed), padded != trimmed { return parse(padded) }
    return nil
  }

  /// `2023-4-11 4:51:47(.fff)(zone)` with every date and time part written in two digits (the
  /// year in four), or nil when the text is not a date and time of that form.
  static func zeroPadded(_ text: String) -> String? {
    let halves = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
    let parts = halves.count == 2 ? halves : text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
    guard date.count == 3, date[0].count == 4, date.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else {
      return nil
    }
    // The time runs up to its fraction or zone; those are kept as written.
    let clock = parts[1].prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
    let rest = parts[1].dropFirst(clock.count)
    let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3 else { return nil }
    var padded: [Substring] = []
    for part in date.dropFirst() + fields {
      guard (1...2).contains(part.count), part.allSatisfy(\.isNumber) else { return nil }
      padded.append(part.count == 1 ? "0" + part : part)
    }
    let day = date[0] + "-" + padded[0] + "-" + padded[1]
    return day + " " + padded[2...].joined(separator: ":") + rest
  }
}

extension TableRow {
  /// A time cell read with the importer's timestamp rules; nil when empty.
  func timestamp(_ column: Int, _ reader: TimestampReader) throws(InputError) -> Int64? {
    guard let text = try string(column) else { return nil }
    guard let value = reader.parse(text) else { throw invalid(column, text, reader.expected) }
    return value
  }

  func requiredTimestamp(_ column: Int, _ reader: TimestampReader) throws(InputError) -> Int64 {
    guard let value = try timestamp(column, reader) else { throw missing(column) }
    return value
  }

  /// Where a cell is in the export, for canonical rows made from it.
  func origin(_ column: Int? = nil) -> SourcePosition {
    guard let column else { return SourcePosition(file: file, line: line) }
    let (line, field) = position(column)
    return SourcePosition(file: file, line: field == 0 ? self.line : line, column: field)
  }
}
