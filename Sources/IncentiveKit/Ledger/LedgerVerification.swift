/// What `Ledger.verify()` found: every line chains to the one before it, the first line that does not,
/// or an append that was cut short.
enum LedgerVerification: Equatable, Sendable {
  /// All `count` entries are intact and in order.
  case intact(count: Int)
  /// `line` (1-based) is the first line that fails; `reason` says what is wrong and the likely cause.
  case broken(line: Int, reason: String)
  /// The last line, `line`, has no newline: an interrupted append, not an edit. The `intact` entries
  /// before it verify; `incentive ledger repair` removes the incomplete line.
  case incomplete(line: Int, intact: Int)
}

extension LedgerVerification: CustomStringConvertible {
  var description: String {
    switch self {
    case .intact(let count):
      return "ledger intact: \(count) \(count == 1 ? "entry" : "entries")"
    case .broken(let line, let reason):
      return "line \(line): \(reason)"
    case .incomplete(let line, let intact):
      return "line \(line): " + Self.incompleteReason(intact: intact)
    }
  }

  /// Why an incomplete last line is not tampering, and what mends it.
  static func incompleteReason(intact: Int) -> String {
    "incomplete final entry (an append was interrupted; not tampering); the \(intact) "
      + "\(intact == 1 ? "entry" : "entries") before it are intact; `incentive ledger repair` removes it"
  }
}
