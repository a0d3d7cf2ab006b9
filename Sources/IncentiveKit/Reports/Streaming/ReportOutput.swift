/// Where a workflow's report goes: a file, written atomically (mode 0600, it holds pay data) as
/// the report is produced, or, for standard output, memory up to a few megabytes and an unlinked temporary file past
/// them (`ByteSpool`), printed only once the run has succeeded.
final class ReportOutput: ReportSink {
  private let file: AtomicFileWriter?
  private let memory = ByteSpool()

  /// - Parameter path: the report file; nil for standard output.
  /// - Throws: `OutputError.cannotCreate` when the file's folder can't take it.
  init(path: String?) throws(OutputError) {
    file = try path.map { (path) throws(OutputError) in try AtomicFileWriter(path: path, mode: 0o600) }
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    if let file { try file.write(bytes) } else { try memory.write(bytes) }
  }

  /// What standard output gets: the text, or the spool itself once it went to disk.
  private func standardOutput() throws(OutputError) -> WorkflowResult {
    if memory.isOnDisk { return WorkflowResult(output: "", spooledOutput: SpooledOutput(memory)) }
    var bytes: [UInt8] = []
    try memory.forEachRecord { (block) throws(OutputError) in bytes.append(contentsOf: block) }
    return WorkflowResult(output: String(decoding: bytes, as: UTF8.self))
  }

  /// Commits the file (or hands over the text for standard output). Until this returns, the
  /// destination holds its old contents; a report abandoned half-way leaves no file.
  func finish() throws(OutputError) -> WorkflowResult {
    guard let file else { return try standardOutput() }
    try file.commit()
    return WorkflowResult(output: "", writtenFiles: [file.path])
  }

  /// `finish()` for a run recorded in the ledger, ordered so that a run which fails leaves no
  /// ledger line: the report is already in full in its temporary file, then `record` appends the
  /// entry (a refused rerun of a closed period stops here, with no report), then the file is
  /// renamed into place; if that last step fails, `withdraw` takes the entry back out.
  func finish<Recorded>(
    record: () throws -> Recorded?, withdraw: (Recorded) -> Void
  ) throws -> WorkflowResult {
    guard let file else {
      _ = try record()
      return try standardOutput()
    }
    var recorded: Recorded?
    do {
      try file.commit(beforeReplacing: { recorded = try record() })
    } catch let error as OutputError {
      // Not durable means renamed into place: the run did write its output, so its entry stays.
      if case .notDurable = error {} else if let recorded { withdraw(recorded) }
      throw error
    } catch {
      if let recorded { withdraw(recorded) }
      throw error
    }
    return WorkflowResult(output: "", writtenFiles: [file.path])
  }
}

extension WorkflowResult {
  /// The report `write` produces, streamed to `path` (atomically, mode 0600) or, without a path,
  /// returned for standard output.
  static func emit(to path: String?, _ write: (ReportOutput) throws -> Void) throws -> WorkflowResult {
    let output = try ReportOutput(path: path)
    try write(output)
    return try output.finish()
  }

  /// `emit(to:_:)` for a run recorded in the ledger: see `ReportOutput.finish(record:withdraw:)`.
  static func emit<Recorded>(
    to path: String?, _ write: (ReportOutput) throws -> Void,
    record: () throws -> Recorded?, withdraw: (Recorded) -> Void
  ) throws -> WorkflowResult {
    let output = try ReportOutput(path: path)
    try write(output)
    return try output.finish(record: record, withdraw: withdraw)
  }
}
