/// The result of a payout run: per engineer, per team and in total, plus the metric values
/// it rests on. Reports render it; nothing in it is recomputed by a renderer.
public struct PayoutReport: Sendable {
  public struct PlanIdentity: Sendable, Equatable {
    public var name: String
    public var version: String
    /// Hex SHA-256 of the plan file's bytes, so a report names exactly which plan paid.
    public var sha256: String
  }

  public var plan: PlanIdentity
  public var period: Period
  /// The plan's currency: every amount of a single-currency run, and what converted totals are in.
  public var currency: Currency
  /// Sorted by engineer id.
  public var engineers: [EngineerPayout]
  /// Sorted by team name, then currency code (a team paid in two currencies has two rows).
  public var teams: [TeamTotal]
  /// Σ payouts in the plan currency: the plain sum when everyone is paid in it, the sum of the
  /// converted per-currency totals otherwise (zero when fx.csv can't convert them all).
  public var total: Money
  var metrics: ComputedMetrics
  public var payoutCap: FixedDecimal?
  public var payoutFloor: FixedDecimal
  /// Totals per currency paid, and their conversion to the plan currency where fx.csv allows.
  var currencyTotals: CurrencyTotals

  /// More than one currency paid, or one other than the plan's: the JSON then names currencies.
  var isMultiCurrency: Bool {
    currencyTotals.lines.count > 1 || currencyTotals.lines.contains { $0.currency != currency }
  }
}

public struct EngineerPayout: Sendable {
  public var engineer: Engineer
  /// What every amount of this person is in: their roster `currency`, else the plan's.
  public var currency: Currency
  /// The team on the last employed day: where the payout is totalled.
  public var team: String
  var credited: CreditedTeams
  public var proration: Proration
  public var base: Money
  var target: TargetBonus
  /// Σ weight × component multiplier, exact, before cap and floor.
  public var rawMultiplier: FixedDecimal
  /// After cap and floor, exact.
  public var multiplier: FixedDecimal
  /// Why `multiplier` differs from `rawMultiplier` (cap or floor, then an approved `total`
  /// adjustment); empty when it doesn't.
  var scaling: [PayoutStep.PayoutScaling]
  public var payout: Money
  /// `target × multiplier` before rounding.
  public var exactPayout: Ratio
  public var components: [ComponentOutcome]
  /// Pay outside the bonus (premiums, retention tranches).
  var extras: [ExtraPay] = []
}

public struct TeamTotal: Sendable, Equatable {
  public var team: String
  public var currency: Currency
  public var headcount: Int
  public var payout: Money

  /// Whether the total of `team` in `currency` is listed before that of `other` in `otherCurrency`: team names in
  /// UTF-8 byte order, then currency codes.
  ///
  /// The same team is the same bytes, not `==`: `==` takes two spellings (a precomposed `é`, and `e` with a
  /// combining accent) as one name while byte order puts other names between them, and a sort by such a rule
  /// depends on the order it is given, which changes from run to run with the dictionary the totals come from.
  static func precedes(
    team: String, in currency: Currency, _ other: String, in otherCurrency: Currency
  ) -> Bool {
    team.hasSameBytes(as: other) ? currency.code < otherCurrency.code : team.precedesInByteOrder(other)
  }
}
