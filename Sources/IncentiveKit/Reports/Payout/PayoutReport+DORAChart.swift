import Foundation

extension PayoutReport {
  /// The four DORA metrics, one panel each, on absolute scales: the benchmark bands of the
  /// plan's report year (elite, high, medium, low) are drawn as tinted areas with their
  /// thresholds on the axis, and each team is a dot at its exact value, coloured by its level.
  /// A one-team report reads the same as a thirty-team one: nothing is scaled to the best team.
  func doraSVG() -> String {
    // Teams paid in this report, and any other team with a DORA value; not a team that only
    // appears in a survey or cost export.
    let paid = Set(teams.map(\.team))
    let names = metrics.teams.filter { team, set in
      paid.contains(team) || DORABenchmark.metrics.contains { set[$0] != nil }
    }.keys.sortedInByteOrder()
    let benchmark = DORABenchmark(report: metrics.dora.values.first?.report ?? "") ?? DORABenchmark.latest
    let (left, plotWidth, rowHeight) = (150.0, 540.0, 18.0)
    let panelHeight = 48 + Double(max(names.count, 1)) * rowHeight + 34
    let legendHeight = 28.0
    var chart = SVGChart(
      width: 740, height: legendHeight + panelHeight * Double(DORABenchmark.metrics.count),
      label: "DORA metrics per team against the \(benchmark.report) benchmark bands")
    for (index, level) in DORALevel.allCases.reversed().enumerated() {
      let x = left + Double(index) * 120
      chart.rect(x: x, y: 6, width: 14, height: 14, fill: ChartPalette.tint(of: level))
      chart.circle(x: x + 7, y: 13, radius: 4, fill: ChartPalette.color(of: level))
      chart.text(level.rawValue, x: x + 20, y: 18, size: 11)
    }
    for (panel, metric) in DORABenchmark.metrics.enumerated() {
      guard let (bounds, higherIsBetter) = benchmark.thresholds(of: metric) else { continue }
      let top = legendHeight + Double(panel) * panelHeight
      let definition = metric.definition
      let title = (definition?.title ?? metric.name) + (definition.map { " (\($0.unit.text))" } ?? "")
      chart.text(title, x: 4, y: top + 16, size: 13, bold: true)
      chart.text(
        higherIsBetter ? "better →" : "← better", x: left + plotWidth, y: top + 16, anchor: .end, size: 11, fill: "#555"
      )
      let values = names.map { metrics.team($0)[metric] }
      let scale = DORAScale(metric: metric, bounds: bounds, values: values.compactMap { $0 })
      let plotTop = top + 26
      let plotHeight = Double(max(names.count, 1)) * rowHeight + 8
      // Bands, best first from the better end.
      let edges = [scale.low] + (higherIsBetter ? bounds.reversed().map(\.double) : bounds.map(\.double)) + [scale.high]
      let levels: [DORALevel] = higherIsBetter ? [.low, .medium, .high, .elite] : [.elite, .high, .medium, .low]
      for (band, level) in levels.enumerated() {
        let x0 = left + plotWidth * scale.position(edges[band])
        let x1 = left + plotWidth * scale.position(edges[band + 1])
        chart.rect(
          x: x0, y: plotTop, width: x1 - x0, height: plotHeight, fill: ChartPalette.tint(of: level),
          title: "\(level.rawValue): "
            + bandText(
              edges[band], edges[band + 1], level: level, higherIsBetter: higherIsBetter,
              inclusive: metric == .changeFailureRate))
      }
      let axisY = plotTop + plotHeight
      chart.line(x1: left, y1: axisY, x2: left + plotWidth, y2: axisY)
      for bound in bounds {
        let x = left + plotWidth * scale.position(bound.double)
        chart.line(x1: x, y1: plotTop, x2: x, y2: axisY + 4, stroke: "#777")
        chart.text(Self.axisNumber(bound.double), x: x, y: axisY + 16, anchor: .middle, size: 10)
      }
      chart.text(Self.axisNumber(scale.low), x: left, y: axisY + 16, anchor: .start, size: 10, fill: "#777")
      chart.text(Self.axisNumber(scale.high), x: left + plotWidth, y: axisY + 16, anchor: .end, size: 10, fill: "#777")
      for (row, team) in names.enumerated() {
        let y = plotTop + 4 + Double(row) * rowHeight + rowHeight / 2
        chart.text(team, x: left - 8, y: y + 4, anchor: .end, size: 12)
        guard let value = values[row] else {
          chart.text("no data", x: left + 6, y: y + 4, size: 11, fill: "#555")
          continue
        }
        let level = metrics.dora[team]?.levels[metric] ?? benchmark.level(of: metric, value)
        let x = left + plotWidth * scale.position(value.double)
        chart.circle(
          x: x, y: y, radius: 5, fill: level.map(ChartPalette.color(of:)) ?? ChartPalette.other,
          title: "\(team) · \(definition?.title ?? metric.name): \(value.trimmed())"
            + (level.map { " (\($0.rawValue))" } ?? ""))
        let label = value.trimmed() + (scale.isClamped(value.double) ? " (off scale)" : "")
        let rightSide = x < left + plotWidth - 90
        chart.text(label, x: rightSide ? x + 9 : x - 9, y: y + 4, anchor: rightSide ? .start : .end, size: 10)
      }
    }
    return chart.render()
  }

