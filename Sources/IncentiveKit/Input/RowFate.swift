/// Where one row of an input file went, as the code that reads it decides: the record decoder's caller says it,
/// `FileAccounting` counts it.
enum RowFate: Sendable, Equatable {
  /// Counted toward a metric; `rosterValue` is its team or engineer id when the file has a roster column, which
  /// `FileAccounting.settle` checks against the roster. `crossTeam` holds the team cells of a review counted as
  /// cross-team, checked against the roster too.
  case counted(rosterValue: String = "", crossTeam: [TeamCell] = [])
  case leftOut(LeftOutReason)
  /// A deployment to an environment that is not a production one, by its value.
  case notProduction(environment: String)
}

extension FileAccounting {
  mutating func record(_ fate: RowFate, line: Int) {
    switch fate {
    case .counted(let value, let cells):
      count(value, line: line)
      for cell in cells { crossTeamCells[cell, default: RowSample()].add(line: line) }
    case .leftOut(let reason): leaveOut(reason, line: line)
    case .notProduction(let environment): leaveOut(environment: environment, line: line)
    }
  }
}
