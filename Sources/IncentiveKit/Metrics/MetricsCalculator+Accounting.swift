/// The end of every calculation's row accounting, whichever path read the events: the files that only describe
/// people (every row counts), values checked against the roster, and the mistakes that refuse the run.
extension MetricsCalculator {
  /// Roster, assignments, adjustments, identities and exchange rates: small files whose every row counts (their own
  /// checks are the roster's, the aliases' and the engine's), empty spreadsheet rows included, but for an adjustment
  /// of another period, which the engine skips and which is therefore left out. The roster's two files were counted
  /// as the roster was read; only a roster made some other way (tests) has them read again here.
  func accountRosterFiles(_ dataset: Dataset, into inputs: inout InputAccounting) throws(InputError) {
    if let files = roster.files {
      for file in files.files { inputs.add(file) }
    } else {
      try dataset.account(Engineer.self, into: &inputs) { (_: Engineer) throws(InputError) -> RowFate in .counted() }
      try dataset.account(Assignment.self, into: &inputs) { (_: Assignment) throws(InputError) -> RowFate in .counted()
      }
    }
    try dataset.account(Adjustment.self, into: &inputs) { (adjustment: Adjustment) throws(InputError) -> RowFate in
      // The engine's own test (`PayoutEngine.checkedAdjustments`): an adjustment scoped to a period not overlapping
      // this one does not apply.
      if let scope = adjustment.period, !scope.overlaps(period) { return .leftOut(.outsidePeriod) }
      return .counted()
    }
    try dataset.account(Identity.self, into: &inputs) { (_: Identity) throws(InputError) -> RowFate in .counted() }
    try dataset.account(ExchangeRate.self, into: &inputs) { (_: ExchangeRate) throws(InputError) -> RowFate in
      .counted()
    }
  }

  /// The files read so far with the values the roster lacks moved to "not on the roster" (`settled`), on a thread
  /// of their own; with the roster's names, to settle the files read after them.
  func settlingInBackground(_ inputs: InputAccounting) -> BackgroundWork<SettledInputs, Never> {
    let (roster, aliases) = (roster, aliases)
    return BackgroundWork { () -> SettledInputs in
      let names = RosterNames(roster, aliases: aliases)
      var settled = inputs
      settled.settle(names)
      return (settled, names)
    }
  }

  typealias SettledInputs = (inputs: InputAccounting, names: RosterNames)

  /// Every file's accounting, the values the roster lacks moved to "not on the roster": `early`'s, settled already,
  /// then `later`'s files.
  ///
  /// - Throws: `InputError.nearMatch` (gathered per file) for a value that resembles a roster value, and
  ///   `InputError.noProductionDeployments` for a deployments file none of whose rows is production; the first
  ///   file in reading order with either throws.
  func settled(_ early: SettledInputs, adding later: InputAccounting) throws(InputError) -> InputAccounting {
    var (inputs, names) = early
    var later = later
    later.settle(names)
    for file in later.files { inputs.add(file) }
    for file in inputs.files {
      try Self.rejectNearMatches(file, &names)
      try rejectNoProduction(file)
    }
    return inputs
  }

  /// Values of the roster column the roster lacks but resembles, and team cells of cross-team reviews likewise
  /// (`Search` beside the roster's `search` would make a review cross-team): one error each, in line order.
  private static func rejectNearMatches(_ file: FileAccounting, _ names: inout RosterNames) throws(InputError) {
    var found: [(line: Int, column: Int, header: String, value: String, match: String, isTeam: Bool)] = []
    if let column = file.rosterColumn {
      for (value, sample) in file.notOnRoster {
        guard let match = names.resemblance(of: value, column.kind) else { continue }
        found.append(
          (sample.firstLine ?? 0, file.rosterColumnNumber, column.header, value, match, column.kind == .team))
      }
    }
    for (cell, sample) in file.crossTeamCells {
      // A review's author_id, asked of the roster for the author's team, is an engineer id; the other cells are teams.
      let kind: RosterColumn.Kind = cell.header == Review.Column.authorID.column.name ? .engineer : .team
      guard !names.contains(cell.value, kind), names.aliases.target(of: cell.value, kind) == nil,
        let match = names.resemblance(of: cell.value, kind)
      else { continue }
      let column = file.teamColumnNumbers[cell.header] ?? 0
      found.append((sample.firstLine ?? 0, column, cell.header, cell.value, match, kind == .team))
    }
    var errors = RowErrors(file: file.file, limit: RowErrors.datasetLimit)
    for near in found.sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
      try errors.add(
        .nearMatch(
          file: file.file, line: near.line, column: near.column, header: near.header, value: near.value,
          rosterValue: near.match, isTeam: near.isTeam))
    }
    try errors.finish()
  }

  private func rejectNoProduction(_ file: FileAccounting) throws(InputError) {
    guard let left = file.leftOut[.notProduction], left.rows > 0,
      left.rows == file.rowsRead - (file.leftOut[.emptyRow]?.rows ?? 0)
    else { return }
    throw .noProductionDeployments(
      file: file.file, environments: file.environments, accepted: options.productionEnvironments)
  }
}