  /// `1 to 7`, `7 or more`, `above 0.15`: a band's range for its tooltip. `inclusive`: a
  /// lower-is-better band includes its upper threshold (change failure ≤ 5 % is elite).
  private func bandText(_ from: Double, _ to: Double, level: DORALevel, higherIsBetter: Bool, inclusive: Bool) -> String
  {
    let (a, b) = (Self.axisNumber(from), Self.axisNumber(to))
    switch (level, higherIsBetter) {
    case (.elite, true): return "\(a) or more"
    case (.low, true): return "below \(b)"
    case (.low, false): return inclusive ? "above \(a)" : "\(a) or more"
    case (.elite, false): return inclusive ? "\(b) or less" : "below \(b)"
    default: return "\(a) to \(b)"
    }
  }

  /// A threshold for an axis: at most two decimals, trailing zeros dropped (`0.23`, `168`).
  static func axisNumber(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int(hundredths / 100)) }
    if hundredths.truncatingRemainder(dividingBy: 10) == 0 { return String(format: "%.1f", value) }
    return String(format: "%.2f", value)
  }
}

/// An absolute axis for one DORA metric: logarithmic for frequencies and durations (they span
/// orders of magnitude: an hour to a month), linear for the change-failure share; wide enough for
/// every band and, where they fit, every team's value.
struct DORAScale {
  let low: Double
  let high: Double
  let isLogarithmic: Bool

  init(metric: MetricID, bounds: [FixedDecimal], values: [FixedDecimal]) {
    let numbers = values.map(\.double)
    if metric == .changeFailureRate {
      isLogarithmic = false
      low = 0
      high = min(max(0.5, (numbers.max() ?? 0) * 1.1), 1)
    } else {
      isLogarithmic = true
      let limits = bounds.map(\.double)
      // A decade beyond the outer thresholds, stretched to the values (within reason).
      let floor = (limits.min() ?? 1) / 10
      let ceiling = (limits.max() ?? 1) * 10
      low = max(min(floor, numbers.filter { $0 > 0 }.min() ?? floor), floor / 100)
      high = min(max(ceiling, numbers.max() ?? ceiling), ceiling * 100)
    }
  }

  /// Where `value` falls between the left end (0) and the right (1), clamped to the axis.
  func position(_ value: Double) -> Double {
    let clamped = min(max(value, low), high)
    guard isLogarithmic else { return (clamped - low) / (high - low) }
    return (log10(max(clamped, low)) - log10(low)) / (log10(high) - log10(low))
  }

  func isClamped(_ value: Double) -> Bool { value < low || value > high }
}

extension FixedDecimal {
  /// For chart geometry only; every figure shown as text comes from the exact value.
  var double: Double { Double(units) / pow(10, Double(scale)) }
}
