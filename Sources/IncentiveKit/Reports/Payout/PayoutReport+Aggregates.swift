extension PayoutReport {
  /// Σ target per team (the team each person is totalled under), in minor units: what a team's
  /// payout is read against.
  var teamTargets: [String: Money] {
    var sums: [String: Money] = [:]
    for payout in engineers { sums[payout.team, default: .zero] += payout.target.amount }
    return sums
  }

  /// Per component id, in first-seen order: how many people it paid something and what it paid
  /// in all. Sums of rounded amounts, so they add up to the total.
  var componentTotals: [(id: String, people: Int, amount: Money)] {
    var order: [String] = []
    var sums: [String: (people: Int, amount: Money)] = [:]
    for payout in engineers {
      for outcome in payout.components {
        let id = outcome.component.id
        if sums[id] == nil { order.append(id) }
        sums[id, default: (0, .zero)].amount += outcome.amount
        if outcome.amount.minorUnits != 0 { sums[id, default: (0, .zero)].people += 1 }
      }
    }
    return order.map { ($0, sums[$0]!.people, sums[$0]!.amount) }
  }

  /// `payout / target` as a percentage with one decimal (`104.3%`), exact then rounded half-even;
  /// `—` when the target is zero.
  static func percent(_ payout: Money, of target: Money) -> String {
    guard target.minorUnits != 0 else { return "—" }
    return Ratio(Int128(payout.minorUnits), Int128(target.minorUnits)).percentText
  }
}
