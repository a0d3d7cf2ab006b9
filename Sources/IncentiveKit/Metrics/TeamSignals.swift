/// What the team signal files give a run: each team's tallies, which become its metrics, and what the cost and
/// survey checks name, gathered in the same read so that neither check reads its file a second time (at 100,000
/// engineers the second reads were 0.67 G instructions on the thread that works out the warnings while people are
/// paid).
struct TeamSignals: Sendable {
  /// By roster team: a row under a team alias counts toward its team.
  var tallies: [String: TeamSignalTally] = [:]
  /// Every team's cost months of the period, by the team as `costs.csv` writes it.
  var costMonths = CostCoverage.Months()
  /// The survey rows of the period on another scale or without responses.
  var surveyRows = SurveyScale.Rows()
}
