/// Where every row of one input file went: counted toward a metric, or left out for a `LeftOutReason`. Rows that
/// are errors stop the run, so for a run that pays, `counted + Σ leftOut = rowsRead`.
struct FileAccounting: Sendable, Equatable {
  /// The file as messages name it (the path the user gave).
  var file: String
  /// The column whose value must be on the roster (`team`, `reviewer_id`); nil when none is checked.
  var rosterColumn: RosterColumn?
  /// The 1-based field number of `rosterColumn` in the file (0 until a row is read).
  var rosterColumnNumber = 0
  /// Counted rows by the value of `rosterColumn` ("" when there is none), with the value's first line only, until
  /// `settle` moves the values the roster lacks to `notOnRoster`. (The streamed reader keeps a counted row's line
  /// only for a value's first row: a line per row would cost the hot path.) The streamed files' people are laid out
  /// by roster position (`PersonTable`), so settling and merging them hashes no id.
  var countedByValue = PersonTable<RowSample>()
  var leftOut: [LeftOutReason: RowSample] = [:]
  /// Rows of each environment that is not a production one (deployments).
  var environments: [String: Int] = [:]
  /// Rows of each value of `rosterColumn` that the roster lacks.
  var notOnRoster: [String: RowSample] = [:]
  /// Counted rows of each value of `rosterColumn` that is an alias (`team_aliases`, `identities.csv`), with the
  /// roster value they count toward.
  var mapped: [String: MappedAlias] = [:]
  /// Lines kept per counted value: the first only, unless a reader wants each value's rows (repeated ids).
  var countedLineLimit = 1
  /// The team cells of counted cross-team reviews, by column and value (see `TeamCell`).
  var crossTeamCells: [TeamCell: RowSample] = [:]
  /// The 1-based field number of each `TeamCell` column met, by header.
  var teamColumnNumbers: [String: Int] = [:]

  init(file: String, rosterColumn: RosterColumn? = nil) {
    self.file = file
    self.rosterColumn = rosterColumn
  }

  /// The file name without its folder (`deployments.csv`), as the JSON output names it whatever path was given.
  var name: String { file.split(separator: "/").last.map(String.init) ?? file }

  var counted: Int { countedByValue.values.reduce(0) { $0 + $1.rows } }
  var leftOutRows: Int { leftOut.values.reduce(0) { $0 + $1.rows } }
  var rowsRead: Int { counted + leftOutRows }

  /// One row counted toward a metric; `value` is its roster column's value.
  mutating func count(_ value: String = "", line: Int) {
    countedByValue[value, default: RowSample()].add(line: line, limit: countedLineLimit)
  }

  mutating func leaveOut(_ reason: LeftOutReason, line: Int) {
    leftOut[reason, default: RowSample()].add(line: line)
  }

  /// A deployment left out for its environment, counted per value.
  mutating func leaveOut(environment: String, line: Int) {
    leaveOut(.notProduction, line: line)
    environments[environment, default: 0] += 1
  }

  /// Moves the counted rows whose value the roster lacks to `notOnRoster` and the `.notOnRoster` reason; an alias's
  /// rows stay counted and are listed in `mapped`.
  mutating func settle(_ names: RosterNames) {
    guard let rosterColumn else { return }
    func settle(_ value: String, _ sample: RowSample) {
      guard !value.isEmpty, !names.contains(value, rosterColumn.kind) else { return }
      if let target = names.aliases.target(of: value, rosterColumn.kind) {
        mapped[value] = MappedAlias(target: target, sample: sample)
        return
      }
      countedByValue[value] = nil
      notOnRoster[value, default: RowSample()].merge(sample)
      leftOut[.notOnRoster, default: RowSample()].merge(sample)
    }
    // A value counted at a position of the roster's own index is on the roster: only the others are asked about.
    if rosterColumn.kind == .engineer && countedByValue.people.isSame(as: names.people) {
      for (value, sample) in countedByValue.others { settle(value, sample) }
    } else {
      for (value, sample) in countedByValue { settle(value, sample) }
    }
  }

  /// The values rows were counted for, apart from the rest of the accounting: what a question asked once per team
  /// holds (`TeamCoverage`), where a copy of the whole accounting retained a dozen tables per question.
  var countedValues: CountedValues { CountedValues(counted: countedByValue, mapped: mapped) }

  /// The counted rows by value and the aliases counted toward a roster value.
  struct CountedValues: Sendable {
    let counted: PersonTable<RowSample>
    let mapped: [String: MappedAlias]

    /// Whether rows were counted for `value`, written as it is or under an alias of it.
    func contains(_ value: String) -> Bool {
      counted[value] != nil || mapped.values.contains { $0.target == value }
    }
  }

  /// `other`'s rows (another thread's, or the rows its record decoders read) added to these.
  mutating func merge(_ other: FileAccounting) {
    rosterColumnNumber = max(rosterColumnNumber, other.rosterColumnNumber)
    let limit = countedLineLimit
    countedByValue.layOutIfEmpty(by: other.countedByValue.people)
    countedByValue.merge(other.countedByValue, default: RowSample()) { $0.merge($1, limit: limit) }
    for (reason, sample) in other.leftOut { leftOut[reason, default: RowSample()].merge(sample) }
    for (environment, rows) in other.environments { environments[environment, default: 0] += rows }
    for (value, sample) in other.notOnRoster { notOnRoster[value, default: RowSample()].merge(sample) }
    for (value, alias) in other.mapped {
      mapped[value, default: MappedAlias(target: alias.target, sample: RowSample())].sample.merge(alias.sample)
    }
    for (cell, sample) in other.crossTeamCells { crossTeamCells[cell, default: RowSample()].merge(sample) }
    teamColumnNumbers.merge(other.teamColumnNumbers) { max($0, $1) }
  }
}

/// The counted rows written under an alias, and the roster value they count toward.
struct MappedAlias: Sendable, Equatable {
  var target: String
  var sample: RowSample
}

/// A column whose values name a roster entry: a team or an engineer id.
struct RosterColumn: Sendable, Equatable {
  enum Kind: Sendable { case team, engineer }
  /// The header, for messages.
  var header: String
  var kind: Kind

  static func team(_ header: String = "team") -> RosterColumn { RosterColumn(header: header, kind: .team) }
  static func engineer(_ header: String) -> RosterColumn { RosterColumn(header: header, kind: .engineer) }
}
