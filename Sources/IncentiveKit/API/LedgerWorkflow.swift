/// `incentive ledger verify`, `head`, `repair` and `history`: reading the audit ledger back.
public enum LedgerWorkflow {
  /// What `ledger verify` compares the chain's end with, beyond the chain itself.
  public enum Anchor: Sendable, Equatable {
    /// The chain must end at this head (nothing removed from, or added to, its end since it was kept).
    case head(String)
    /// The chain must hold an entry with this hash (entries may have been added since).
    case contains(String)
  }

  /// Proves the ledger was not edited, and, with an anchor, that its end is where a kept head says.
  /// The ledger's path comes from the command line and is shown escaped, as it is in every line below.
  ///
  /// - Parameters:
  ///   - keyFile: `--key-file`, for a keyed ledger (else `INCENTIVE_LEDGER_KEY_FILE`).
  /// - Returns: the verdict; exit status 1, naming the first bad line, when the chain is broken, ends
  ///   in an incomplete line, or does not end at (or contain) the anchor.
  /// - Throws: `LedgerError.malformedHead` for an anchor that is not 64 hex digits, `.keyRequired`
  ///   for a keyed ledger without its key, `.unreadable` for a missing ledger.
  public static func verify(_ path: String, anchor: Anchor? = nil, keyFile: String? = nil) throws -> WorkflowResult {
    let expected: String?
    switch anchor {
    case .head(let text), .contains(let text): expected = try checkedHead(text)
    case nil: expected = nil
    }
    let ledger = Ledger(path: path, key: try LedgerKey.resolve(keyFile: keyFile))
    let verification = try ledger.verify()
    switch verification {
    case .intact(let count):
      guard let expected, let anchor else { return WorkflowResult(output: "\(shown: path): \(verification)\n") }
      let entries = try ledger.entries()
      let head = entries.last?.hash
      switch anchor {
      case .head:
        if head == expected {
          return WorkflowResult(output: "\(shown: path): \(verification), ending at the kept head \(expected)\n")
        }
        let position = entries.firstIndex { $0.hash == expected }
        let why =
          position.map { "the kept head is line \($0 + 1): the \(count - $0 - 1) entries after it were added since" }
          ?? "no entry has the kept head: entries were removed from the end, or the ledger was rewritten or replaced"
        return WorkflowResult(
          output: "\(shown: path): the chain ends at \(head ?? "(no entries)"), not at the kept head \(expected): "
            + "\(why)\n",
          exitCode: 1)
      case .contains:
        if let position = entries.firstIndex(where: { $0.hash == expected }) {
          return WorkflowResult(
            output: "\(shown: path): \(verification), holding \(expected) at line \(position + 1)\n")
        }
        return WorkflowResult(
          output: "\(shown: path): no entry has the hash \(expected): entries were removed, or the ledger was "
            + "rewritten or replaced\n",
          exitCode: 1)
      }
    case .broken(let line, let reason):
      return WorkflowResult(output: "\(shown: path):\(line): \(TerminalText.escaped(reason))\n", exitCode: 1)
    case .incomplete(let line, let intact):
      return WorkflowResult(
        output: "\(shown: path):\(line): \(LedgerVerification.incompleteReason(intact: intact))\n", exitCode: 1)
    }
  }

  /// `ledger head`: the last entry's hash alone on a line, for a person or a script to keep.
  ///
  /// - Throws: `LedgerError.broken` for a damaged ledger, `.unreadable` for a missing one.
  public static func head(_ path: String, keyFile: String? = nil) throws -> WorkflowResult {
    let ledger = Ledger(path: path, key: try LedgerKey.resolve(keyFile: keyFile))
    // One read and one check of the chain; a missing file is an error here, not an empty ledger.
    guard let head = try ledger.entries(missingIsEmpty: false).last?.hash else {
      throw LedgerError.notRepairable(path: path, reason: "the ledger has no entries, so no head")
    }
    return WorkflowResult(output: head + "\n")
  }

  /// `ledger repair`: removes an incomplete final line (saving its bytes beside the ledger), records
  /// the repair as an entry, and says so with the new head.
  public static func repair(_ path: String, keyFile: String? = nil) throws -> WorkflowResult {
    let ledger = Ledger(path: path, key: try LedgerKey.resolve(keyFile: keyFile))
    switch try ledger.repair() {
    case .removedIncompleteLine(let removed, let entry):
      return WorkflowResult(
        output: "\(shown: path): removed the incomplete final line \(removed.line) (\(removed.bytes) bytes, SHA-256 "
          + "\(removed.sha256)); its bytes are saved in \(shown: removed.savedAs); the entries before it are intact\n"
          + "\(shown: path): recorded the repair at line \(entry.seq); ledger head: \(entry.hash) (keep it outside the "
          + "ledger; `incentive ledger verify --head` checks it)\n")
    case .completedLine(let line):
      return WorkflowResult(output: "\(shown: path): line \(line) was a complete entry missing its newline; added it\n")
    }
  }

  /// The runs recorded, with payouts changed after close.
  ///
  /// - Parameter period: only the runs of this period; nil for all.
  public static func history(_ path: String, period: Period? = nil, keyFile: String? = nil) throws -> WorkflowResult {
    let ledger = Ledger(path: path, key: try LedgerKey.resolve(keyFile: keyFile))
    let entries = try ledger.history(period: period.map(LedgerEntry.Period.init))
    return WorkflowResult(output: LedgerHistory(entries: entries).renderTable())
  }

  /// The anchor as typed, if it is 64 lower-case hex digits (upper case is accepted and lowered).
  static func checkedHead(_ text: String) throws(LedgerError) -> String {
    let lowered = text.lowercased()
    guard lowered.utf8.count == 64,
      lowered.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { throw .malformedHead(text) }
    return lowered
  }
}
