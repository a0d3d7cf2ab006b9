/// `incentive import custom FILE --map mapping.json`: any CSV (or JSON array of rows)
/// turned into one canonical file by a `ColumnMapping`.
enum MappedImporter {
  static func read(_ files: [ImportFile], options: ImportOptions) throws(InputError) -> ImportResult {
    guard let mapping = options.mapping else {
      throw .unreadable(file: files.first?.path ?? "custom", reason: "a custom import needs --map mapping.json")
    }
    var result = ImportResult()
    for file in files {
      result.append(try rows(file, mapping: mapping, options: options), to: mapping.record)
    }
    return result
  }

  static func rows(_ file: ImportFile, mapping: ColumnMapping, options: ImportOptions) throws(InputError)
    -> [CanonicalRow]
  {
    let targets = mapping.record.columns
    // Which canonical columns come from the source, and under which header.
    var sourced: [(canonical: TableColumn, header: String)] = []
    for column in targets where mapping.constants[column.name] == nil {
      sourced.append((column, mapping.columns[column.name] ?? column.name))
    }
    let columns = sourced.map { TableColumn(name: $0.header.lowercased(), isRequired: $0.canonical.isRequired) }
    let timestamps = mapping.dateFormat.map { TimestampReader(format: $0) } ?? options.timestamps
    var rows: [CanonicalRow] = []
    let read = Result { () throws(InputError) in
      try file.table.forEachRow(columns: columns) { (row: TableRow) throws(InputError) in
        var canonical = CanonicalRow(origin: row.origin())
        for (name, value) in mapping.constants { canonical[name] = value }
        for (index, (column, _)) in sourced.enumerated() {
          guard var text = try row.string(index) else { continue }
          if let spelling = mapping.values[column.name]?[text.lowercased()] { text = spelling }
          if ColumnMapping.isTime(column.name) {
            guard let time = timestamps.parse(text) else { throw row.invalid(index, text, timestamps.expected) }
            canonical.set(column.name, timestamp: time)
            canonical.at = canonical.at ?? time
          } else {
            canonical[column.name] = text
          }
          canonical.columns[column.name] = row.position(index).column
        }
        rows.append(canonical)
      }
    }
    if case .failure(let error) = read {
      // A required column the CSV lacks: say which canonical column it was for and how to map it.
      if case .missingColumn(let name, let header) = error,
        let column = sourced.first(where: { $0.header.lowercased() == header })
      {
        guard mapping.columns[column.canonical.name] == nil else { throw error }
        throw InputError.unmappedColumn(
          file: name, column: column.canonical.name, canonicalFile: mapping.record.fileName, mapping: mapping.file)
      }
      throw error
    }
    return rows
  }
}
