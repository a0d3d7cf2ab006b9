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
  /// People in the hidden groups (used only to decide about the total; never printed).
  let suppressedPeople: Int

  /// - Parameters:
  ///   - groups: every group, in the order a report lists them.
  ///   - minimum: the plan's `min_group_size`.
  ///   - size: the number of people in a group.
  ///   - hiddenPeople: the people in the hidden groups together, for groups one person can belong to several of
  ///     (the components of one track): their sizes added up would count a director paid on five components as
  ///     five people. By default the sizes' sum, for groups that share nobody (teams).
  init(_ groups: [Group], minimum: Int, size: (Group) -> Int, hiddenPeople: (([Group]) -> Int)? = nil) {
    self.minimum = minimum
    shown = groups.filter { size($0) >= minimum }
    hidden = groups.filter { size($0) < minimum }
    suppressedPeople = hiddenPeople?(hidden) ?? hidden.reduce(0) { $0 + size($1) }
  }

  /// Whether a grand total (and grand headcount) may be shown alongside `shown`.
  var totalIsShareable: Bool { suppressedCount == 0 || suppressedPeople >= minimum }

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
