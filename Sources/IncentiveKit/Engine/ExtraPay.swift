/// Pay outside the bonus multiplier (after-hours incident response premiums, vesting
/// retention tranches), shown as its own line and never scaled by a multiplier.
public struct ExtraPay: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case oncallPremium = "oncall_premium"
    case retentionTranche = "retention_tranche"
  }

  public var kind: Kind
  public var amount: Money
  /// How the amount was reached, in words and numbers.
  public var detail: String
}
