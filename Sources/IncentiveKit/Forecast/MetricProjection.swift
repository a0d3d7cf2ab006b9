/// How a forecast turns metrics of the elapsed part of a period into the full period's
/// (docs/forecast.md): counted values grow in proportion to the days, everything else (rates, shares,
/// medians, per-week frequencies, scores, and any value from metrics.csv) stands as it is.
enum MetricProjection {
  /// `metrics` of `window` as the full `period` would have them: count metrics × period days /
  /// window days (6 decimals, half-even), the rest unchanged; the result's period is `period`,
  /// so proration runs to the period's end. A `metrics.csv` value stands as it is, a count included: it is a
  /// figure exported for its period, not counted from the window's events.
  static func project(_ metrics: ComputedMetrics, window: Period, to period: Period) -> ComputedMetrics {
    var projected = metrics
    projected.period = period
    func scale(_ set: MetricSet) -> MetricSet {
      var result = set
      for id in set.names {
        guard let entry = set.entry(id), id.definition?.unit == .count, !entry.isFromMetricsFile else { continue }
        result.set(
          id, Ratio(entry.value.units * Int128(period.days), pow10(entry.value.scale) * Int128(window.days)),
          rows: entry.rows, source: entry.source + " (projected ×\(period.days)/\(window.days))")
      }
      return result
    }
    projected.teams = metrics.teams.mapValues(scale)
    projected.engineers = metrics.engineers.mapValues(scale)
    return projected
  }

  /// `base` with every value `week` has put over it: a week's spread where the week has data,
  /// the elapsed value where it has none.
  static func overlay(_ week: ComputedMetrics, on base: ComputedMetrics) -> ComputedMetrics {
    var result = base
    func merge(_ top: MetricSet, over bottom: MetricSet) -> MetricSet {
      var merged = bottom
      for item in top.items { merged.set(item.id, entry: item.entry) }
      return merged
    }
    for (team, set) in week.teams { result.teams[team] = merge(set, over: base.team(team)) }
    for (id, set) in week.engineers { result.engineers[id] = merge(set, over: base.engineer(id)) }
    result.reporters.formUnion(week.reporters)
    return result
  }
}
