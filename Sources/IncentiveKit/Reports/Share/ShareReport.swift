/// The view of a payout run meant for a wider audience (`calculate --share`): team
/// aggregates only, never a row per person, with every team under the plan's
/// `min_group_size` suppressed and the grand total withheld when it would give a suppressed
/// team away (see `GroupSuppression` for the exact rule).
struct ShareReport: Sendable {
  struct Team: Sendable, Equatable {
    var team: String
    var headcount: Int
    /// Σ of the members' targets.
    var target: Money
    /// Σ of the members' rounded payouts (bonus only; pay outside the bonus is personal).
    var payout: Money

    /// payout / target, 4 decimals half-even: how far above or below target the team was paid.
    var payoutToTarget: FixedDecimal? {
      target.minorUnits == 0 ? nil : Ratio(Int128(payout.minorUnits), Int128(target.minorUnits)).rounded(toScale: 4)
    }
  }

  var plan: PayoutReport.PlanIdentity
  var period: Period
  var currency: Currency
  var suppression: GroupSuppression<Team>
  /// All teams together, nil when withheld.
  var total: Team?

  /// - Parameter minGroupSize: the plan's `min_group_size`.
  init(report: PayoutReport, minGroupSize: Int) {
    plan = report.plan
    period = report.period
    currency = report.currency
    var targets: [String: Money] = [:]
    for payout in report.engineers { targets[payout.team, default: .zero] += payout.target.amount }
    let teams = report.teams.map {
      Team(team: $0.team, headcount: $0.headcount, target: targets[$0.team] ?? .zero, payout: $0.payout)
    }
    suppression = GroupSuppression(teams, minimum: minGroupSize) { $0.headcount }
    total =
      suppression.totalIsShareable
      ? Team(
        team: "TOTAL", headcount: teams.reduce(0) { $0 + $1.headcount },
        target: teams.reduce(Money.zero) { $0 + $1.target }, payout: report.total)
      : nil
  }

  /// "2 teams with fewer than 5 people suppressed", or nil.
  var notice: String? { suppression.notice(noun: "team", plural: "teams") }
}
