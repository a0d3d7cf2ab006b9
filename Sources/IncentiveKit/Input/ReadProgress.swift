/// How far the reading of one dataset file has got: what a progress line on a long run shows.
public struct ReadProgress: Sendable, Equatable {
  /// Called from the reading loop; must be cheap and must not throw.
  public typealias Handler = @Sendable (ReadProgress) -> Void

  /// The file as messages name it.
  public var file: String
  /// Data rows read so far from this file.
  public var rows: Int
  /// Bytes of this file consumed so far.
  public var bytesRead: Int
  /// The file's size in bytes.
  public var fileBytes: Int
  /// True on the one report sent after the last row.
  public var isFinished: Bool

  public init(file: String, rows: Int, bytesRead: Int, fileBytes: Int, isFinished: Bool) {
    self.file = file
    self.rows = rows
    self.bytesRead = bytesRead
    self.fileBytes = fileBytes
    self.isFinished = isFinished
  }
}
