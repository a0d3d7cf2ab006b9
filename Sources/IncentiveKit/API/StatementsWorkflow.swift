import Foundation

/// `incentive statement`: one person's own statement, or everyone's, one file each.
public enum StatementsWorkflow {
  /// Whose statements, and where they go.
  public enum Selection: Sendable, Equatable {
    /// One engineer's statement, to the file (atomically, mode 0600) or, with nil, to standard output.
    case engineer(id: String, output: String?)
    /// Every paid person's statement, one file each (mode 0600) in `directory`, which is created
    /// with mode 0700 when missing.
    case everyone(directory: String)
  }

  public struct Options: Sendable {
    public var run: RunOptions
    public var selection: Selection
    public var format: Statement.Format

    public init(run: RunOptions, selection: Selection, format: Statement.Format = .text) {
      self.run = run
      self.selection = selection
      self.format = format
    }
  }

  /// - Returns: one statement for standard output, or the line saying how many files were
  ///   written where; `writtenFiles` lists them.
  /// - Throws: `PayoutLookupError` for an engineer who was not paid, `OutputError` for a folder
  ///   or file that cannot be written, and the errors of reading and paying.
  public static func run(_ options: Options) throws -> WorkflowResult {
    let run = try options.run.loadForPaying()
    switch options.selection {
    case .engineer(let id, let output):
      let (shell, payout) = try run.paying(
        onlyFor: id, strictConflicts: options.run.strictConflicts, warn: options.run.warningHandler)
      let protected = try run.protectedFiles()
      if let output { try protected.check(output: output) }
      guard let payout else { throw run.lookupError(of: id) }
      let text = Statement(report: shell, payout: payout, roster: run.roster).render(options.format)
      return try WorkflowResult.emit(text, to: output)
    case .everyone(let directory):
      let (shell, paying) = try run.paying(strictConflicts: options.run.strictConflicts)
      // Worked out while people are paid, and said once everyone is, before the folder is put in place.
      let warnings = run.dataWarningsInBackground(shell.metrics)
      let sayWarnings = { warnings.wait().forEach(options.run.warningHandler) }
      // Each file is written as its statement is made: 100,000 statements are never held at once.
      var written: [String] = []
      try paying.payingFirst(warn: sayWarnings) { started in
        // Resolved once for every file of the folder: checked file by file, 100,000 statements cost 15 million calls.
        var checker = try run.protectedFiles().checker()
        // An old entry the swap would remove may not be an input of the run either, whatever the folder's list says.
        let removable = { (name: String) in
          StatementFolder.isStatementName(name) && (try? checker.check(output: Dataset.join(name, in: directory))) != nil
        }
        try StatementFolder.write(into: directory, owned: removable) { add in
          started()
          // A file that cannot be written stops the writing, not the paying: as when every payout was kept, paying's
          // own errors and then the warnings come before it.
          var writeFailure: (any Error)?
          try Statement.forEach(paying: paying, shell: shell, roster: run.roster, format: options.format) {
            fileName, text in
            guard writeFailure == nil else { return }
            do {
              let path = Dataset.join(fileName, in: directory)
              try checker.check(output: path)
              try add(fileName, Array(text.utf8))
              written.append(path)
            } catch {
              writeFailure = error
            }
          }
          sayWarnings()
          if let writeFailure { throw writeFailure }
        }
      }
      return WorkflowResult(output: "wrote \(written.count) statements to \(shown: directory)\n", writtenFiles: written)
    }
  }
}
