/// The small-group rule for any view meant for a wider audience (SPEC section 8): a group of
/// fewer than `minimum` people is not shown, because an average over two or three people is
/// close to telling everyone their pay; and a total is withheld when it would give the
/// hidden groups away by subtraction.
///
/// The total rule: with no group hidden, the total is shown. With groups hidden, the total
/// minus the shown groups is the hidden groups' combined figure, so the total is shown only
/// when the hidden groups together hold at least `minimum` people (then that difference is
/// itself a figure over enough people). One hidden group is always fewer than `minimum`
/// people, so a single hidden group always withholds the total.
struct GroupSuppression<Group: Sendable>: Sendable {
  var minimum: Int
  /// Groups of at least `minimum` people, in input order.
  var shown: [Group]
  /// The other groups, in input order: a view may fold them into one row, whose figures it shows only when
  /// `totalIsShareable` (then they are over enough people).
  var hidden: [Group]
  /// How many groups were hidden.
  var suppressedCount: Int { hidden.count }
  /// Whether a grand total (and grand headcount) may be shown alongside `shown`: no group is hidden, or the hidden
  /// ones together may be shown.
  let totalIsShareable: Bool

  /// Groups of people that share nobody (teams, a demographic's values), sized by a count.
  ///
  /// - Parameters:
  ///   - groups: every group, in the order a report lists them.
  ///   - minimum: the plan's `min_group_size`.
  ///   - size: the number of people in a group.
  init(_ groups: [Group], minimum: Int, size: (Group) -> Int) {
    self.init(
      groups, minimum: minimum, isShown: { size($0) >= minimum },
      hiddenAreShareable: { $0.reduce(0) { $0 + size($1) } >= minimum })
  }

  /// Groups whose figures stand on more than one count (a team of a diff: its old pay, its new pay, its change),
  /// each group and the hidden ones together judged by the caller.
  ///
  /// - Parameters:
  ///   - isShown: whether a group's own figures may be shown.
  ///   - hiddenAreShareable: whether the hidden groups' figures together may be (then so may the total).
  init(
    _ groups: [Group], minimum: Int, isShown: (Group) -> Bool, hiddenAreShareable: ([Group]) -> Bool
  ) {
    self.minimum = minimum
    shown = groups.filter(isShown)
    hidden = groups.filter { !isShown($0) }
    totalIsShareable = hidden.isEmpty || hiddenAreShareable(hidden)
  }

  /// "2 teams with fewer than 5 people suppressed", or nil when none was.
  func notice(noun: String, plural: String) -> String? {
    guard suppressedCount > 0 else { return nil }
    return "\(suppressedCount) \(suppressedCount == 1 ? noun : plural) with fewer than \(minimum) people suppressed"
  }

  /// Why the total is missing, or nil when it is shown.
  var totalWithheldReason: String? {
    guard !totalIsShareable else { return nil }
    return "total withheld: with the shown groups it would reveal the suppressed "
      + (suppressedCount == 1 ? "group" : "groups, which together have fewer than \(minimum) people")
  }
}
