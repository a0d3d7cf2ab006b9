@_spi(Synthetic) import IncentiveKit

/// `incentive generate`: a reproducible synthetic dataset and plan, for benchmarks and scale tests.
public enum GenerateWorkflow {
  /// Writes `dataset`'s files into `directory` (created if missing).
  ///
  /// - Parameter notices: told how many files and rows were written where.
  /// - Throws: `OutputError` naming the file that could not be written.
  public static func run(_ dataset: SyntheticDataset, to directory: String, notices: NoticeHandler) throws
    -> WorkflowResult
  {
    let rows = try dataset.write(to: directory)
    notices("wrote \(rows.count) files, \(rows.values.reduce(0, +)) rows, to \(TerminalText.escaped(directory))\n")
    return WorkflowResult(output: "", writtenFiles: rows.keys.sorted().map { Dataset.join($0, in: directory) })
  }
}
