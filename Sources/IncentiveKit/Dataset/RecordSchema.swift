/// The columns of one record type, declared once as cases in header order: the record decoder reads
/// `row.string(Column.team.index)` and the byte-level reader `record.bytes(Column.team.index)`, so a column (or a
/// check on one) can't exist on one path only.
protocol RecordSchema: CaseIterable, RawRepresentable where RawValue == Int, AllCases == [Self] {
  /// The header (with its required flag and aliases) this case reads.
  var column: TableColumn { get }
}

extension RecordSchema {
  /// The index the readers address the column by: its position in `columns`.
  var index: Int { rawValue }

  /// Every column, in case order: a record type's `columns`.
  static var columns: [TableColumn] { allCases.map(\.column) }
}
