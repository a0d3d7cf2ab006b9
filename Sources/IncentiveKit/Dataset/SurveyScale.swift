/// Survey rows of the period whose `health_score` is 10 or less. The column is 0–100, and a survey tool scoring
/// 1–5, 0–10 or 0–1 exports values that parse and pay: team_health then reads as a team in collapse and its
/// component pays nothing (acme's platform at 0.81 or 8.1 instead of 81 took E01 from 16,305.34 to 9,394.51). A real
/// score that low is as unlikely, so each is named, once per team and value, at its first line.
///
/// A row with 0 `responses` is named too: team_health weighs each score by its responses, so that score counts for
/// nothing (mobile's July survey written with 0 responses took E12 from 6,920.25 to 7,038.53 in the input audit),
/// where an empty cell would have counted it once.
enum SurveyScale {
  /// The highest score named.
  static let suspiciousAtMost = FixedDecimal(10)

  static func findings(_ dataset: Dataset, plan: Plan, period: Period) throws(InputError) -> [DataFinding] {
    // Only a plan that reads the surveys pays by them.
    guard !plan.metricsRead.isDisjoint(with: [.teamHealth, .orgTeamHealth]) else { return [] }
    // Named once per team and score on another scale, or per team and period without responses.
    let rows = try dataset.groups(SurveyResult.self) {
      (survey: SurveyResult) -> (key: String, value: (survey: SurveyResult, rescaled: Bool))? in
      guard survey.period.overlaps(period) else { return nil }
      if survey.healthScore <= suspiciousAtMost {
        return ("scale\u{0}" + survey.team + "\u{0}" + survey.healthScore.description, (survey, true))
      }
      if survey.responses == 0 { return ("unweighed\u{0}" + survey.team + "\u{0}\(survey.period)", (survey, false)) }
      return nil
    }
    guard let (file, groups) = rows else { return [] }
    return groups.map {
      let (line, survey) = ($0.rows.firstLine ?? 0, $0.value.survey)
      return $0.value.rescaled
        ? .healthScoreScale(file: file, line: line, team: survey.team, value: survey.healthScore)
        : .surveyWithoutResponses(
          file: file, line: line, team: survey.team, period: survey.period.description, value: survey.healthScore)
    }
  }
}
