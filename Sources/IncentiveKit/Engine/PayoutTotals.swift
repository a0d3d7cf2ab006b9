/// Team totals, the grand total and pay outside the bonus, added up one payout at a time: the
/// same sums whether the payouts are kept (`PayoutEngine.calculate`) or written as they are made.
struct PayoutTotals {
  private var byTeam: [String: TeamTotal] = [:]
  /// Whether anyone has pay outside the bonus (the JSON then has `extras_total`).
  private(set) var hasExtras = false
  /// Σ pay outside the bonus.
  private(set) var extrasTotal = Money.zero

  mutating func add(_ payout: EngineerPayout) {
    byTeam[payout.team, default: TeamTotal(team: payout.team, headcount: 0, payout: .zero)].headcount += 1
    byTeam[payout.team]!.payout += payout.payout
    if !payout.extras.isEmpty { hasExtras = true }
    extrasTotal += payout.extrasTotal
  }

  /// Sorted by team name (UTF-8 order).
  var teams: [TeamTotal] { byTeam.values.sorted { $0.team.utf8.lexicographicallyPrecedes($1.team.utf8) } }

  /// Σ team payouts.
  var total: Money { teams.reduce(Money.zero) { $0 + $1.payout } }
}

/// Why paying everyone one at a time stopped: the engine refused someone, or whoever took the
/// payouts (a report writer) failed.
enum PayoutFailure<Consumer: Error>: Error {
  case calculation(CalculationError)
  case consumer(Consumer)
}
