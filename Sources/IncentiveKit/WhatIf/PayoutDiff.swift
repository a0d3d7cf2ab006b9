/// How two payout runs differ, per engineer, per team and in total: the one model behind
/// `incentive check` (a run against its golden file) and `incentive diff` (two plans or two exports).
///
/// Money is compared in minor units; a difference of at most `tolerance` in an amount counts as equal
/// (each amount on its own: an engineer's payout, target and component amounts, a team total, the
/// total). Multipliers compare exactly, since a moved multiplier is a changed rule, not rounding.
struct PayoutDiff: Sendable, Equatable {
  /// An amount before and after; nil on the side where the engineer, team or component is absent.
  struct Change: Sendable, Equatable {
    var before: Money?
    var after: Money?

    init(before: Money?, after: Money?) {
      self.before = before
      self.after = after
    }

    /// `after − before`, an absent side counting as zero.
    var delta: Money { (after ?? .zero) - (before ?? .zero) }

    /// Whether the change exceeds `tolerance`, or the amount exists on one side only.
    func exceeds(_ tolerance: Money) -> Bool {
      (before == nil) != (after == nil) || delta.minorUnits.magnitude > tolerance.minorUnits.magnitude
    }
  }

  /// A component, or (`extra KIND`, no multipliers) pay outside the bonus.
  struct ComponentChange: Sendable, Equatable {
    var id: String
    var multiplierBefore: FixedDecimal?
    var multiplierAfter: FixedDecimal?
    var amount: Change

    init(id: String, multiplierBefore: FixedDecimal? = nil, multiplierAfter: FixedDecimal? = nil, amount: Change)
    {
      self.id = id
      self.multiplierBefore = multiplierBefore
      self.multiplierAfter = multiplierAfter
      self.amount = amount
    }
  }

  struct EngineerChange: Sendable, Equatable {
    var id: String
    var name: String?
    /// The team in the newer run (the older one's for a removed engineer).
    var team: String
    /// The team in the older run, nil for an added engineer: whose figures the old payout is in.
    var teamBefore: String? = nil
    var target: Change
    var multiplierBefore: FixedDecimal?
    var multiplierAfter: FixedDecimal?
    var payout: Change
    /// The components whose multiplier or amount moved, largest amount change first: what drove it.
    var drivers: [ComponentChange]
    /// Beyond tolerance, a moved multiplier, or present in one run only.
    var isDifferent: Bool

    var isAdded: Bool { payout.before == nil }
    var isRemoved: Bool { payout.after == nil }
  }

  struct TeamChange: Sendable, Equatable {
    var team: String
    var headcountBefore: Int?
    var headcountAfter: Int?
    var payout: Change
    var isDifferent: Bool
  }

  var currency: Currency
  var tolerance: Money
  /// Period or currency mismatches: either makes every amount incomparable, so each is a difference.
  var mismatches: [String]
  /// Plan name, version or digest changes: worth reading, but only moved money fails a check.
  var planChanges: [String]
  /// Every engineer of either run, largest absolute payout change first (ties by id).
  var engineers: [EngineerChange]
  /// Every team of either run, largest absolute change first (ties by name).
  var teams: [TeamChange]
  var total: Change
  /// Σ pay outside the bonus (premiums, retention tranches), which `total` leaves out.
  var extrasTotal: Change

  /// Whether anything differs beyond tolerance: what makes `check` exit 1.
  var hasDifferences: Bool {
    !mismatches.isEmpty || total.exceeds(tolerance) || extrasTotal.exceeds(tolerance)
      || engineers.contains(where: \.isDifferent) || teams.contains(where: \.isDifferent)
  }

  var differingEngineers: [EngineerChange] { engineers.filter(\.isDifferent) }
  var differingTeams: [TeamChange] { teams.filter(\.isDifferent) }

