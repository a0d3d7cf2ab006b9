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
        .map { type.columns[$0] }.filter { !(type.fileName == Engineer.fileName && $0.name == Self.displayOnlyColumn) }
      return HeaderSpelling.widened(headers, isRead: read.contains, absent: absent).map {
        .unreadColumn(file: path, header: headers[$0.index], column: $0.column)
      }
    }
  }

  /// The roster's `name`: shown, never paid on, so `first_name` or `manager_name` beside it are no warning.
  private static let displayOnlyColumn = "name"

  /// The first record of a CSV file, read 64 KB at a time (doubling) until it ends, up to 1 MB; nil when it can't
  /// be read or runs longer. The reader takes a header of any length (10,000 fields), so a cap of 64 KB let a wide
  /// export's header go unlooked-at; and one `read` may return less than asked, which is not the file's end.
  private static func headerRow(of path: String) -> [String]? {
    let cap = 1 << 20
    guard let (descriptor, _) = try? RegularFile.open(path) else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var size = 1 << 16
    while true {
      guard let atEnd = fill(&bytes, upTo: size, from: descriptor) else { return nil }
      var parser = CSVParser(bytes: bytes, file: path)
      var fields: [CSVField] = []
      // A header cut at the buffer's end would be other words: it must end before it, or the file with it.
      if (try? parser.nextRecord(into: &fields)) == true, atEnd || parser.byteOffset < bytes.count {
        return try? fields.enumerated().map { (index, field) throws(InputError) in
          try parser.string(field, column: index + 1)
        }
      }
      guard !atEnd, size < cap else { return nil }
      size *= 2
    }
  }

  /// Reads on until `bytes` holds `size` bytes or the file ends: whether it ended, nil when a read fails.
  private static func fill(_ bytes: inout [UInt8], upTo size: Int, from descriptor: Int32) -> Bool? {
    var filled = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: size - filled))
    defer { bytes.removeSubrange(filled...) }
    while filled < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress! + filled, size - filled, off_t(filled))
      }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return true }
      filled += count
    }
    return false
  }
}
