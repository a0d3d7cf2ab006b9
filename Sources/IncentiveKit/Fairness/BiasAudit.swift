/// A disparity audit of payout outcomes across the groups of one attribute (or across
/// managers), in the terms HR and employment law use: per group the headcount, mean and
/// median multiplier, the share of people paid at least target, the adverse impact ratio
/// against the most favoured group with the four-fifths rule, and a permutation-test
/// p-value for the gap in mean multiplier. docs/privacy-and-fairness.md explains each in
/// plain words.
///
/// Everything except the permutation draw is exact arithmetic on the report's multipliers:
/// means, medians, shares and ratios are fractions, rounded only for display, so the
/// four-fifths flag never flips on a floating-point edge.
struct BiasAudit: Sendable {
  /// What the groups are.
  enum Grouping: Sendable, Equatable {
    /// A demographics.csv column; values are payout multipliers.
    case attribute(String)
    /// The roster's manager_id; values are each person's individual-scope component
    /// multipliers, weighted (calibration: does one manager rate their people lower?).
    case manager
  }

  /// One person in the audit.
  struct Subject: Sendable {
    /// The person's group; nil when not recorded (then they are left out).
    var group: String?
    var value: FixedDecimal

    init(group: String?, value: FixedDecimal) {
      self.group = group
      self.value = value
    }
  }

  struct GroupResult: Sendable {
    var name: String
    var headcount: Int
    var mean: Ratio
    var median: Ratio
    /// People whose value is at least 1 (paid at least target).
    var atTargetCount: Int
    var atTargetShare: Ratio { Ratio(Int128(atTargetCount), Int128(headcount)) }
    /// This group's at-target share over the most favoured group's; nil when no shown group
    /// has anyone at target (the ratio is undefined).
    var impactRatio: Ratio?
    /// The four-fifths rule: impact ratio below 4/5.
    var belowFourFifths: Bool { impactRatio.map { $0 < BiasAudit.fourFifths } ?? false }
    /// This group against all other shown groups; nil when it is the only one. Its `gap` is
    /// in units of the values' common scale; `gap` below is in multiplier units.
    var test: PermutationTest?
    /// Mean of this group minus mean of all other shown groups; nil when it is the only one.
    var gap: Ratio?
  }

  var grouping: Grouping
  var minGroupSize: Int
  var permutations: Int
  var seed: UInt64
  /// Shown groups, by name.
  var groups: [GroupResult]
  /// The shown group with the highest at-target share (first by name on a tie).
  var mostFavoured: String?
  /// Groups under `minGroupSize`, and those hidden with them (`complementary`): not shown and left out of every
  /// comparison.
  var suppression: GroupSuppression<String>
  /// Groups of at least `minGroupSize` hidden as well, the smallest first, so that the people left out (hidden
  /// groups and people without a group) are none or at least `minGroupSize`: they are everyone minus the groups
  /// shown, which an audit of the same people by another attribute shows in full, so fewer would be given away by
  /// subtraction (one person's multiplier was a site audit's sum minus a gender audit's). Not for `--by-manager`,
  /// whose measure no other audit gives.
  var complementary = 0
  /// People without a group (no demographics row, an empty cell, no manager).
  var notRecorded: Int
  /// The plan and period audited, for headings (nil when built from bare subjects).
  var plan: PayoutReport.PlanIdentity?
  var period: Period?

  /// The four-fifths threshold, exact.
  static let fourFifths = Ratio(4, 5)

  /// - Parameters:
  ///   - subjects: everyone paid in the period with their group and value.
  ///   - permutations: rounds per permutation test (at least 1).
  ///   - seed: seeds every group's test, so the audit is reproducible.
  init(subjects: [Subject], grouping: Grouping, minGroupSize: Int, permutations: Int, seed: UInt64) {
    self.grouping = grouping
    self.minGroupSize = minGroupSize
    self.permutations = permutations
    self.seed = seed
    var members: [String: [FixedDecimal]] = [:]
    for subject in subjects {
      if let group = subject.group { members[group, default: []].append(subject.value) }
    }
    notRecorded = subjects.filter { $0.group == nil }.count
    let names = members.keys.sortedInByteOrder()
    func size(_ name: String) -> Int { members[name]!.count }
    var leftOut = notRecorded + names.filter { size($0) < minGroupSize }.reduce(0) { $0 + size($1) }
    var hiddenToo: Set<String> = []
    // Only audits of payout multipliers by an attribute add up across attributes; --by-manager measures something
    // no other audit does.
    if grouping != .manager {
      let smallestFirst = names.filter { size($0) >= minGroupSize }.sorted { a, b in
        size(a) != size(b) ? size(a) < size(b) : a.precedesInByteOrder(b)
      }
      for name in smallestFirst where leftOut > 0 && leftOut < minGroupSize {
        hiddenToo.insert(name)
        leftOut += size(name)
      }
    }
    complementary = hiddenToo.count
    suppression = GroupSuppression(names, minimum: minGroupSize) { hiddenToo.contains($0) ? 0 : size($0) }
    let shown = suppression.shown
    let scale = shown.flatMap { members[$0]! }.map(\.scale).max() ?? 0
    let units = Dictionary(
      uniqueKeysWithValues: shown.map { ($0, members[$0]!.map { $0.units(atScale: scale) }.sorted()) })
    let one = pow10(scale)

    // One pool for every group's test: each group against all the others without a copy per group.
    var pool = PermutationPool(groups: shown.map { units[$0]! })
    var results: [GroupResult] = shown.indices.map { index -> GroupResult in
      let name = shown[index]
      let values = units[name]!
      let count = Int128(values.count)
      let middle = values.count / 2
      let median =
        values.count % 2 == 1
        ? Ratio(values[middle], one) : Ratio(values[middle - 1] + values[middle], 2 * one)
      let test = pool.test(group: index, permutations: permutations, seed: seed)
      return GroupResult(
        name: name, headcount: values.count, mean: Ratio(values.reduce(0, +), count * one), median: median,
        atTargetCount: values.filter { $0 >= one }.count, impactRatio: nil, test: test,
        gap: test.map { Ratio($0.gap.numerator, $0.gap.denominator * one) })
    }
    var best: GroupResult?
    for result in results where best.map({ $0.atTargetShare < result.atTargetShare }) ?? true { best = result }
    mostFavoured = best?.name
    if let best, best.atTargetCount > 0 {
      for index in results.indices {
        let ratio = Ratio(
          Int128(results[index].atTargetCount) * Int128(best.headcount),
          Int128(results[index].headcount) * Int128(best.atTargetCount))
        results[index].impactRatio = ratio
      }
    }
    groups = results
  }

  /// What the values are, for headings.
  var measure: String {
    switch grouping {
    case .attribute: return "payout multiplier"
    case .manager: return "individual-component multiplier"
    }
  }

  /// The column or key the groups come from.
  var groupLabel: String {
    switch grouping {
    case .attribute(let name): return name
    case .manager: return "manager_id"
    }
  }
}
