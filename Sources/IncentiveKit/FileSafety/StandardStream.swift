#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error as the command line writes them: every byte, retried on short writes.
///
/// Foundation's `FileHandle.write(_:)` stops the process when a write fails, so `incentive calculate > /mnt/full/x`
/// on a full disk ended in a crash report (exit 132) instead of a message; a failed write to standard output is an
/// `OutputError` here, said on standard error with exit code 2.
public enum StandardStream {
  /// Writes `bytes` to standard output.
  /// - Throws: `OutputError.cannotWriteStandardOutput` with the system's reason (no space left, I/O error).
  public static func writeOutput(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    do throws(POSIXFailure) {
      try POSIXIO.writeAll(STDOUT_FILENO, bytes)
    } catch {
      throw .cannotWriteStandardOutput(reason: error.text)
    }
  }

  /// `writeOutput` of a text's UTF-8 (text a command prints whole; a large report comes as spooled blocks).
  public static func writeOutput(_ text: String) throws(OutputError) {
    do throws(POSIXFailure) {
      try POSIXIO.writeAll(STDOUT_FILENO, Array(text.utf8))
    } catch {
      throw .cannotWriteStandardOutput(reason: error.text)
    }
  }

  /// Writes a text's UTF-8 to standard error, as far as it can be: when standard error itself can't be written
  /// there is nowhere left to say so, and the exit code still tells.
  public static func writeError(_ text: String) {
    try? POSIXIO.writeAll(STDERR_FILENO, Array(text.utf8))
  }
}
