/// Tallies keyed by a roster value (a team or an engineer id): a dictionary, or the roster-laid-out `PersonTable`.
/// What `RosterAliases.resolved` folds an alias's tallies into its roster value's in, whichever the table.
protocol TallyTable: Sequence where Element == (key: String, value: Tally) {
  associatedtype Tally
  subscript(_ key: String) -> Tally? { get set }
  /// A table with nothing in it, laid out as this one is.
  func emptied() -> Self
}

extension Dictionary: TallyTable where Key == String {
  typealias Tally = Value
  func emptied() -> [String: Value] { [:] }
}

extension PersonTable: TallyTable {
  typealias Tally = Value
  func emptied() -> PersonTable { PersonTable(people: people) }
}
