/// Where an imported value came from in the tool's export, so a canonical row that fails
/// its checks is reported at the export's file, line and column, which is the file the
/// user has, not at a canonical file that was never written.
public struct SourcePosition: Sendable, Equatable {
  public var file: String
  public var line: Int
  /// Field number (CSV) or character column (JSON); 0 when only the row is known.
  public var column: Int

  public init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }
}
