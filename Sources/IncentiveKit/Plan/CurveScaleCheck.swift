/// Curves and caps written on another scale than the one they are read on: a share metric's curve in percent
/// (retention `[[70, 0], [85, 0.8], [100, 1.2]]`, where retention runs from 0 to 1, so every team is below the first
/// point: the input audit's plan paid 12,796.00 less), or a multiplier in percent (`[[0.9, 120], [1.0, 100]]` for
/// 1.2 and 1.0; a guard capping at 80 for 0.8; a guard's `max` 15 on change failure rate for 0.15, which no rate
/// ever breaks). The plan decodes and pays, so `validate` calls each an error, and
/// a paying command warns before it pays (`--strict` refuses).
enum CurveScaleCheck {
  /// Above this, a multiplier or a guard's cap is taken for a percent: 10 pays ten times the target.
  static let largestMultiplier = FixedDecimal(10)

  static func findings(_ component: Component, path: String) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    for (team, curve) in component.curves {
      let name = team.map { "team \($0)'s curve" } ?? "the curve"
      if let range = Self.range(of: component.metric),
        let outside = curve.points.first(where: { !range.contains($0.value) })
      {
        let (low, high) = (range.lowerBound.trimmed(), range.upperBound.trimmed())
        findings.append(
          PlanFinding(
            .error, path,
            "\(component.metric) runs from \(low) to \(high), but \(name) has a point at "
              + "\(outside.value.trimmed()), which no value can reach: written in percent? Write the points on the "
              + "metric's own scale (0.85 for 85 %)"))
      }
      if let large = curve.points.first(where: { $0.multiplier > largestMultiplier }) {
        findings.append(
          PlanFinding(
            .error, path,
            "\(name) pays a multiplier of \(large.multiplier.trimmed()) at \(large.value.trimmed()), over "
              + "\(largestMultiplier.trimmed()) times the target: written in percent? A multiplier is a factor of "
              + "the target (1.0 pays it, 1.2 for 120 %)"))
      }
    }
    for rule in component.guards where rule.cap > largestMultiplier {
      findings.append(
        PlanFinding(
          .error, path,
          "the guard on \(rule.metric) caps at \(rule.cap.trimmed()), over \(largestMultiplier.trimmed()) times the "
            + "target, so it never bites: written in percent? A cap is a multiplier (0.8 for 80 %)"))
    }
    let bounds =
      component.guards.map { ("the guard on \($0.metric)", $0.metric, [$0.min, $0.max]) }
      + (component.eligibility.map { [("eligibility on \($0.metric)", $0.metric, [$0.min, $0.max])] } ?? [])
    for (rule, metric, limits) in bounds {
      guard let range = Self.range(of: metric),
        let outside = limits.compactMap({ $0 }).first(where: { !range.contains($0) })
      else { continue }
      findings.append(
        PlanFinding(
          .error, path,
          "\(rule) has a bound of \(outside.trimmed()), but \(metric) runs from \(range.lowerBound.trimmed()) to "
            + "\(range.upperBound.trimmed()): written in percent? Write the bound on the metric's own scale (0.15 for "
            + "15 %)"))
    }
    return findings
  }

  /// The plan's payout cap above `largestMultiplier`: most likely a percent (150 for 1.5), which caps nobody.
  static func findings(_ plan: Plan) -> [PlanFinding] {
    guard let cap = plan.payoutCap, cap > largestMultiplier else { return [] }
    return [
      PlanFinding(
        .error, "payout_cap",
        "\(cap.trimmed()) is over \(largestMultiplier.trimmed()) times the target, so it caps nobody: written in "
          + "percent? The cap is a multiplier (1.5 for 150 %)")
    ]
  }

  /// The values `metric` can take, where its unit bounds them: a share from 0 to 1, a difference of two shares from
  /// −1 to 1; nil for other units and for metrics the tool does not compute.
  private static func range(of metric: MetricID) -> ClosedRange<FixedDecimal>? {
    switch metric.definition?.unit {
    case nil: nil
    case .share: FixedDecimal(0)...FixedDecimal(1)
    case .shareDifference: FixedDecimal(-1)...FixedDecimal(1)
    case .perWeek, .hours, .multiple, .count, .score: nil
    }
  }
}
