/// What an import produced: the canonical files, the rows it skipped and why, and the
/// span of time the rows cover, which is what `incentive import` reports.
struct ImportResult: Sendable {
  var tables: [CanonicalTable] = []
  var skipped: [SkippedRow] = []
  /// Tool user ids that `--identities` could not link to an engineer, kept as written.
  var unlinked: [String] = []
  /// Export files the import did not read (a whole DevLake dump holds many tables DORA never uses),
  /// listed so nothing is left out without a word.
  var ignoredFiles: [String] = []
  /// Which of the export's own figures and links the import used where it had a choice (DevLake's
  /// per-PR metrics, its commit ranges, or time), one line each, for the summary.
  var notes: [String] = []
  /// Other spellings of a person id the import wrote (a DevLake user's e-mail, name and accounts),
  /// which `--identities` may know them by.
  var aliases: [String: [String]] = [:]

  init(tables: [CanonicalTable] = [], skipped: [SkippedRow] = []) {
    self.tables = tables
    self.skipped = skipped
  }

  /// The column that identifies one event in a canonical file: a second row with the same id for
  /// the same team (an export given twice, overlapping exports) would count the event twice. The
  /// same id on another team is another row on purpose (a deployment shared by two projects).
  static let identifyingColumn = ["deployments": "deployment_id", "incidents": "incident_id"]

  /// Adds the rows to the table for the record type, creating it on first use; a row whose team
  /// and id are already there is skipped, with the place it was first seen as the reason.
  mutating func append(_ rows: [CanonicalRow], to record: any DatasetRecord.Type) {
    let index: Int
    if let existing = tables.firstIndex(where: { $0.record.fileName == record.fileName }) {
      index = existing
    } else {
      tables.append(CanonicalTable(record, rows: []))
      index = tables.count - 1
    }
    guard let key = Self.identifyingColumn[record.fileName] else {
      tables[index].rows += rows
      return
    }
    func identity(_ row: CanonicalRow) -> [String]? { row[key].map { [row["team"] ?? "", $0] } }
    var firstSeen: [[String]: SourcePosition] = [:]
    for row in tables[index].rows { if let id = identity(row) { firstSeen[id] = firstSeen[id] ?? row.origin } }
    for row in rows {
      if let id = identity(row), let first = firstSeen[id] {
        skip(row.origin, "\(key) \"\(id[1])\" of team \(id[0]) was already imported from \(first.file):\(first.line); kept that one")
        continue
      }
      if let id = identity(row) { firstSeen[id] = row.origin }
      tables[index].rows.append(row)
    }
  }

  mutating func skip(_ origin: SourcePosition, _ reason: String) {
    skipped.append(SkippedRow(origin: origin, reason: reason))
  }

  /// The rows of one canonical file (`deployments`), empty when the import made none.
  func rows(of fileName: String) -> [CanonicalRow] {
    tables.first { $0.record.fileName == fileName }?.rows ?? []
  }

  /// Earliest and latest event time over every row, nil when no row has one.
  var dateRange: (from: Int64, to: Int64)? {
    let times = tables.flatMap { $0.rows.compactMap(\.at) }
    guard let first = times.min(), let last = times.max() else { return nil }
    return (first, last)
  }

  /// Which of the export's own sources the import used and which files it left aside, a line each:
  /// what `calculate --source` also says, since its import prints no summary. File names and notes come from the
  /// export, so they are shown escaped (this text goes to a terminal, standard output or error).
  var provenance: String {
    var text = ""
    for note in notes { text += "\(shown: note)\n" }
    if !ignoredFiles.isEmpty {
      text +=
        "ignored \(ignoredFiles.count) files (tables this import does not read): "
        + "\(shown: ignoredFiles, separator: ", ")\n"
    }
    return text
  }

  /// The summary `incentive import` prints: rows per file, the date range, skipped rows.
  func summary() -> String {
    var text = ""
    for table in tables { text += "\(shown: table.fileName): \(table.rows.count) rows\n" }
    if let range = dateRange {
      text += "covering \(ISO8601.format(milliseconds: range.from)) to \(ISO8601.format(milliseconds: range.to))\n"
    }
    text += provenance
    if !unlinked.isEmpty {
      text += "unlinked identities (kept as written; add them to identities.csv): \(shown: unlinked, separator: ", ")\n"
    }
    if !skipped.isEmpty {
      text += "skipped \(skipped.count) rows:\n"
      for row in skipped { text += "  \(shown: row.origin.file):\(row.origin.line): \(shown: row.reason)\n" }
    }
    return text
  }
}
