/// Team totals, the grand total and pay outside the bonus, added up one payout at a time: the
/// same sums whether the payouts are kept (`PayoutEngine.calculate`) or written as they are made.
struct PayoutTotals {
  private var byTeam: [String: TeamTotal] = [:]
  /// Whether anyone has pay outside the bonus (the JSON then has `extras_total`).
  private(set) var hasExtras = false
  /// Σ pay outside the bonus.
  private(set) var extrasTotal = Money.zero

  /// Σ team payouts, added as each payout comes.
  private(set) var total = Money.zero

  /// Sums are checked: absurd inputs could add up past Int64, which must be an error, not a trap.
  mutating func add(_ payout: EngineerPayout) throws(CalculationError) {
    var team = byTeam[payout.team] ?? TeamTotal(team: payout.team, headcount: 0, payout: .zero)
    guard let teamSum = team.payout.adding(payout.payout), let sum = total.adding(payout.payout),
      let extras = extrasTotal.adding(payout.extrasTotal), payout.payout.adding(payout.extrasTotal) != nil
    else { throw .amountOutOfRange(engineer: payout.engineer.id, what: "team \(payout.team)'s total (or the total)") }
    team.headcount += 1
    team.payout = teamSum
    byTeam[payout.team] = team
    total = sum
    extrasTotal = extras
    if !payout.extras.isEmpty { hasExtras = true }
  }

  /// Sorted by team name (UTF-8 order).
  var teams: [TeamTotal] { byTeam.values.sorted { $0.team.utf8.lexicographicallyPrecedes($1.team.utf8) } }
}

/// Why paying everyone one at a time stopped: the engine refused someone, or whoever took the
/// payouts (a report writer) failed.
enum PayoutFailure<Consumer: Error>: Error {
  case calculation(CalculationError)
  case consumer(Consumer)
}