  /// - Parameters:
  ///   - before: the reference run (the golden file, plan A, dataset A).
  ///   - after: the run being judged (the fresh calculation, plan B, dataset B).
  ///   - tolerance: the largest difference in any one amount that still counts as equal; not negative.
  init(before: PayoutSnapshot, after: PayoutSnapshot, tolerance: Money = .zero) {
    currency = after.currency
    self.tolerance = tolerance
    mismatches = []
    if before.period != after.period { mismatches.append("period \(before.period) → \(after.period)") }
    if before.currency != after.currency {
      mismatches.append("currency \(before.currency.code) → \(after.currency.code)")
    }
    planChanges = []
    if before.planName != after.planName {
      planChanges.append("plan name \"\(before.planName)\" → \"\(after.planName)\"")
    }
    if before.planVersion != after.planVersion {
      planChanges.append("plan version \(before.planVersion) → \(after.planVersion)")
    }
    if before.planSHA256 != after.planSHA256 {
      planChanges.append("plan sha256 \(before.planSHA256.prefix(12))… → \(after.planSHA256.prefix(12))…")
    }

    // Engineers and teams are paired by position, not copied into dictionaries: at 100,000 people each copy of
    // everyone's figures was tens of megabytes at the peak of `check`. The order they are paired in does not matter:
    // `largestFirst` orders by delta, then by key, and keys are unique.
    engineers = Self.largestFirst(
      Self.paired(before.engineers, after.engineers, key: \.id).map { old, new in
        Self.compare(old.map { before.engineers[$0] }, new.map { after.engineers[$0] }, tolerance: tolerance)
      }, delta: \.payout.delta, key: \.id)

    teams = Self.largestFirst(
      Self.paired(before.teams, after.teams, key: \.team).map { oldPosition, newPosition in
        let old = oldPosition.map { before.teams[$0] }
        let new = newPosition.map { after.teams[$0] }
        let payout = Change(before: old?.payout, after: new?.payout)
        return TeamChange(
          team: new?.team ?? old?.team ?? "", headcountBefore: old?.headcount, headcountAfter: new?.headcount,
          payout: payout, isDifferent: payout.exceeds(tolerance) || old?.headcount != new?.headcount)
      }, delta: \.payout.delta, key: \.team)
    total = Change(before: before.total, after: after.total)
    extrasTotal = Change(before: before.extrasTotal, after: after.extrasTotal)
  }

  private static func compare(
    _ old: PayoutSnapshot.EngineerFigures?, _ new: PayoutSnapshot.EngineerFigures?, tolerance: Money
  ) -> EngineerChange {
    let oldComponents = Dictionary((old?.components ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newComponents = Dictionary((new?.components ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let ids = unionInOrder((old?.components ?? []).map(\.id), (new?.components ?? []).map(\.id))
    var moved = ids.compactMap { id -> ComponentChange? in
      let change = ComponentChange(
        id: id, multiplierBefore: oldComponents[id]?.multiplier, multiplierAfter: newComponents[id]?.multiplier,
        amount: Change(before: oldComponents[id]?.amount, after: newComponents[id]?.amount))
      return change.multiplierBefore != change.multiplierAfter || change.amount.exceeds(tolerance) ? change : nil
    }
    // Pay outside the bonus is money too: each kind that moved is a driver of its own.
    let kinds = unionInOrder((old?.extras ?? [:]).keys.sorted(), (new?.extras ?? [:]).keys.sorted())
    moved += kinds.compactMap { kind -> ComponentChange? in
      let change = Change(before: old?.extras[kind], after: new?.extras[kind])
      return change.exceeds(tolerance) ? ComponentChange(id: "extra " + kind, amount: change) : nil
    }
    let target = Change(before: old?.target, after: new?.target)
    let payout = Change(before: old?.payout, after: new?.payout)
    let different =
      payout.exceeds(tolerance) || target.exceeds(tolerance) || old?.multiplier != new?.multiplier || !moved.isEmpty
    return EngineerChange(
      id: new?.id ?? old?.id ?? "", name: new?.name ?? old?.name, team: new?.team ?? old?.team ?? "",
      teamBefore: old?.team, target: target, multiplierBefore: old?.multiplier, multiplierAfter: new?.multiplier,
      payout: payout, drivers: largestFirst(moved, delta: \.amount.delta, key: \.id), isDifferent: different)
  }

  /// The positions of each key's first item in `first` and in `second`, nil on a side that lacks it: `first`'s keys
  /// in order, then those only in `second`.
  private static func paired<Item>(_ first: [Item], _ second: [Item], key: (Item) -> String) -> [(Int?, Int?)] {
    var inSecond = [String: Int](minimumCapacity: second.count)
    for (position, item) in second.enumerated() where inSecond[key(item)] == nil { inSecond[key(item)] = position }
    var pairs: [(Int?, Int?)] = []
    pairs.reserveCapacity(max(first.count, second.count))
    var paired = [Bool](repeating: false, count: second.count)
    var seen = Set<String>(minimumCapacity: first.count)
    for (position, item) in first.enumerated() where seen.insert(key(item)).inserted {
      let match = inSecond[key(item)]
      if let match { paired[match] = true }
      pairs.append((position, match))
    }
    for (position, item) in second.enumerated() where !paired[position] && inSecond[key(item)] == position {
      pairs.append((nil, position))
    }
    return pairs
  }

  /// The keys of `first`, then those only in `second`, each once.
  private static func unionInOrder(_ first: [String], _ second: [String]) -> [String] {
    var seen = Set<String>()
    return (first + second).filter { seen.insert($0).inserted }
  }

  /// Sorted by absolute delta, largest first; ties by key in UTF-8 order so output is stable.
  private static func largestFirst<T>(_ items: [T], delta: (T) -> Money, key: (T) -> String) -> [T] {
    items.sorted { a, b in
      let da = delta(a).minorUnits.magnitude
      let db = delta(b).minorUnits.magnitude
      return da != db ? da > db : key(a).precedesInByteOrder(key(b))
    }
  }
}
