/// What `Ledger.verify()` found: every line chains to the one before it, or the first line that does not.
enum LedgerVerification: Equatable, Sendable {
  /// All `count` entries are intact and in order.
  case intact(count: Int)
  /// `line` (1-based) is the first line that fails; `reason` says what is wrong and the likely cause.
  case broken(line: Int, reason: String)
}

extension LedgerVerification: CustomStringConvertible {
  var description: String {
    switch self {
    case .intact(let count):
      return "ledger intact: \(count) \(count == 1 ? "entry" : "entries")"
    case .broken(let line, let reason):
      return "line \(line): \(reason)"
    }
  }
}
