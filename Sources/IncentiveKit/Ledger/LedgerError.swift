/// Why the ledger could not be read or extended. Each case names the ledger file; `broken` also names
/// the first bad line, so `incentive ledger verify FILE` output points straight at it.
public enum LedgerError: Error, Equatable, Sendable {
  /// The ledger file cannot be opened, locked or read.
  case unreadable(path: String, reason: String)
  /// Appending failed; the ledger is unchanged (a partly written line is cut off again).
  case cannotAppend(path: String, reason: String)
  /// The chain of entries fails verification at `line` (1-based), so nothing is read from or added
  /// to it until a person has looked.
  case broken(path: String, line: Int, reason: String)
  /// The entry to append has a field the ledger cannot store as it is.
  case invalidEntry(field: String, value: String, expected: String)
  /// The period was closed at `closedAtLine`; recalculating it must say why.
  case reasonRequired(path: String, period: String, closedAtLine: Int)
  /// The ledger key file can't be used.
  case badKey(path: String, reason: String)
  /// The ledger's entries are keyed and no key was given, so they can be neither checked nor extended.
  case keyRequired(path: String, line: Int)
  /// `--head` or `--contains` was given something that is not 64 lower-case hex digits.
  case malformedHead(String)
  /// `ledger repair` found nothing it may repair: the ledger is intact, or damaged by more than an
  /// interrupted append (which only a person may judge).
  case notRepairable(path: String, reason: String)
}

extension LedgerError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(shown: path): cannot read the ledger: \(shown: reason)"
    case .cannotAppend(let path, let reason):
      return "\(shown: path): cannot append to the ledger: \(shown: reason); the ledger is unchanged"
    case .broken(let path, let line, let reason):
      return "\(shown: path):\(line): ledger verification failed: \(shown: reason)"
    case .invalidEntry(let field, let value, let expected):
      return "ledger entry field \(shown: field): \"\(shown: value)\" is not \(shown: expected)"
    case .reasonRequired(let path, let period, let closedAtLine):
      return "period \(shown: period) was closed (\(shown: path):\(closedAtLine)); a recalculation must give "
        + "--reason TEXT saying why it is rerun"
    case .badKey(let path, let reason):
      return "\(shown: path): cannot use as the ledger key: \(shown: reason)"
    case .keyRequired(let path, let line):
      return "\(shown: path):\(line): the ledger's entries are keyed (\"hmac\"); give the key with --key-file FILE or "
        + "\(LedgerKey.environmentVariable)"
    case .malformedHead(let text):
      return "\"\(shown: text)\" is not a ledger head: expected the 64 lower-case hex digits `incentive ledger head` "
        + "prints"
    case .notRepairable(let path, let reason):
      return "\(shown: path): nothing repaired: \(shown: reason)"
    }
  }
}
