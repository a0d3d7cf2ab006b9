/// The tables of one DevLake database dump by name: those DevLake's DORA plugin and dashboard
/// read, each parsed once, and the files left aside, so a whole dump folder can be given as it
/// is and the summary says what was not read.
struct DevLakeDump {
  private var tables: [String: SQLTableExport] = [:]
  /// Files holding a table this import does not read, in the order given.
  private(set) var ignored: [String] = []

  /// - Throws: `InputError` for a file that cannot be parsed, two files of one table, or files of
  ///   which none is a table DevLake's DORA reads (then nothing would be imported at all).
  init(_ files: [ImportFile]) throws(InputError) {
    for file in files {
      guard DevLakeImporter.tables.contains(file.stem) else {
        ignored.append(file.path)
        continue
      }
      if let earlier = tables[file.stem] {
        throw .unreadable(
          file: file.path, reason: "\(earlier.file.path) already holds table \(file.stem); give each table once")
      }
      tables[file.stem] = try SQLTableExport(file)
    }
    if tables.isEmpty, let first = ignored.first {
      throw .unreadable(
        file: first,
        reason: "not a DevLake table this import reads; name the file after it: "
          + DevLakeImporter.tables.joined(separator: ", "))
    }
  }

  subscript(_ table: String) -> SQLTableExport? { tables[table] }
}
