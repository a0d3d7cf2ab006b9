extension PayoutReport {
  /// An amount without its minor digits when they are all zero (`48,000`), for axis labels.
  func axisAmount(_ amount: Money) -> String {
    let text = amount.grouped(in: currency)
    guard let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].allSatisfy({ $0 == "0" }) else {
      return text
    }
    return String(text[..<dot])
  }

  /// Engineers per payout bin: bars with their count on top and exact bin edges beneath.
  func payoutHistogramSVG() -> String {
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

  /// One horizontal bar per team, split into its components' amounts against a scale in the
  /// currency, the exact team payout at the end, and a legend. The seven components that pay the
  /// most get a colour each; the rest are one grey "other components" share, so no chart needs
  /// more than eight colours.
  func teamPayoutSVG() -> String {
    let ranked = componentTotals.sorted { $0.amount.minorUnits > $1.amount.minorUnits }.map(\.id)
    let named = Array(ranked.prefix(ChartPalette.series.count))
    let hasOther = ranked.count > named.count
    let keys = named + (hasOther ? ["other components"] : [])
    func color(_ key: String) -> String {
      named.firstIndex(of: key).map { ChartPalette.series[$0] } ?? ChartPalette.other
    }
    let (left, barArea, rowHeight, top) = (150.0, 470.0, 26.0, 10.0)
    let legendRows = (keys.count + 3) / 4
    let axisTop = top + Double(teams.count) * rowHeight
    let height = axisTop + 40 + Double(legendRows) * 20
    var chart = SVGChart(width: 740, height: height, label: "Payout by team, stacked by component")
    let scale = AmountScale(highest: teams.map(\.payout).max() ?? .zero)
    var sums: [String: [String: Money]] = [:]
    for payout in engineers {
      for outcome in payout.components {
        let key = named.contains(outcome.component.id) ? outcome.component.id : "other components"
        sums[payout.team, default: [:]][key, default: .zero] += outcome.amount
      }
    }
    for (row, team) in teams.enumerated() {
      let y = top + Double(row) * rowHeight
      chart.text(team.team, x: left - 8, y: y + 16, anchor: .end, size: 12)
      var x = left
      for key in keys {
        guard let amount = sums[team.team]?[key], amount.minorUnits > 0 else { continue }
        let width = barArea * scale.fraction(amount)
        chart.rect(
          x: x, y: y + 4, width: max(width - 1, 0.5), height: rowHeight - 8, fill: color(key),
          title: "\(team.team) · \(key): \(amount.grouped(in: currency)) \(currency.code)")
        x += width
      }
      chart.text(team.payout.grouped(in: currency), x: x + 6, y: y + 16, size: 12, bold: true)
    }
    drawAxis(scale, on: &chart, left: left, width: barArea, y: axisTop)
    let legendTop = axisTop + 30
    for (index, key) in keys.enumerated() {
      let x = left + Double(index % 4) * 150
      let y = legendTop + Double(index / 4) * 20
      chart.rect(x: x, y: y, width: 12, height: 12, fill: color(key))
      chart.text(key, x: x + 17, y: y + 11, size: 11)
    }
    return chart.render()
  }

  /// A horizontal axis under a bar chart: a line and ticks labelled in whole currency units.
  func drawAxis(_ scale: AmountScale, on chart: inout SVGChart, left: Double, width: Double, y: Double) {
    chart.line(x1: left, y1: y, x2: left + width, y2: y)
    for tick in scale.ticks {
      let x = left + width * scale.fraction(tick)
      chart.line(x1: x, y1: y, x2: x, y2: y + 4)
      chart.text(axisAmount(tick), x: x, y: y + 16, anchor: .middle, size: 10)
    }
    chart.text(currency.code, x: left + width + 30, y: y + 16, size: 10, fill: "#555")
  }
}
