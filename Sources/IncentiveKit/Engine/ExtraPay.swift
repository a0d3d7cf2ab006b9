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

  /// `{"kind", "amount", "detail"}`, as the payout report and a statement print it.
  func jsonValue(in currency: Currency) -> JSONValue {
    .object([
      ("kind", .string(kind.rawValue)), ("amount", .string(amount.formatted(in: currency))), ("detail", .string(detail)),
    ])
  }
}

extension EngineerPayout {
  /// Σ of this person's pay outside the bonus; zero when there is none.
  public var extrasTotal: Money { extras.reduce(Money.zero) { $0 + $1.amount } }
}
