import ArgumentParsing

/// What every paying command checks of a plan before it pays: a metric it reads that the tool does not compute and
/// the dataset's `metrics.csv` does not supply, but that is a near spelling of one that is known, is a misspelling.
/// It would otherwise pay by its `on_missing` (zero, or target) with only a note in the output.
///
/// A name that resembles nothing known stays allowed: a plan may pay on a metric some datasets supply in
/// `metrics.csv` and others lack (acme's `internal_customer_satisfaction`, held at target where absent); `validate`
/// still reports it.
enum PlanMetricCheck {
  /// - Parameter supplied: every metric name in the dataset's `metrics.csv`, whatever its period.
  /// - Throws: `PlanError.invalid` at the first component reading a prohibited metric, or a misspelt one (with the
  ///   did-you-mean from the metric catalogue and `metrics.csv`).
  static func rejectUnknownMetrics(_ plan: Plan, file: String, supplied: Set<MetricID>) throws(PlanError) {
    let known = MetricCatalogue.all.map(\.id.name) + supplied.map(\.name).sorted()
    let validator = PlanValidator(plan: plan)
    for track in plan.tracks {
      for (index, component) in track.components.enumerated() {
        for metric in component.metricsRead {
          guard let why = validator.prohibited(metric) else { continue }
          throw .invalid(
            file: file, path: "tracks.\(track.name).components[\(index)]",
            reason: "\(metric) is a prohibited metric (\(why)): no command pays on attention metrics")
        }
        for metric in component.metricsRead where metric.definition == nil && !supplied.contains(metric) {
          guard let meant = EditDistance.suggestion(for: metric.name, among: known) else { continue }
          let suggestion = " (did you mean \(meant)?)"
          throw .invalid(
            file: file, path: "tracks.\(track.name).components[\(index)]",
            reason: "metric \(metric.name) is not one incentive computes, and metrics.csv does not supply it"
              + "\(suggestion); paying it by on_missing would hide the mistake")
        }
      }
    }
  }
}
