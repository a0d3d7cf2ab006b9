/// What a workflow leaves for the command line to do: the text for standard output and the exit
/// status. Files and ledger entries are already written when it is returned.
public struct WorkflowResult: Equatable, Sendable {
  /// The report or summary for standard output; empty when the report went to a file.
  public var output: String
  /// 0, or 1 when a check found differences or violations (SPEC section 6). Errors are thrown.
  public var exitCode: Int32
  /// The files written, in the order they were written (report, statements, imported tables).
  public var writtenFiles: [String]
  /// A report for standard output past a few megabytes, printed after `output` (which is then empty): set aside on
  /// disk, not held as text.
  public var spooledOutput: SpooledOutput?

  public init(output: String, exitCode: Int32 = 0, writtenFiles: [String] = [], spooledOutput: SpooledOutput? = nil) {
    self.output = output
    self.exitCode = exitCode
    self.writtenFiles = writtenFiles
    self.spooledOutput = spooledOutput
  }

  /// `text` written to `path` atomically with mode 0600 (it holds pay data), or, without a path,
  /// `text` returned for standard output.
  static func emit(_ text: String, to path: String?) throws -> WorkflowResult {
    guard let path else { return WorkflowResult(output: text) }
    try AtomicFile.write(Array(text.utf8), to: path, mode: 0o600)
    return WorkflowResult(output: "", writtenFiles: [path])
  }
}

/// Where a workflow hands notices for standard error (a ledger entry recorded, files written) as
/// each effect happens, so a person still learns of one when a later step fails.
public typealias NoticeHandler = (String) -> Void
