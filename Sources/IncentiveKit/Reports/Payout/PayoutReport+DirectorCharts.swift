extension PayoutReport {
  /// Engineers per payout-multiplier band of 0.25 (`0.75 to under 1.00`), with the target (1.0)
  /// marked: how the plan paid the organisation, whatever its salaries.
  func multiplierHistogramSVG() -> String {
    // Bin of a multiplier m: ⌊4m⌋, exactly (m is a FixedDecimal).
    func bin(_ m: FixedDecimal) -> Int { Int(m.units * 4 / pow10(m.scale)) }
    let highestBin = max(engineers.map { bin($0.multiplier) }.max() ?? 0, 7)
    var counts = [Int](repeating: 0, count: highestBin + 1)
    for payout in engineers { counts[max(bin(payout.multiplier), 0)] += 1 }
    let (left, top, plotWidth, plotHeight) = (50.0, 34.0, 660.0, 170.0)
    var chart = SVGChart(width: 740, height: 250, label: "Engineers per payout multiplier band")
    let highest = max(counts.max() ?? 1, 1)
    let barWidth = plotWidth / Double(counts.count)
    chart.line(x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight)
    for (index, count) in counts.enumerated() {
      let height = plotHeight * Double(count) / Double(highest)
      let x = left + Double(index) * barWidth
      let from = Self.quarter(index)
      let fill = index >= 4 ? ChartPalette.series[0] : ChartPalette.series[1]
      chart.rect(
        x: x + 2, y: top + plotHeight - height, width: barWidth - 4, height: height, fill: fill,
        title: "\(count) engineer(s) with a multiplier from \(from) to under \(Self.quarter(index + 1))")
      if count > 0 {
        chart.text(String(count), x: x + barWidth / 2, y: top + plotHeight - height - 4, anchor: .middle, size: 11)
      }
    }
    for index in 0...counts.count {
      chart.text(
        Self.quarter(index), x: left + Double(index) * barWidth, y: top + plotHeight + 16, anchor: .middle, size: 10)
    }
    let target = left + 4 * barWidth
    chart.line(x1: target, y1: 16, x2: target, y2: top + plotHeight, stroke: "#222")
    chart.text("target (1.0)", x: target + 4, y: 14, size: 10)
    chart.text(
      "payout multiplier (orange: below target, blue: at or above)", x: left + plotWidth / 2, y: 240, anchor: .middle,
      size: 11)
    chart.text("engineers", x: 4, y: 14, size: 11)
    return chart.render()
  }

  /// `0.25 × index` as an axis label: `0`, `0.25`, `1.5`.
  private static func quarter(_ index: Int) -> String {
    FixedDecimal(units: Int128(index) * 25, scale: 2).trimmed()
  }

  /// Per team: its target (grey) and its payout (blue at or above target, orange below) on one
  /// money axis, with payout / target as a percentage at the end.
  func payoutAgainstTargetSVG() -> String {
    let targets = teamTargets
    let (left, barArea, rowHeight, top) = (150.0, 440.0, 28.0, 30.0)
    let axisTop = top + Double(teams.count) * rowHeight
    var chart = SVGChart(width: 740, height: axisTop + 30, label: "Payout against target per team")
    let legend: [(String, String)] = [
      ("target", "#c8c8c8"), ("payout at or above target", ChartPalette.series[0]),
      ("payout below target", ChartPalette.series[1]),
    ]
    for (index, entry) in legend.enumerated() {
      let x = left + Double(index) * 180
      chart.rect(x: x, y: 6, width: 12, height: 12, fill: entry.1)
      chart.text(entry.0, x: x + 17, y: 16, size: 11)
    }
    let highest = teams.reduce(Money.zero) { max($0, max($1.payout, targets[$1.team] ?? .zero)) }
    let scale = AmountScale(highest: highest)
    for (row, team) in teams.enumerated() {
      let y = top + Double(row) * rowHeight
      let target = targets[team.team] ?? .zero
      chart.text(team.team, x: left - 8, y: y + 17, anchor: .end, size: 12)
      chart.rect(
        x: left, y: y + 3, width: barArea * scale.fraction(target), height: rowHeight - 6, fill: "#c8c8c8",
        title: "\(team.team) target: \(target.grouped(in: currency)) \(currency.code)")
      let fill = team.payout >= target ? ChartPalette.series[0] : ChartPalette.series[1]
      chart.rect(
        x: left, y: y + 8, width: barArea * scale.fraction(team.payout), height: rowHeight - 16, fill: fill,
        title: "\(team.team) payout: \(team.payout.grouped(in: currency)) \(currency.code)")
      let end = left + barArea * max(scale.fraction(team.payout), scale.fraction(target))
      chart.text(Self.percent(team.payout, of: target) + " of target", x: end + 6, y: y + 17, size: 11, bold: true)
    }
    drawAxis(scale, on: &chart, left: left, width: barArea, y: axisTop)
    return chart.render()
  }

  /// Which guard capped a component in which team: one row per team where any did, one numbered
  /// column per rule (the rules listed beneath), each cell the number of engineers capped.
  func guardsSVG() -> String {
    let firings = guardFirings
    var rules: [String] = []
    for firing in firings where !rules.contains(firing.rule) { rules.append(firing.rule) }
    var rows: [String] = []
    for team in teams where firings.contains(where: { $0.team == team.team }) { rows.append(team.team) }
    let (left, rowHeight, top) = (150.0, 26.0, 30.0)
    let column = min(80.0, 560.0 / Double(max(rules.count, 1)))
    let legendTop = top + Double(max(rows.count, 1)) * rowHeight + 14
    var chart = SVGChart(
      width: 740, height: legendTop + Double(rules.count) * 18 + 10, label: "Guards that capped a component, per team")
    if rules.isEmpty { chart.text("No guard capped any component.", x: 4, y: top, size: 12) }
    for (index, _) in rules.enumerated() {
      chart.text(
        "#\(index + 1)", x: left + Double(index) * column + column / 2, y: 18, anchor: .middle, size: 12, bold: true)
    }
    for (row, team) in rows.enumerated() {
      let y = top + Double(row) * rowHeight + rowHeight / 2
      chart.text(team, x: left - 10, y: y + 4, anchor: .end, size: 12)
      for (index, rule) in rules.enumerated() {
        let x = left + Double(index) * column + column / 2
        let count = firings.first { $0.rule == rule && $0.team == team }?.engineers ?? 0
        guard count > 0 else {
          chart.circle(x: x, y: y, radius: 3, fill: "#ccc")
          continue
        }
        chart.circle(
          x: x, y: y, radius: min(6 + 2 * Double(count), 12), fill: ChartPalette.series[5],
          title: "\(rule): \(count) engineer(s) in \(team)")
        chart.text(String(count), x: x, y: y + 4, anchor: .middle, size: 11, bold: true, fill: "#fff")
      }
    }
    for (index, rule) in rules.enumerated() {
      chart.text("#\(index + 1)  \(rule)", x: left, y: legendTop + Double(index) * 18 + 12, size: 11)
    }
    return chart.render()
  }
}
