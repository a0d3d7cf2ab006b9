extension PayoutReport {
  /// Fill colours for components, in first-seen order; cycled when a plan has more.
  static let componentPalette = [
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f", "#ff9da7", "#2f4b7c",
    "#bab0ac", "#a05195",
  ]

  /// Badge colour of each DORA level.
  static func color(of level: DORALevel) -> String {
    switch level {
    case .elite: "#1a7f37"
    case .high: "#2f81f7"
    case .medium: "#bf8700"
    case .low: "#cf222e"
    }
  }

  /// An amount without its minor digits when they are all zero (`48,000`), for axis labels.
  func axisAmount(_ amount: Money) -> String {
    let text = amount.grouped(in: currency)
    guard let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) else {
      return text
    }
    return String(text[..<dot])
  }

  /// Component ids in first-seen order over all engineers.
  var componentIDs: [String] {
    var ids: [String] = []
    for payout in engineers {
      for outcome in payout.components where !ids.contains(outcome.component.id) { ids.append(outcome.component.id) }
    }
    return ids
  }

  /// Engineers per payout bin: bars with their count on top and exact bin edges beneath.
  public func payoutHistogramSVG() -> String {
    let histogram = PayoutHistogram(amounts: engineers.map(\.payout), minorDigits: currency.minorDigits)
    let (left, top, plotWidth, plotHeight) = (50.0, 20.0, 660.0, 220.0)
    var chart = SVGChart(width: 740, height: 300, label: "Payout distribution: engineers per payout range")
    let highest = max(histogram.counts.max() ?? 1, 1)
    let barWidth = plotWidth / Double(histogram.counts.count)
    chart.line(x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight)
    chart.line(x1: left, y1: top, x2: left, y2: top + plotHeight)
    let tickStep = max(1, (highest + 4) / 5)
    for tick in stride(from: 0, through: highest, by: tickStep) {
      let y = top + plotHeight - plotHeight * Double(tick) / Double(highest)
      chart.text(String(tick), x: left - 6, y: y + 4, anchor: .end, size: 11)
    }
    for (index, count) in histogram.counts.enumerated() {
      let height = plotHeight * Double(count) / Double(highest)
      let x = left + Double(index) * barWidth
      let range = "\(axisAmount(histogram.edge(index))) to under \(axisAmount(histogram.edge(index + 1)))"
      chart.rect(
        x: x + 2, y: top + plotHeight - height, width: barWidth - 4, height: height, fill: "#4e79a7",
        title: "\(count) engineer(s) paid \(range) \(currency.code)")
      if count > 0 {
        chart.text(String(count), x: x + barWidth / 2, y: top + plotHeight - height - 4, anchor: .middle, size: 11)
      }
    }
    for index in 0...histogram.counts.count {
      chart.text(
        axisAmount(histogram.edge(index)), x: left + Double(index) * barWidth, y: top + plotHeight + 16,
        anchor: .middle,
        size: 10)
    }
    chart.text("payout (\(currency.code))", x: left + plotWidth / 2, y: 290, anchor: .middle, size: 11)
    chart.text("engineers", x: 4, y: top - 6, size: 11)
    return chart.render()
  }

  /// One horizontal bar per team, split into its components' amounts, the exact team payout
  /// at the end, and a legend of components.
  public func teamPayoutSVG() -> String {
    let ids = componentIDs
    let (left, barArea, rowHeight, top) = (110.0, 480.0, 30.0, 10.0)
    let legendRows = (ids.count + 3) / 4
    let height = top + Double(teams.count) * rowHeight + 20 + Double(legendRows) * 20
    var chart = SVGChart(width: 740, height: height, label: "Payout by team, stacked by component")
    let highest = Double(max(teams.map(\.payout.minorUnits).max() ?? 1, 1))
    var sums: [String: [String: Money]] = [:]
    for payout in engineers {
      for outcome in payout.components {
        sums[payout.team, default: [:]][outcome.component.id, default: .zero] += outcome.amount
      }
    }
    for (row, team) in teams.enumerated() {
      let y = top + Double(row) * rowHeight
      chart.text(team.team, x: left - 8, y: y + 17, anchor: .end, size: 12)
      var x = left
      for (index, id) in ids.enumerated() {
        guard let amount = sums[team.team]?[id], amount.minorUnits > 0 else { continue }
        let width = barArea * Double(amount.minorUnits) / highest
        chart.rect(
          x: x, y: y + 4, width: max(width - 1, 0.5), height: rowHeight - 8,
          fill: Self.componentPalette[index % Self.componentPalette.count],
          title: "\(team.team) · \(id): \(amount.grouped(in: currency)) \(currency.code)")
        x += width
      }
      chart.text(team.payout.grouped(in: currency), x: x + 6, y: y + 17, size: 12, bold: true)
    }
    let legendTop = top + Double(teams.count) * rowHeight + 14
    for (index, id) in ids.enumerated() {
      let x = left + Double(index % 4) * 150
      let y = legendTop + Double(index / 4) * 20
      chart.rect(x: x, y: y, width: 12, height: 12, fill: Self.componentPalette[index % Self.componentPalette.count])
      chart.text(id, x: x + 17, y: y + 11, size: 11)
    }
    return chart.render()
  }

  /// The four DORA metrics as one panel each: a bar per team, its exact value and the
  /// performance level of the plan's benchmark report as a coloured badge.
  public func doraSVG() -> String {
    let names = metrics.teams.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let panels = DORABenchmark.metrics.map { (metric: $0, title: $0.definition?.label ?? $0.name) }
    let (left, barArea, rowHeight) = (110.0, 400.0, 22.0)
    let panelHeight = 26 + Double(names.count) * rowHeight + 8
    var chart = SVGChart(
      width: 740, height: panelHeight * Double(panels.count), label: "DORA metrics and performance level per team")
    for (index, panel) in panels.enumerated() {
      let top = Double(index) * panelHeight
      chart.text(panel.title, x: 4, y: top + 16, size: 13, bold: true)
      let values = names.map { metrics.team($0)[panel.metric] }
      let highest = values.compactMap { $0.map { Double($0.units) / Double(pow10($0.scale)) } }.max() ?? 0
      for (row, team) in names.enumerated() {
        let y = top + 26 + Double(row) * rowHeight
        chart.text(team, x: left - 8, y: y + 14, anchor: .end, size: 12)
        guard let value = values[row] else {
          chart.text("no data", x: left, y: y + 14, size: 11, fill: "#666")
          continue
        }
        let level = metrics.dora[team]?.levels[panel.metric]
        let fill = level.map(Self.color(of:)) ?? "#888"
        let amount = Double(value.units) / Double(pow10(value.scale))
        let width = highest > 0 ? barArea * amount / highest : 0
        chart.rect(
          x: left, y: y + 3, width: width, height: rowHeight - 6, fill: fill,
          title: "\(team) \(panel.metric) \(value.trimmed())" + (level.map { ": \($0.rawValue)" } ?? ""))
        chart.text(value.trimmed(), x: left + width + 6, y: y + 14, size: 11)
        if let level {
          chart.rect(x: 640, y: y + 2, width: 64, height: rowHeight - 4, fill: fill)
          chart.text(level.rawValue, x: 672, y: y + 14, anchor: .middle, size: 11, bold: true, fill: "#fff")
        }
      }
    }
    return chart.render()
  }

  /// Which guard capped which component in which team: a grid of rules by teams, each cell
  /// the number of engineers capped.
  public func guardsSVG() -> String {
    let firings = guardFirings
    var rules: [String] = []
    for firing in firings where !rules.contains(firing.rule) { rules.append(firing.rule) }
    let (left, column, rowHeight, top) = (330.0, 110.0, 30.0, 30.0)
    let height = top + Double(max(rules.count, 1)) * rowHeight + 10
    var chart = SVGChart(width: 740, height: height, label: "Guards that capped a component, per team")
    for (index, team) in teams.enumerated() {
      chart.text(team.team, x: left + Double(index) * column + column / 2, y: 18, anchor: .middle, size: 12, bold: true)
    }
    if rules.isEmpty {
      chart.text("No guard capped any component.", x: 4, y: top + 18, size: 12)
    }
    for (row, rule) in rules.enumerated() {
      let y = top + Double(row) * rowHeight + rowHeight / 2
      chart.text(rule, x: left - 10, y: y + 4, anchor: .end, size: 12)
      for (index, team) in teams.enumerated() {
        let x = left + Double(index) * column + column / 2
        let count = firings.first { $0.rule == rule && $0.team == team.team }?.engineers ?? 0
        guard count > 0 else {
          chart.circle(x: x, y: y, radius: 3, fill: "#ccc")
          continue
        }
        chart.circle(
          x: x, y: y, radius: min(6 + 2 * Double(count), 13), fill: "#cf222e",
          title: "\(rule): \(count) engineer(s) in \(team.team)")
        chart.text(String(count), x: x, y: y + 4, anchor: .middle, size: 11, bold: true, fill: "#fff")
      }
    }
    return chart.render()
  }
}
