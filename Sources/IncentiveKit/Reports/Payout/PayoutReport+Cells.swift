extension PayoutReport {
  /// An engineer's line as text cells, the same in the terminal, Markdown and HTML views:
  /// id, name, team, role, proration, target, multiplier, payout.
  func engineerCells(_ payout: EngineerPayout, money: (Money) -> String) -> [String] {
    [
      payout.engineer.id, payout.engineer.name ?? "", payout.team, payout.engineer.role,
      payout.proration.factor.formatted(decimals: Precision.proration), money(payout.target.amount),
      payout.multiplier.trimmed(minimumDecimals: 2), money(payout.payout),
    ]
  }

  /// A component's line as text cells: id, metric, scope, weight, value (`—` when absent),
  /// multiplier (4 decimals), amount.
  func componentCells(_ outcome: ComponentOutcome, money: (Money) -> String) -> [String] {
    [
      outcome.component.id, outcome.component.metric.name, outcome.component.scope.rawValue,
      outcome.weight.trimmed(minimumDecimals: 1), outcome.value.map { $0.trimmed(minimumDecimals: 1) } ?? "—",
      outcome.multiplier.formatted(decimals: Precision.componentMultiplier), money(outcome.amount),
    ]
  }

  /// Pay outside the bonus, one line per engineer and kind, in engineer order.
  var extraLines: [(engineer: String, extra: ExtraPay)] {
    engineers.flatMap { payout in payout.extras.map { (payout.engineer.id, $0) } }
  }
}
