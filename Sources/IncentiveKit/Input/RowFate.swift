/// Where one row of an input file went, as the code that reads it decides: the record decoder's caller says it,
/// `FileAccounting` counts it.
enum RowFate: Sendable, Equatable {
  /// Counted toward a metric; `rosterValue` is its team or engineer id when the file has a roster column, which
  /// `FileAccounting.settle` checks against the roster.
  case counted(rosterValue: String = "")
  case leftOut(LeftOutReason)
  /// A deployment to an environment that is not a production one, by its value.
  case notProduction(environment: String)
}

extension FileAccounting {
  mutating func record(_ fate: RowFate, line: Int) {
    switch fate {
    case .counted(let value): count(value, line: line)
    case .leftOut(let reason): leaveOut(reason, line: line)
    case .notProduction(let environment): leaveOut(environment: environment, line: line)
    }
  }
}
