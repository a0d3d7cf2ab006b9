/// The figures of one payout run that a regression check or a what-if compares: per engineer
/// target, multiplier, payout, component amounts and pay outside the bonus, per team and in total.
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
    /// Pay outside the bonus (premiums, retention tranches), summed per kind: money too, so a
    /// change to it must show in `check` and `diff` like any other.
    public var extras: [String: Money]

    public init(
      id: String, name: String?, team: String, target: Money, multiplier: FixedDecimal, payout: Money,
      components: [ComponentFigures], extras: [String: Money] = [:]
    ) {
      self.id = id
      self.name = name
      self.team = team
      self.target = target
      self.multiplier = multiplier
      self.payout = payout
      self.components = components
      self.extras = extras
    }
  }

  public struct ComponentFigures: Sendable, Equatable {
    public var id: String
    /// 4 decimals.
    public var multiplier: FixedDecimal
    public var amount: Money

    public init(id: String, multiplier: FixedDecimal, amount: Money) {
      self.id = id
      self.multiplier = multiplier
      self.amount = amount
    }
  }

  public struct TeamFigures: Sendable, Equatable {
    public var team: String
    public var headcount: Int
    public var payout: Money

    public init(team: String, headcount: Int, payout: Money) {
      self.team = team
      self.headcount = headcount
      self.payout = payout
    }
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
  /// Σ pay outside the bonus (`extras_total`); zero when the run has none.
  public var extrasTotal: Money
  /// The `incentive` version that wrote the document (`tool_version`); nil before it was recorded.
  /// Never compared: `check` only names it when it differs.
  public var toolVersion: String? = nil

  public init(
    planName: String, planVersion: String, planSHA256: String, period: String, currency: Currency,
    engineers: [EngineerFigures], teams: [TeamFigures], total: Money, extrasTotal: Money = .zero
  ) {
    self.planName = planName
    self.planVersion = planVersion
    self.planSHA256 = planSHA256
    self.period = period
    self.currency = currency
    self.engineers = engineers
    self.teams = teams
    self.total = total
    self.extrasTotal = extrasTotal
  }
}
