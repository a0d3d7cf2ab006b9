/// Survey rows of the period whose `health_score` is 10 or less. The column is 0–100, and a survey tool scoring
/// 1–5, 0–10 or 0–1 exports values that parse and pay: team_health then reads as a team in collapse and its
/// component pays nothing (acme's platform at 0.81 or 8.1 instead of 81 took E01 from 16,305.34 to 9,394.51). A real
/// score that low is as unlikely, so each is named, once per team and value, at its first line.
enum SurveyScale {
  /// The highest score named.
  static let suspiciousAtMost = FixedDecimal(10)

  static func findings(_ dataset: Dataset, plan: Plan, period: Period) throws(InputError) -> [DataFinding] {
    // Only a plan that reads the surveys pays by them.
    guard !plan.metricsRead.isDisjoint(with: [.teamHealth, .orgTeamHealth]) else { return [] }
    let scores = try dataset.groups(SurveyResult.self) { (survey: SurveyResult) -> (key: String, value: SurveyResult)? in
      guard survey.period.overlaps(period), survey.healthScore <= suspiciousAtMost else { return nil }
      return (survey.team + "\u{0}" + survey.healthScore.description, survey)
    }
    guard let (file, groups) = scores else { return [] }
    return groups.map {
      .healthScoreScale(file: file, line: $0.rows.firstLine ?? 0, team: $0.value.team, value: $0.value.healthScore)
    }
  }
}
