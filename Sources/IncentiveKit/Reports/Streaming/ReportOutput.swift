/// Where a workflow's report goes: a file, written atomically (mode 0600, it holds pay data) as
/// the report is produced, or memory, for standard output.
final class ReportOutput: ReportSink {
  private let file: AtomicFileWriter?
  private var memory = ReportBytes()

  /// - Parameter path: the report file; nil for standard output.
  /// - Throws: `OutputError.cannotCreate` when the file's folder can't take it.
  init(path: String?) throws(OutputError) {
    file = try path.map { (path) throws(OutputError) in try AtomicFileWriter(path: path, mode: 0o600) }
  }

  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    if let file { try file.write(bytes) } else { memory.write(bytes) }
  }

  /// Commits the file (or hands over the text for standard output). Until this returns, the
  /// destination holds its old contents; a report abandoned half-way leaves no file.
  func finish() throws(OutputError) -> WorkflowResult {
    guard let file else { return WorkflowResult(output: memory.text) }
    try file.commit()
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
}
