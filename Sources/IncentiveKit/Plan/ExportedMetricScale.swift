/// `metrics.csv` values more than `CurveScaleCheck.largestMultiplier` times the top point of the curve their metric is
/// paid on: written on another scale (a satisfaction survey of 1–5 exported as 86 %, which paid platform's manager at
/// the curve's top, 8,340.31 instead of 8,099.47, unwarned in the input audit). The tool computes its own metrics on
/// known scales (`CurveScaleCheck` checks the plan against those); values another system exports carry none, so they
/// are compared with the plan's curves as the file is read for the plan's other checks.
struct ExportedMetricScale {
  /// The highest curve point each metric the tool does not compute is paid on, over the plan's curves.
  private let tops: [MetricID: FixedDecimal]
  /// The rows named, in file order.
  private(set) var findings: [DataFinding] = []

  init(plan: Plan) {
    var tops: [MetricID: FixedDecimal] = [:]
    for component in plan.tracks.flatMap(\.components) where component.metric.definition == nil {
      for top in component.curves.compactMap(\.curve.points.last?.value) where top > .zero {
        tops[component.metric] = max(tops[component.metric] ?? top, top)
      }
    }
    self.tops = tops
  }

  /// Names `row` when it is of `period` and off its curve's scale, its subject as paying resolves it.
  mutating func check(_ row: ExternalMetric, file: String, period: Period, aliases: RosterAliases) {
    guard let top = tops[row.metric], row.value > top * CurveScaleCheck.largestMultiplier,
      row.period.map({ $0.overlaps(period) }) ?? true
    else { return }
    findings.append(
      .exportedValueOffScale(
        file: file, line: row.line, metric: row.metric.name, subject: aliases.team(aliases.engineer(row.subject)),
        value: row.value, top: top))
  }
}
