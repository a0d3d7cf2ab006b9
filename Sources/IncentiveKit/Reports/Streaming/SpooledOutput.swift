/// A report for standard output too large to hand over as one `String` (`WorkflowResult.output`): set aside in an
/// unlinked temporary file as it was written (`ByteSpool`), for the command line to copy out a block at a time once
/// the run has succeeded. A run that fails prints none of it, as before; a 100,000-person report costs no memory.
///
/// Read once, by the thread that prints the result, after the workflow that wrote it has returned: that is the
/// only sharing, so the unchecked `Sendable` holds.
public final class SpooledOutput: Equatable, @unchecked Sendable {
  private let spool: ByteSpool

  init(_ spool: ByteSpool) { self.spool = spool }

  /// Calls `body` with the report's bytes in order, a block at a time (a block may end inside a line, or inside a
  /// character).
  public func forEachBlock(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws {
    try spool.forEachRecord { (block) throws(OutputError) in try body(block) }
  }

  /// The same object: two reports are never compared by their bytes.
  public static func == (lhs: SpooledOutput, rhs: SpooledOutput) -> Bool { lhs === rhs }
}
