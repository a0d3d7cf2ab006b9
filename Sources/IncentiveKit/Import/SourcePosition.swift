/// Where an imported value came from in the tool's export, so a canonical row that fails
/// its checks is reported at the export's file, line and column, which is the file the
/// user has, not at a canonical file that was never written.
struct SourcePosition: Sendable, Equatable {
  var file: String
  var line: Int
  /// Field number (CSV) or character column (JSON); 0 when only the row is known.
  var column: Int

  init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }
}
