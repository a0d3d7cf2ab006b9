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
    var delivery = [[String: DeliveryTally]](repeating: [:], count: count)
    var causing = [Set<String>](repeating: [], count: count)
    try dataset.forEach(Incident.self) { (incident: Incident) throws(InputError) in
      for index in 0..<count {
        calculators[index].tally(incident, causing: &causing[index], delivery: &delivery[index])
      }
    }
    try dataset.forEach(Deployment.self) { (deployment: Deployment) throws(InputError) in
      for index in 0..<count where calculators[index].counts(deployment) {
        calculators[index].tally(deployment, causing: causing[index], delivery: &delivery[index])
      }
    }
    var reviews = [[String: ReviewTally]](repeating: [:], count: count)
    try dataset.forEach(Review.self) { (review: Review) throws(InputError) in
      for index in 0..<count where calculators[index].counts(reviewAt: review.submittedAt) {
        calculators[index].tally(review, reviews: &reviews[index])
      }
    }
    var oncall = [[String: OncallTally]](repeating: [:], count: count)
    try dataset.forEach(OncallShift.self) { (shift: OncallShift) throws(InputError) in
      for index in 0..<count { calculators[index].tally(shift, oncall: &oncall[index]) }
    }
    var results: [ComputedMetrics] = []
    for index in 0..<count {
      let calculator = calculators[index]
      results.append(
        try calculator.finish(
          dataset, delivery: delivery[index], signals: try calculator.teamSignals(dataset), reviews: reviews[index],
          oncall: oncall[index]))
    }
    return results
  }
}
