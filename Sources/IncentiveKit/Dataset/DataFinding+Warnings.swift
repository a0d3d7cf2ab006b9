extension DataFinding {
  /// Findings of one kind a paying command prints before it counts the rest in one line.
  static let warningLimit = 20

  /// The lines a paying command prints on stderr: every finding, except that past `limit` findings of one kind
  /// about single teams or people the rest are counted in one line that points to `audit data`, which lists every
  /// one. A 100,000-person org with 12,000 teams had hundreds of "no counted row for team" lines, which hid the
  /// few that matter and the run's own messages.
  static func warnings(_ findings: [DataFinding], limit: Int = warningLimit) -> [String] {
    var lines: [String] = []
    var seen: [String: Int] = [:]
    // The kinds past the limit, in the order they passed it.
    var overflowing: [String] = []
    for finding in findings {
      if let kind = finding.repeatedKind {
        seen[kind, default: 0] += 1
        if seen[kind]! == limit + 1 { overflowing.append(kind) }
        if seen[kind]! > limit { continue }
      }
      lines.append("warning: \(shown: finding.message)\n")
    }
    for kind in overflowing {
      lines.append("warning: \(seen[kind]! - limit) more \(kind) not shown; `incentive audit data` lists every one\n")
    }
    return lines
  }

  /// What a finding that can repeat once per team or person is about, for the count of those not shown.
  private var repeatedKind: String? {
    switch self {
    case .teamWithoutRows: "teams paid on a component with no counted row"
    case .targetBonusFraction: "bonus targets under 1 %"
    case .targetBonusOverBase: "bonus targets over 100 %"
    case .salaryOutlier: "salaries far from their level's median"
    case .targetBonusOutlier: "bonus targets far from their level's median"
    case .managerIsIC: "managers whose role is ic"
    case .samePerson: "people on two rows"
    case .teamNamedTotal: "teams named total"
    case .repeatedID: "repeated ids"
    case .repeatedRow: "repeated rows"
    case .overlappingShifts: "overlapping on-call shifts"
    case .outsideEmployment: "people with events outside their employment"
    case .unmatchedCause: "incidents naming no deployment"
    case .exitWithoutReason: "leavers without an exit_reason"
    case .exitReasonWithoutEnd: "exit reasons without an end_date"
    case .healthScoreScale: "health scores of 10 or less"
    case .surveyWithoutResponses: "surveys with 0 responses"
    case .costMonthsMissing: "teams with cost months missing"
    case .costAgainstBudget: "cost months far from their budget"
    case .adjustmentApprovedBefore: "adjustments approved before the period with no period"
    case .adjustmentInPercent: "adjustment multipliers over 10"
    case .coverageZero: "teams with a coverage reading of 0"
    case .rollbacksWithoutCause: "teams with rollbacks without a failure_cause"
    case .substantiveUnknown: "reviews without substantive_comments"
    case .longRestores: "teams with incidents restored after over 90 days"
    case .exportedValueOffScale: "exported values off their curve's scale"
    case .menteeNotOnRoster: "mentees on no roster row"
    case .menteeNotEmployed: "promotions outside the mentee's employment"
    case .rowsLeftOut, .aliasesMapped, .strayFile, .unreadColumn, .paidColumnAbsent, .nothingInPeriod: nil
    }
  }
}
