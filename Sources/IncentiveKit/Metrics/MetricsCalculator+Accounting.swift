/// The end of every calculation's row accounting, whichever path read the events: the files that only describe
/// people (every row counts), values checked against the roster, and the mistakes that refuse the run.
extension MetricsCalculator {
  /// Roster, assignments and adjustments: small files whose every row counts (their own checks are the roster's
  /// and the engine's); read again here only to count them, empty spreadsheet rows included.
  func accountRosterFiles(_ dataset: Dataset, into inputs: inout InputAccounting) throws(InputError) {
    try dataset.account(Engineer.self, into: &inputs) { (_: Engineer) throws(InputError) -> RowFate in .counted() }
    try dataset.account(Assignment.self, into: &inputs) { (_: Assignment) throws(InputError) -> RowFate in .counted() }
    try dataset.account(Adjustment.self, into: &inputs) { (_: Adjustment) throws(InputError) -> RowFate in .counted() }
  }

  /// `inputs` with the values the roster lacks moved to "not on the roster".
  ///
  /// - Throws: `InputError.nearMatch` (gathered per file) for a value that resembles a roster value, and
  ///   `InputError.noProductionDeployments` for a deployments file none of whose rows is production.
  func settled(_ inputs: InputAccounting) throws(InputError) -> InputAccounting {
    var inputs = inputs
    var names = RosterNames(roster, aliases: aliases)
    inputs.settle(names)
    for file in inputs.files {
      try Self.rejectNearMatches(file, &names)
      try rejectNoProduction(file)
    }
    return inputs
  }

  private static func rejectNearMatches(_ file: FileAccounting, _ names: inout RosterNames) throws(InputError) {
    guard let column = file.rosterColumn else { return }
    var errors = RowErrors(file: file.file, limit: RowErrors.datasetLimit)
    for (value, sample) in file.notOnRoster.sorted(by: { $0.value.firstLines.first ?? 0 < $1.value.firstLines.first ?? 0 }) {
      guard let match = names.resemblance(of: value, column.kind) else { continue }
      try errors.add(
        .nearMatch(
          file: file.file, line: sample.firstLines.first ?? 0, column: file.rosterColumnNumber,
          header: column.header, value: value, rosterValue: match, isTeam: column.kind == .team))
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
