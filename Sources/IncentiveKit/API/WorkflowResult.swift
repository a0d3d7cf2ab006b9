/// What a workflow leaves for the command line to do: the text for standard output and the exit
/// status. Files and ledger entries are already written when it is returned.
public struct WorkflowResult: Equatable, Sendable {
  /// The report or summary for standard output; empty when the report went to a file.
  public var output: String
  /// 0, or 1 when a check found differences or violations (SPEC section 6). Errors are thrown.
  public var exitCode: Int32
  /// The files written, in the order they were written (report, statements, imported tables).
  public var writtenFiles: [String]

  public init(output: String, exitCode: Int32 = 0, writtenFiles: [String] = []) {
    self.output = output
    self.exitCode = exitCode
    self.writtenFiles = writtenFiles
  }

  /// `text` written to `path` atomically with mode 0600 (it holds pay data), or, without a path,
  /// `text` returned for standard output.
  static func emit(_ text: String, to path: String?) throws -> WorkflowResult {
    guard let path else { return WorkflowResult(output: text) }
    try AtomicFile.write(Array(text.utf8), to: path, mode: 0o600)
    return WorkflowResult(output: "", writtenFiles: [path])
  }

  /// `emit(_:to:)` for a run recorded in the ledger, ordered so that a run which fails leaves no
  /// ledger line: the report is written in full to its temporary file first, then `record` appends
  /// the entry (a refused rerun of a closed period stops here, with no report), then the file is
  /// renamed into place; if that last step fails, `withdraw` takes the entry back out.
  static func emit<Recorded>(
    _ text: String, to path: String?, record: () throws -> Recorded?, withdraw: (Recorded) -> Void
  ) throws -> WorkflowResult {
    guard let path else {
      _ = try record()
      return WorkflowResult(output: text)
    }
    let writer = try AtomicFileWriter(path: path, mode: 0o600)
    try writer.write(text)
    var recorded: Recorded?
    do {
      try writer.commit(beforeReplacing: { recorded = try record() })
    } catch let error as OutputError {
      // Not durable means renamed into place: the run did write its output, so its entry stays.
      if case .notDurable = error {} else if let recorded { withdraw(recorded) }
      throw error
    } catch {
      if let recorded { withdraw(recorded) }
      throw error
    }
    return WorkflowResult(output: "", writtenFiles: [path])
  }
}

/// Where a workflow hands notices for standard error (a ledger entry recorded, files written) as
/// each effect happens, so a person still learns of one when a later step fails.
public typealias NoticeHandler = (String) -> Void
