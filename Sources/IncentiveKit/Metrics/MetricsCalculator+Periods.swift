/// Several periods' metrics from one pass over the event files: each event record is read once
/// and counted by every period's calculator that wants it, so a year of quarters costs one read
/// of a large export, not four.
extension MetricsCalculator {
  /// The metrics of `dataset` for each calculator's period, in order.
  ///
  /// The calculators must differ only in their period. Event files (incidents, deployments,
  /// reviews, on-call shifts) are read once, whole-file path; the small files (coverage, costs,
  /// surveys, mentorship, metrics.csv) are read per period, as a single calculation reads them.
  /// A tool's DORA definition needs each team's events kept whole, so it is computed per period.
  ///
  /// - Throws: `InputError` naming file, line and column of the first bad cell.
  static func compute(_ dataset: Dataset, periods calculators: [MetricsCalculator]) throws(InputError)
    -> [ComputedMetrics]
  {
    guard let first = calculators.first else { return [] }
    if first.options.doraDefinition != .spec || first.rewrite != nil {
      var results: [ComputedMetrics] = []
      for calculator in calculators { results.append(try calculator.computeWholeFiles(dataset)) }
      return results
    }
    let count = calculators.count
    // One accounting for the shared pass: every row's team or person is checked against the roster
    // (a near match refuses the run, as it does `calculate`), whichever periods count the row.
    var shared = InputAccounting()
    var delivery = [[String: DeliveryTally]](repeating: [:], count: count)
    var causing = [Set<String>](repeating: [], count: count)
    try dataset.account(Incident.self, rosterColumn: .team(), into: &shared) {
      (incident: Incident) throws(InputError) -> RowFate in
      for index in 0..<count {
        calculators[index].tally(incident, causing: &causing[index], delivery: &delivery[index])
      }
      return .counted(rosterValue: incident.team)
    }
    try dataset.account(Deployment.self, rosterColumn: .team(), into: &shared) {
      (deployment: Deployment) throws(InputError) -> RowFate in
      for index in 0..<count where calculators[index].counts(deployment) {
        calculators[index].tally(deployment, causing: causing[index], delivery: &delivery[index])
      }
      return .counted(rosterValue: deployment.team)
    }
    var reviews = [[String: ReviewTally]](repeating: [:], count: count)
    try dataset.account(Review.self, rosterColumn: .engineer("reviewer_id"), into: &shared) {
      (review: Review) throws(InputError) -> RowFate in
      for index in 0..<count where calculators[index].counts(reviewAt: review.submittedAt) {
        calculators[index].tally(review, reviews: &reviews[index])
      }
      return .counted(rosterValue: review.reviewerID, crossTeam: calculators.first?.crossTeamCells(of: review) ?? [])
    }
    var oncall = [[String: OncallTally]](repeating: [:], count: count)
    try dataset.account(OncallShift.self, rosterColumn: .engineer("engineer_id"), into: &shared) {
      (shift: OncallShift) throws(InputError) -> RowFate in
      for index in 0..<count { calculators[index].tally(shift, oncall: &oncall[index]) }
      return .counted(rosterValue: shift.engineerID)
    }
    var results: [ComputedMetrics] = []
    for index in 0..<count {
      let calculator = calculators[index]
      var inputs = shared
      let signals = try calculator.teamSignals(dataset, into: &inputs)
      results.append(
        try calculator.finish(
          dataset, delivery: delivery[index], signals: signals,
          reviews: PersonTable(reviews[index], people: calculator.roster.people),
          oncall: PersonTable(oncall[index], people: calculator.roster.people), inputs: inputs))
    }
    return results
  }
}
