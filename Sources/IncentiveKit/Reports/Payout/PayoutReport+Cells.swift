extension PayoutReport {
  /// How many decimals the multiplier column shows on every line: enough to print the most
  /// precise engineer multiplier exactly (they are exact, not rounded: `1.137515`), and never
  /// fewer than a component multiplier's 4, so the decimal points line up down the column
  /// (`1.500000`, `0.687500`, `1.137515`) instead of mixing `1.50`, `0.6875` and `1.137515`.
  var multiplierDecimals: Int {
    engineers.reduce(Precision.componentMultiplier) { max($0, $1.multiplier.exactDecimals) }
  }

  /// An engineer's line as text cells, the same in the terminal, Markdown and HTML views:
  /// id, name, team, role, proration, target, multiplier (at `decimals`, from
  /// `multiplierDecimals`), payout.
  func engineerCells(_ payout: EngineerPayout, decimals: Int, money: (Money) -> String) -> [String] {
    [
      payout.engineer.id, payout.engineer.name ?? "", payout.team, payout.engineer.role,
      payout.proration.factor.formatted(decimals: Precision.proration), money(payout.target.amount),
      payout.multiplier.formatted(decimals: decimals), money(payout.payout),
    ]
  }

  /// A component's line as text cells: id, metric, scope, weight, value (`—` when absent),
  /// multiplier (4 decimals, padded to `decimals` to line up with the engineers'), amount.
  func componentCells(_ outcome: ComponentOutcome, decimals: Int, money: (Money) -> String) -> [String] {
    [
      outcome.component.id, outcome.component.metric.name, outcome.component.scope.rawValue,
      outcome.weight.trimmed(minimumDecimals: 1), outcome.value.map { $0.trimmed(minimumDecimals: 1) } ?? "—",
      outcome.multiplier.formatted(decimals: max(decimals, Precision.componentMultiplier)), money(outcome.amount),
    ]
  }

  /// Pay outside the bonus, one line per engineer and kind, in engineer order.
  var extraLines: [(engineer: String, extra: ExtraPay)] {
    engineers.flatMap { payout in payout.extras.map { (payout.engineer.id, $0) } }
  }
}
