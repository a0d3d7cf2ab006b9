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
}

extension LedgerError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read the ledger: \(reason)"
    case .cannotAppend(let path, let reason):
      return "\(path): cannot append to the ledger: \(reason); the ledger is unchanged"
    case .broken(let path, let line, let reason):
      return "\(path):\(line): ledger verification failed: \(reason)"
    case .invalidEntry(let field, let value, let expected):
      return "ledger entry field \(field): \"\(value)\" is not \(expected)"
    case .reasonRequired(let path, let period, let closedAtLine):
      return "period \(period) was closed (\(path):\(closedAtLine)); a recalculation must give --reason TEXT "
        + "saying why it is rerun"
    }
  }
}
