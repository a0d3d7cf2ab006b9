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

  /// The first row of each team and score on another scale, and of each team and period without responses,
  /// gathered while the team signal files are read (`TeamSignalReader`), so the check needs no second read of the
  /// file (175 M instructions at 100,000 engineers' 37,000 survey rows).
  struct Rows: Sendable {
    struct Named: Sendable {
      /// The team and score, or team and period, it is named for.
      var key: String
      var survey: SurveyResult
      /// On another scale; else without responses.
      var rescaled: Bool
    }

    /// By team and score, or team and period: each is named once.
    private(set) var named: [String: Named] = [:]

    /// Looks at a row of the period.
    mutating func add(_ survey: SurveyResult) {
      let key: String
      let rescaled = survey.healthScore <= suspiciousAtMost
      if rescaled {
        key = "scale\u{0}" + survey.team + "\u{0}" + survey.healthScore.description
      } else if survey.responses == 0 {
        key = "unweighed\u{0}" + survey.team + "\u{0}\(survey.period)"
      } else {
        return
      }
      if named[key] == nil { named[key] = Named(key: key, survey: survey, rescaled: rescaled) }
    }
  }

  /// Each team and score on another scale, and each team and period without responses, at its first line, in line
  /// order. Only for a plan that reads the surveys (`team_health`, `org_team_health`): the caller asks.
  ///
  /// - Parameter file: the path of `surveys.csv`, for the findings.
  static func findings(_ rows: Rows, file: String) -> [DataFinding] {
    rows.named.values.sorted { $0.key.precedes(atLine: $0.survey.line, $1.key, atLine: $1.survey.line) }.map { named in
      let survey = named.survey
      return named.rescaled
        ? .healthScoreScale(file: file, line: survey.line, team: survey.team, value: survey.healthScore)
        : .surveyWithoutResponses(
          file: file, line: survey.line, team: survey.team, period: survey.period.description,
          value: survey.healthScore)
    }
  }
}
