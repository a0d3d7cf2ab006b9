extension PayoutReport {
  /// One component note of one engineer: a broken guard, a blend, a missing value.
  public struct ComponentNote: Sendable, Equatable {
    public var engineer: String
    public var team: String
    public var component: String
    public var note: String
  }

  /// Every component note in engineer order, then component order: what every renderer
  /// lists under "Notes" so the views can't disagree.
  public var componentNotes: [ComponentNote] {
    engineers.flatMap { payout in
      payout.components.flatMap { outcome in
        payout.notes(for: outcome, in: currency).map {
          ComponentNote(engineer: payout.engineer.id, team: payout.team, component: outcome.component.id, note: $0)
        }
      }
    }
  }

  /// One broken guard, counted per team: which counter-metric capped which component where.
  public struct GuardFiring: Sendable, Equatable {
    public var team: String
    /// `delivery ← Change failure rate max 0.15`: the metric by its catalogue title.
    public var rule: String
    /// Engineers of the team whose component this guard capped.
    public var engineers: Int
  }

  /// Broken guards per (payout team, component and guard), in first-seen order of rules and
  /// sorted teams; a guard broken for several credited teams of one engineer counts once.
  public var guardFirings: [GuardFiring] {
    var rules: [String] = []
    var counts: [String: [String: Int]] = [:]
    for payout in engineers {
      for outcome in payout.components {
        var seen = Set<String>()
        for check in outcome.guardReadings where check.isBroken {
          let rule = "\(outcome.component.id) ← \(check.rule.metric.definition?.title ?? check.rule.metric.name) \(check.rule.boundsText)"
          guard seen.insert(rule).inserted else { continue }
          if !rules.contains(rule) { rules.append(rule) }
          counts[rule, default: [:]][payout.team, default: 0] += 1
        }
      }
    }
    return rules.flatMap { rule in
      counts[rule]!.keys.sorted().map { GuardFiring(team: $0, rule: rule, engineers: counts[rule]![$0]!) }
    }
  }
}
