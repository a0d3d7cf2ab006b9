/// The figures of one payout run that a regression check or a what-if compares: per engineer
/// target, multiplier, payout, component amounts and pay outside the bonus, per team and in total.
///
/// Read from the `calculate --format json` contract (SPEC section 6), whether that JSON comes from
/// a golden file or from a run just made, so `check` compares exactly what finance and CI see.
struct PayoutSnapshot: Sendable, Equatable {
  struct EngineerFigures: Sendable, Equatable {
    var id: String
    var name: String?
    var team: String
    var target: Money
    /// Exact, as the report prints it.
    var multiplier: FixedDecimal
    var payout: Money
    var components: [ComponentFigures]
    /// Pay outside the bonus (premiums, retention tranches), summed per kind: money too, so a
    /// change to it must show in `check` and `diff` like any other.
    var extras: [String: Money]
    /// What the amounts are in: the engineer's `currency`, else the document's. `PayoutDiff` compares the amounts.
    var currency: Currency?

    init(
      id: String, name: String?, currency: Currency? = nil, team: String, target: Money, multiplier: FixedDecimal,
      payout: Money, components: [ComponentFigures], extras: [String: Money] = [:]
    ) {
      self.id = id
      self.name = name
      self.currency = currency
      self.team = team
      self.target = target
      self.multiplier = multiplier
      self.payout = payout
      self.components = components
      self.extras = extras
    }
  }

  struct ComponentFigures: Sendable, Equatable {
    var id: String
    /// 4 decimals.
    var multiplier: FixedDecimal
    var amount: Money

    init(id: String, multiplier: FixedDecimal, amount: Money) {
      self.id = id
      self.multiplier = multiplier
      self.amount = amount
    }
  }

  struct TeamFigures: Sendable, Equatable {
    var team: String
    var headcount: Int
    var payout: Money

    init(team: String, headcount: Int, payout: Money) {
      self.team = team
      self.headcount = headcount
      self.payout = payout
    }
  }

  var planName: String
  var planVersion: String
  var planSHA256: String
  /// `2026-07-01..2026-09-30`.
  var period: String
  var currency: Currency
  var engineers: [EngineerFigures]
  var teams: [TeamFigures]
  var total: Money
  /// Σ pay outside the bonus (`extras_total`); zero when the run has none.
  var extrasTotal: Money
  /// The `incentive` version that wrote the document (`tool_version`); nil before it was recorded.
  /// Never compared: `check` only names it when it differs.
  var toolVersion: String? = nil

  init(
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
