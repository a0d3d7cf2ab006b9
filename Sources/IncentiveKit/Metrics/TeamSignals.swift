/// What the team signal files give a run: each team's tallies, which become its metrics, and what the cost and
/// survey checks find, worked out in the same read so that neither check reads its file a second time (at 100,000
/// engineers the second reads were 0.67 G instructions on the thread that works out the warnings while people are
/// paid). The findings are made as the read ends, so the months and rows they come from are not held through paying
/// (12,000 teams' cost months were 6.5 MB of the peak at 100,000 engineers).
struct TeamSignals: Sendable {
  /// By roster team: a row under a team alias counts toward its team.
  var tallies: [String: TeamSignalTally] = [:]
  /// `CostCoverage`'s findings: teams missing months, months off their budget. Said only for a plan that reads
  /// `cost_vs_budget`, which the caller knows.
  var costFindings: [DataFinding] = []
  /// `SurveyScale`'s findings: scores on another scale, surveys without responses. Said only for a plan that reads
  /// the surveys.
  var surveyFindings: [DataFinding] = []
}
