/// Pay outside the bonus multiplier (after-hours incident response premiums, vesting
/// retention tranches), shown as its own line and never scaled by a multiplier.
struct ExtraPay: Sendable, Equatable {
  enum Kind: String, Sendable {
    case oncallPremium = "oncall_premium"
    case retentionTranche = "retention_tranche"
  }

  var kind: Kind
  var amount: Money
  /// How the amount was reached, in words and numbers.
  var detail: String
  /// Free text someone typed (a retention grant's reason). Reports for managers and finance show it
  /// (`reportedDetail`); a statement never does, since it may name a colleague or their pay.
  var reason: String?

  init(kind: Kind, amount: Money, detail: String, reason: String? = nil) {
    self.kind = kind
    self.amount = amount
    self.detail = detail
    self.reason = reason
  }

  /// `detail` with the reason in parentheses: what the payout reports print.
  var reportedDetail: String { detail + (reason.map { " (\($0))" } ?? "") }

  /// `{"kind", "amount", "detail"}`, as the payout report and a statement print it.
  func jsonValue(in currency: Currency) -> JSONValue {
    .object([
      ("kind", .string(kind.rawValue)), ("amount", .string(amount.formatted(in: currency))),
      ("detail", .string(reportedDetail)),
    ])
  }
}

extension EngineerPayout {
  /// Σ of this person's pay outside the bonus; zero when there is none.
  public var extrasTotal: Money { extras.reduce(Money.zero) { $0 + $1.amount } }

  /// The bonus plus pay outside it: the CSV's total, what a ledger entry and a forecast record. Made on the thread that
  /// paid the person, before the totals see the sum (`PayoutTotals.add`), which refuses one past `Int64` with an error
  /// before any report reads this; here it must not trap, so such a sum is zero.
  var payInTotal: Money { payout.adding(extrasTotal) ?? .zero }
}
