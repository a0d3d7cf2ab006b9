/// Approved adjustments of the paid period that are probably typed wrong though they parse and apply: one approved
/// more than a month before the period started with no `period` of its own, which then applies to every period paid (an exception
/// approved last quarter paid E07 2,156.46 instead of 1,670.49 again this quarter, in the input audit), and a
/// multiplier above `CurveScaleCheck.largestMultiplier`, most likely a percent (100 for 1.0 paid 3,644.72).
enum AdjustmentPlausibility {
  /// Days before the period an adjustment with no period of its own may be approved for it.
  static let approvalLead = 31

  static func findings(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    guard let path = try dataset.path(forFile: Adjustment.fileName) else { return [] }
    var stale: [DataFinding] = []
    var percents: [DataFinding] = []
    for adjustment in try dataset.load(Adjustment.self) {
      if let scope = adjustment.period, !scope.overlaps(period) { continue }
      let (line, engineer, component) = (adjustment.line, adjustment.engineerID, adjustment.component)
      // An approval shortly before the period may be for it; one from an earlier quarter, applying again, is not.
      if adjustment.period == nil && adjustment.date < period.from.advanced(by: -Self.approvalLead) {
        stale.append(
          .adjustmentApprovedBefore(
            file: path, line: line, engineer: engineer, component: component, date: adjustment.date.description))
      }
      if case .multiplier(let value) = adjustment.change, value > CurveScaleCheck.largestMultiplier {
        percents.append(
          .adjustmentInPercent(file: path, line: line, engineer: engineer, component: component, value: value))
      }
    }
    return stale + percents
  }
}
