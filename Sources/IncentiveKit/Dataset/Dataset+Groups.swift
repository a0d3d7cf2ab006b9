extension Dataset {
  /// The rows of `type` grouped by the key `keyed` gives them (rows it gives none are passed over), each group with
  /// the value of its first row and its row count and first lines (at most `lineLimit`), in the order of their first
  /// line; nil when the dataset has no such file. What the data audit's findings about repeated or odd rows count.
  func groups<R: DatasetRecord, Value>(
    _ type: R.Type, lineLimit: Int = 1, _ keyed: (R) -> (key: String, value: Value)?
  ) throws(InputError) -> (file: String, groups: [(value: Value, rows: RowSample)])? {
    // Each key as the "value" of its rows: the accounting keeps their count and first lines.
    var byKey = InputAccounting()
    var values: [String: Value] = [:]
    try account(type, countedLineLimit: lineLimit, into: &byKey) { (record: R) throws(InputError) -> RowFate in
      guard let (key, value) = keyed(record) else { return .leftOut(.outsidePeriod) }
      if values[key] == nil { values[key] = value }
      return .counted(rosterValue: key)
    }
    guard let file = byKey.files.first else { return nil }
    let ordered = file.countedByValue.sorted(by: RowSample.inFirstLineOrder)
    return (file.file, ordered.map { (values[$0.key]!, $0.value) })
  }
}
