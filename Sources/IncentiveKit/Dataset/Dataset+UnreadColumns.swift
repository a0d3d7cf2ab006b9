#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Dataset {
  /// Headers of the dataset's CSV files that no column reads but that hold every word of an optional column the
  /// file lacks, and more (`currency_code` in a roster without `currency`, `environment_name` in deployments
  /// without `environment`).
  ///
  /// Such a header is as likely another column as the missing one (`external_id` is not `external`), so unlike a
  /// misspelling (`HeaderSpelling`, an error) it does not stop the run; but the absent column reads as empty in every
  /// row, and empty has a meaning (the plan's currency, still employed, production), so the run says so.
  /// Only each file's header row is read.
  func unreadColumnFindings() -> [DataFinding] {
    DatasetRecordTypes.all.flatMap { type -> [DataFinding] in
      guard let path = try? path(forFile: type.fileName), path.hasSuffix(".csv"),
        let headers = Self.headerRow(of: path),
        let mapping = try? TableReader.map(columns: type.columns, headers: headers, file: path)
      else { return [] }
      let read = Set(mapping.compactMap { $0 } + TableReader.repeats(columns: type.columns, headers: headers).joined())
      let absent = type.columns.indices.filter { !type.columns[$0].isRequired && mapping[$0] == nil }
        .map { type.columns[$0] }
      return HeaderSpelling.widened(headers, isRead: read.contains, absent: absent).map {
        .unreadColumn(file: path, header: headers[$0.index], column: $0.column)
      }
    }
  }

  /// The first record of a CSV file, read from at most its first 64 KB; nil when it can't be read or runs longer.
  private static func headerRow(of path: String) -> [String]? {
    let limit = 1 << 16
    guard let (descriptor, _) = try? RegularFile.open(path) else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: limit)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    bytes.removeSubrange(count...)
    var parser = CSVParser(bytes: bytes, file: path)
    var fields: [CSVField] = []
    // A header cut at the limit would be other words: it must end before it.
    guard (try? parser.nextRecord(into: &fields)) == true, count < limit || parser.byteOffset < count else {
      return nil
    }
    return try? fields.enumerated().map { (index, field) throws(InputError) in
      try parser.string(field, column: index + 1)
    }
  }
}
