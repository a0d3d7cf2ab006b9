/// The figures of one payout run that a regression check or a what-if compares: per engineer
/// target, multiplier, payout and component amounts, per team and in total.
///
/// Read from the `calculate --format json` contract (SPEC section 6), whether that JSON comes from
/// a golden file or from a run just made, so `check` compares exactly what finance and CI see.
public struct PayoutSnapshot: Sendable, Equatable {
  public struct EngineerFigures: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var team: String
    public var target: Money
    /// Exact, as the report prints it.
    public var multiplier: FixedDecimal
    public var payout: Money
    public var components: [ComponentFigures]
  }

  public struct ComponentFigures: Sendable, Equatable {
    public var id: String
    /// 4 decimals.
    public var multiplier: FixedDecimal
    public var amount: Money
  }

  public struct TeamFigures: Sendable, Equatable {
    public var team: String
    public var headcount: Int
    public var payout: Money
  }

  public var planName: String
  public var planVersion: String
  public var planSHA256: String
  /// `2026-07-01..2026-09-30`.
  public var period: String
  public var currency: Currency
  public var engineers: [EngineerFigures]
  public var teams: [TeamFigures]
  public var total: Money
}
