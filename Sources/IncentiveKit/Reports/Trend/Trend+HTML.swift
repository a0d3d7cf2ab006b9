import Foundation

extension Trend {
  /// A self-contained page: a line chart per DORA metric and one of payouts, a line per team
  /// (the seven teams paid most over the periods in colour, the rest grey), the totals, and each
  /// person's pay per period with the year to date.
  func renderHTML() -> String {
    func e(_ text: String) -> String { HTMLText.escape(text) }
    func money(_ amount: Money?) -> String { amount.map { $0.grouped(in: currency) } ?? "—" }
    let title = "Trend \(labels.first ?? "") to \(labels.last ?? "")"
    var html = PayoutReport.htmlPageStart(
      title: title, heading: title,
      metaHTML: "\(e(currency.code)) · \(labels.count) period(s) · \(teams.count) team(s) · \(people.count) people")
    let ranked = teams.map { team, points in
      (team, points.reduce(Int64(0)) { $0 + ($1?.payout.minorUnits ?? 0) })
    }.sorted { $0.1 > $1.1 }.map(\.0)
    let colored = Array(ranked.prefix(ChartPalette.series.count))
    func color(_ team: String) -> String {
      colored.firstIndex(of: team).map { ChartPalette.series[$0] } ?? ChartPalette.other
    }
    let payoutSeries = teams.map { team, points in
      (team, points.map { $0.map { Double($0.payout.minorUnits) / Double(pow10(currency.minorDigits)) } })
    }
    html += section(
      "payouts", "Payout per team (\(currency.code))", lineChart(payoutSeries, color: color, unit: currency.code))
    for metric in DORABenchmark.metrics {
      let series = teams.map { team, points in (team, points.map { $0?.dora[metric]?.double }) }
      let heading = metric.definition?.label ?? metric.name
      html += section(metric.name, heading, lineChart(series, color: color, unit: metric.definition?.unit.text ?? ""))
    }
    var legend = "<p class=\"meta\">"
    legend += colored.map { "<span style=\"color:\(color($0))\">■</span> \(e($0))" }.joined(separator: " · ")
    if ranked.count > colored.count { legend += " · <span style=\"color:\(ChartPalette.other)\">■</span> other teams" }
    html += legend + "</p>\n"

    var totalsTable = HTMLTable(headers: ["Period", "Total payout"], alignments: [.left, .right])
    for (index, total) in totals.enumerated() { totalsTable.append([labels[index], money(total)]) }
    html += section("totals", "Totals", totalsTable.render())
    var peopleTable = HTMLTable(
      headers: ["Engineer", "Name", "Team"] + labels + ["Year to date"],
      alignments: [.left, .left, .left] + labels.map { _ in .right } + [.right])
    for person in people {
      peopleTable.append(
        [person.id, person.name ?? "", person.team] + person.payouts.map(money) + [money(person.yearToDate.last ?? nil)]
      )
    }
    html += section("people", "Pay per person, and year to date", peopleTable.render())
    html += "<footer>\n<p>\(e(Self.method(benchmark: benchmark)))</p>\n</footer>\n"
    return html + "</body>\n</html>\n"
  }

  static func method(benchmark: String) -> String {
    "Each period is calculated exactly as incentive calculate calculates it alone: the same plan, the period's "
      + "own events, targets prorated to the days employed. A gap in a line is a period without a value (no events, "
      + "or no one paid on the team). Year to date adds a person's payouts within each calendar year. DORA levels "
      + "follow the \(benchmark) State of DevOps report."
  }

  private func section(_ id: String, _ heading: String, _ body: String) -> String {
    PayoutReport.htmlSection(id, heading, body)
  }

  /// Lines over the periods, one per series, on a linear axis from zero with five ticks.
  private func lineChart(_ series: [(String, [Double?])], color: (String) -> String, unit: String) -> String {
    let (left, top, plotWidth, plotHeight) = (70.0, 14.0, 620.0, 180.0)
    var chart = SVGChart(width: 740, height: 240, label: "A line per team across the periods (\(unit))")
    let highest = series.flatMap { $0.1.compactMap { $0 } }.max() ?? 0
    // Round ticks: 1, 2, 2.5 or 5 × a power of ten, four or five of them up to the highest value.
    let rough = highest > 0 ? highest / 4 : 0.25
    let power = pow(10, (log10(rough)).rounded(.down))
    let tickStep = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
    let tickCount = max(Int((highest / tickStep).rounded(.up)), 1)
    let top0 = tickStep * Double(tickCount)
    let step = labels.count > 1 ? plotWidth / Double(labels.count - 1) : 0
    func x(_ index: Int) -> Double { labels.count > 1 ? left + Double(index) * step : left + plotWidth / 2 }
    func y(_ value: Double) -> Double { top + plotHeight - plotHeight * value / top0 }
    for tick in 0...tickCount {
      let value = tickStep * Double(tick)
      chart.line(x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), stroke: "#e4e4e4")
      chart.text(PayoutReport.axisNumber(value), x: left - 6, y: y(value) + 4, anchor: .end, size: 10)
    }
    for (index, label) in labels.enumerated() {
      chart.text(label, x: x(index), y: top + plotHeight + 18, anchor: .middle, size: 10)
    }
    // Grey lines first, so coloured ones are drawn on top.
    let ordered = series.sorted {
      (color($0.0) == ChartPalette.other ? 0 : 1) < (color($1.0) == ChartPalette.other ? 0 : 1)
    }
    for (team, values) in ordered {
      let fill = color(team)
      for index in values.indices.dropFirst() {
        guard let a = values[index - 1], let b = values[index] else { continue }
        chart.line(x1: x(index - 1), y1: y(a), x2: x(index), y2: y(b), stroke: fill)
      }
      for (index, value) in values.enumerated() {
        guard let value else { continue }
        chart.circle(
          x: x(index), y: y(value), radius: 3, fill: fill,
          title: "\(team) \(labels[index]): \(PayoutReport.axisNumber(value)) \(unit)")
      }
    }
    chart.text(unit, x: 4, y: 10, size: 10, fill: "#555")
    return chart.render()
  }
}
