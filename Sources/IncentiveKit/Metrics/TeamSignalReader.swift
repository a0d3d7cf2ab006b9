/// Reads the team signal files (coverage, costs, surveys) into per-team tallies: the small files read whole and in
/// order, because the first and last coverage readings depend on row order.
///
/// Needs only the period, the metric options and the plan's team aliases, not the roster, so a run can start it on
/// a thread of its own before its roster is read (`PayoutRun`): at 100,000 people these files hold about 260,000
/// rows, and the roster's read leaves a core idle for as long as they take.
struct TeamSignalReader: Sendable, Equatable {
  let period: Period
  let options: MetricOptions
  /// The plan's `team_aliases`: a row under an alias counts toward its roster team.
  let teamAliases: [String: String]

  /// Each team's signals and the accounting of the files they came from.
  typealias Signals = (signals: TeamSignals, inputs: InputAccounting)

  /// Coverage, cost and survey rows of the period, per team, their rows accounted into `inputs`.
  func read(_ dataset: Dataset, into inputs: inout InputAccounting) throws(InputError) -> TeamSignals {
    var signals = TeamSignals()
    var costMonths = CostCoverage.Months()
    var surveyRows = SurveyScale.Rows()
    // Taken out of `self` once, for the row closures.
    let (period, aliases) = (period, teamAliases)
    // The roster team a row's team counts toward (`RosterAliases.team`, from the plan's aliases alone).
    func team(_ name: String) -> String { aliases[name] ?? name }
    // The coverage metric's blackouts (`MetricOptions.isBlackedOut`), picked once: the options, captured for the
    // question, were copied for each of 200,000 rows (28 M instructions), and the metric's name with them before.
    let blackouts = options.blackouts.filter { $0.metrics.contains(.coverageDelta) }
    // A team's readings, listed together, go to one tally held here, stored back when the team changes: the rows are
    // added in file order as before (the first and last readings depend on it), with a hash of the team per run of
    // rows instead of per row. Stored back inline, not by a local function: what a local function captures is
    // checked for exclusive access at run time wherever the row closures reach it, twice a row.
    var reading: (team: String, tally: TeamSignalTally)?
    try dataset.account(CoverageSample.self, rosterColumn: .team(), into: &inputs) {
      (sample: CoverageSample) throws(InputError) -> RowFate in
      guard period.contains(sample.date) else { return .leftOut(.outsidePeriod) }
      if !blackouts.isEmpty,
        blackouts.contains(where: { $0.window.contains(milliseconds: sample.date.startMilliseconds) })
      {
        return .leftOut(.blackout)
      }
      let rosterTeam = team(sample.team)
      if reading?.team != rosterTeam {
        if let reading { signals.tallies[reading.team] = reading.tally }
        reading = (rosterTeam, signals.tallies[rosterTeam] ?? TeamSignalTally())
      }
      reading!.tally.add(sample)
      return .counted(rosterValue: sample.team)
    }
    if let reading { signals.tallies[reading.team] = reading.tally }
    let costFile = try dataset.account(CostEntry.self, rosterColumn: .team(), into: &inputs) {
      (cost: CostEntry) throws(InputError) -> RowFate in
      guard cost.month.overlaps(period) else { return .leftOut(.outsidePeriod) }
      signals.tallies[team(cost.team), default: TeamSignalTally()].add(cost)
      costMonths.add(cost)
      return .counted(rosterValue: cost.team)
    }
    let surveyFile = try dataset.account(SurveyResult.self, rosterColumn: .team(), into: &inputs) {
      (survey: SurveyResult) throws(InputError) -> RowFate in
      guard survey.period.overlaps(period) else { return .leftOut(.outsidePeriod) }
      signals.tallies[team(survey.team), default: TeamSignalTally()].add(survey)
      surveyRows.add(survey)
      return .counted(rosterValue: survey.team)
    }
    if let costFile { signals.costFindings = CostCoverage.findings(costMonths, file: costFile) }
    if let surveyFile { signals.surveyFindings = SurveyScale.findings(surveyRows, file: surveyFile) }
    return signals
  }

  /// A read started on a thread of its own, with the reader that started it.
  struct BackgroundRead: Sendable {
    let reader: TeamSignalReader
    let work: BackgroundWork<Signals, InputError>
  }

  /// `read` on a thread of its own; its error is thrown where `signals(into:from:)` waits for it, where the same
  /// read would have thrown it on the calling thread. Read without a progress line, which would interleave with
  /// the others'.
  func inBackground(_ dataset: Dataset) -> BackgroundRead {
    var quiet = dataset
    quiet.progress = nil
    let reader = self
    return BackgroundRead(
      reader: self,
      work: BackgroundWork { [quiet] () throws(InputError) -> Signals in
        var inputs = InputAccounting()
        let signals = try reader.read(quiet, into: &inputs)
        return (signals, inputs)
      })
  }

  /// `started`'s signals once it has finished, its files' accounting added to `inputs`: what `read` gives, read
  /// earlier.
  static func signals(
    into inputs: inout InputAccounting, from started: BackgroundRead
  ) throws(InputError) -> TeamSignals {
    let read = try started.work.wait()
    for file in read.inputs.files { inputs.add(file) }
    return read.signals
  }
}
