#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Dataset {
  /// Headers of the dataset's files (a CSV header row, the keys of a JSON or JSONL file's first row) that no column
  /// reads but that hold every word of an optional column the file lacks, and more (`currency_code` in a roster
  /// without `currency`, `environment_name` in deployments without `environment`): one finding per such column.
  ///
  /// Such a header is as likely another column as the missing one (`external_id` is not `external`), so unlike a
  /// misspelling (`HeaderSpelling`, an error) it does not stop the run; but the absent column reads as empty in every
  /// row, and empty has a meaning (the plan's currency, still employed, production), so the run says so.
  ///
  /// Then each optional column a CSV file lacks, with no default meaning (`valueColumns`), that a metric `plan` pays or
  /// gates on reads (its catalogue sources) and no header seems to hold: reviews without `substantive_comments` read
  /// every substantive review ratio as 0, and acme's whole reviews component paid nothing, without a word. A JSON row
  /// may leave out a key that later rows have, so only a CSV header says a column is missing. Only each file's first
  /// row is read.
  func columnFindings(paying plan: Plan? = nil) -> [DataFinding] {
    let paidColumns = plan.map(Self.columnsRead) ?? [:]
    return DatasetRecordTypes.all.flatMap { type -> [DataFinding] in
      guard let path = try? path(forFile: type.fileName), let names = Self.firstRowNames(of: path, file: type.fileName)
      else { return [] }
      let columns = type.columns
      var reading: HeaderSpelling.Reading
      let isCSV = path.hasSuffix(".csv")
      if isCSV {
        guard let mapping = try? TableReader.map(columns: columns, headers: names, file: path) else { return [] }
        reading = HeaderSpelling.Reading(
          columns: columns, headers: names, mapping: mapping, repeats: TableReader.repeats(columns: columns, headers: names))
      } else {
        reading = HeaderSpelling.Reading(columns: columns, keys: names)
      }
      reading.absent.removeAll { type.fileName == Engineer.fileName && $0.name == Self.displayOnlyColumn }
      let matches = HeaderSpelling.widened(reading)
      return reading.absent.compactMap { column in
        let headers = matches.filter { $0.column == column.name }.map { names[$0.index] }
        if !headers.isEmpty { return .unreadColumn(file: path, headers: headers, column: column.name) }
        guard isCSV, let metrics = paidColumns[type.fileName]?[column.name] else { return nil }
        return .paidColumnAbsent(file: path, column: column.name, metrics: metrics)
      }
    }
  }

  /// Per dataset file (base name) and column, the names of the metrics `plan` pays or gates on that read it, sorted;
  /// only the columns of `valueColumns`.
  private static func columnsRead(paying plan: Plan) -> [String: [String: [String]]] {
    var read: [String: [String: Set<String>]] = [:]
    for metric in plan.metricsRead {
      for case .dataset(let file, let columns) in metric.definition?.sources ?? [] {
        for column in columns where valueColumns[file]?.contains(column) == true {
          read[file, default: [:]][column, default: []].insert(metric.name)
        }
      }
    }
    return read.mapValues { $0.mapValues { $0.sorted() } }
  }

  /// Optional columns whose absence changes what a metric reads with no meaning of its own: the value goes
  /// (`first_commit_at`, `line_coverage`) or reads as nothing happened (`substantive_comments`: no substantive comment;
  /// `kind`: no rework; `failure_cause`: no attributable rollback). A column whose empty cell has a documented meaning
  /// is left out: `environment` (production), the review's teams (the roster's, by `author_id`, which is in), `to`
  /// (still on the team), `legacy_system`, `external` and `severity` (read only under a `metric_options` setting),
  /// `responses` (a weight of 1); and files a default run does not read (`changes.csv`).
  private static let valueColumns: [String: Set<String>] = [
    Deployment.fileName: ["first_commit_at", "change_lines", "kind", "failure_cause"],
    Incident.fileName: ["caused_by_deployment", "resolved_at"],
    Review.fileName: ["author_id", "comments", "substantive_comments"],
    OncallShift.fileName: ["after_hours_pages"],
    CoverageSample.fileName: ["line_coverage", "iac_coverage"],
  ]

  /// The roster's `name`: shown, never paid on, so `first_name` or `manager_name` beside it are no warning.
  private static let displayOnlyColumn = "name"

  /// Where each of `type`'s columns is in its CSV file at `path`, numbered from 1 as messages number them; empty for
  /// a JSON file or a header that can't be read (its reading has failed already).
  static func columnNumbers(of type: any DatasetRecord.Type, at path: String) -> [String: Int] {
    guard path.hasSuffix(".csv"), let names = firstRowNames(of: path, file: type.fileName),
      let mapping = try? TableReader.map(columns: type.columns, headers: names, file: path)
    else { return [:] }
    var numbers: [String: Int] = [:]
    for (column, position) in zip(type.columns, mapping) {
      if let position { numbers[column.name] = position + 1 }
    }
    return numbers
  }

  /// The names of the first row of dataset file `file` at `path`: a CSV header, or the keys of the first object of a
  /// JSON array or a JSONL file; nil when they can't be read.
  private static func firstRowNames(of path: String, file: String) -> [String]? {
    if path.hasSuffix(".json") { return firstObjectKeys(inArrayAt: path, file: file) }
    let isLines = path.hasSuffix(".jsonl")
    return firstRecord(of: path) { bytes, atEnd in
      if isLines {
        // A JSON string holds no raw line break, so the first line is the first row.
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? (atEnd ? bytes.count : nil) else { return .more }
        return .names((try? JSONParser.parse(Array(bytes[..<end]), file: path))?.objectMembers?.map(\.key))
      }
      var parser = CSVParser(bytes: bytes, file: path)
      var fields: [CSVField] = []
      // A header cut at the buffer's end would be other words: it must end before it, or the file with it.
      guard (try? parser.nextRecord(into: &fields)) == true, atEnd || parser.byteOffset < bytes.count else {
        return .more
      }
      return .names(
        try? fields.enumerated().map { (index, field) throws(InputError) in try parser.string(field, column: index + 1) })
    }
  }

  /// The keys of the first element of the JSON array in the file, read as far as that element.
  private static func firstObjectKeys(inArrayAt path: String, file: String) -> [String]? {
    guard
      let reader = try? JSONStreamReader(
        path: path, limit: InputFile.limit(forDatasetFile: file, path: path),
        chunkBytes: 1 << 16),
      (try? reader.beginDocument()) != nil, (try? reader.nextValueStarts(with: "[")) == true,
      (try? reader.open()) == true
    else { return nil }
    return (try? reader.readValue())?.objectMembers?.map(\.key)
  }

  /// What a look at a file's first bytes found: the first row's names (nil: they can't be read), or that it needs more.
  private enum FirstRecord {
    case names([String]?)
    case more
  }

  /// `parse` given the file's first 64 KB, then twice as much each time it asks for more, up to 1 MB; nil past that
  /// or when a read fails. The reader takes a header of any length (10,000 fields), and one `read` may return less
  /// than asked, which is not the file's end.
  private static func firstRecord(of path: String, _ parse: ([UInt8], _ atEnd: Bool) -> FirstRecord) -> [String]? {
    let cap = 1 << 20
    guard let (descriptor, _) = try? RegularFile.open(path) else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var size = 1 << 16
    while true {
      guard let atEnd = try? POSIXIO.read(descriptor, appendingTo: &bytes, upTo: size) else { return nil }
      if case .names(let names) = parse(bytes, atEnd) { return names }
      guard !atEnd, size < cap else { return nil }
      size *= 2
    }
  }
}
