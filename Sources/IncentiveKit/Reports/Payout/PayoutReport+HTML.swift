extension PayoutReport {
  /// One self-contained HTML page for managers and finance: totals, teams, engineers with
  /// their components, and inline-SVG charts (payout distribution, payout by team and
  /// component, DORA levels, guards that fired). No scripts, no network, readable printed.
  ///
  /// Every amount shown is rendered from the exact report; chart geometry alone is `Double`.
  public func renderHTML() -> String {
    func e(_ text: String) -> String { HTMLText.escape(text) }
    let decimals = multiplierDecimals
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    let title = "\(plan.name) — \(period.from) to \(period.to)"
    var html = Self.htmlPageStart(
      title: title, heading: plan.name,
      metaHTML:
        "Version \(e(plan.version)) · \(period.from) to \(period.to) · \(e(currency.code)) · plan sha256 <code>\(e(plan.sha256))</code>")
    let targets = engineers.reduce(Money.zero) { $0 + $1.target.amount }
    let multipliers = engineers.map(\.multiplier).sorted()
    let atTarget = multipliers.filter { $0 >= .one }.count
    var cards: [(String, String)] = [
      ("Total payout", "\(money(total)) \(currency.code)"),
      ("Against targets of", "\(money(targets)) \(currency.code) (\(Self.percent(total, of: targets)))"),
      ("Headcount", "\(engineers.count) engineers in \(teams.count) teams"),
      ("Multipliers", Self.spread(multipliers)),
      ("At or above target", "\(atTarget) of \(engineers.count) engineers"),
    ]
    if engineers.contains(where: { !$0.extras.isEmpty }) {
      cards.append(("Outside the bonus", "\(money(extrasTotal)) \(currency.code)"))
    }
    html += "<section class=\"summary\" id=\"summary\">\n"
    for (label, value) in cards {
      html += "<div class=\"card\"><div class=\"label\">\(e(label))</div><div class=\"value\">\(e(value))</div></div>\n"
    }
    html += "</section>\n"
    html += section("multipliers", "How the plan paid: engineers per payout multiplier", multiplierHistogramSVG())

    let teamTargets = teamTargets
    var teamTable = HTMLTable(
      headers: ["Team", "Headcount", "Target", "Payout", "Payout / target", "DORA level"],
      alignments: [.left, .right, .right, .right, .right, .left])
    for team in teams {
      let target = teamTargets[team.team] ?? .zero
      teamTable.append([
        team.team, String(team.headcount), money(target), money(team.payout), Self.percent(team.payout, of: target),
        metrics.dora[team.team]?.overall?.rawValue ?? "—",
      ])
    }
    teamTable.append(
      ["Total", String(engineers.count), money(targets), money(total), Self.percent(total, of: targets), ""],
      kind: .total)
    html += section("teams", "Teams", teamTable.render())
    html += section("against-target", "Payout against target per team", payoutAgainstTargetSVG())
    html += section("by-team", "Payout by team and component", teamPayoutSVG())
    let doraReport = metrics.dora.values.first?.report ?? DORABenchmark.latest.report
    html += section(
      "dora", "DORA metrics against the \(doraReport) State of DevOps benchmark bands", doraSVG())
    html += section("distribution", "Payout distribution", payoutHistogramSVG())

    var notesTable = HTMLTable(
      headers: ["Engineer", "Team", "Component", "Note"], alignments: [.left, .left, .left, .left],
      caption: "Every component note: broken guards, team blends, missing values, eligibility")
    for note in componentNotes { notesTable.append([note.engineer, note.team, note.component, note.note]) }
    html += section(
      "guards", "Guards that fired", guardsSVG() + (componentNotes.isEmpty ? "" : notesTable.render()))

    var people = HTMLTable(
      headers: [
        "Engineer", "Name / component", "Team / metric", "Role / scope", "Proration / weight", "Target / value",
        "Multiplier", "Payout / amount",
      ],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    for payout in engineers {
      people.append(engineerCells(payout, decimals: decimals, money: money))
      for outcome in payout.components {
        var cells = componentCells(outcome, decimals: decimals, money: money)
        // A reader of the page gets the catalogue's title ("Lead time for changes"), not the plan's id.
        cells[1] = outcome.component.metric.definition?.title ?? outcome.component.metric.name
        people.append([""] + cells, kind: .detail)
      }
    }
    people.append(["Total", "", "", "", "", money(targets), "", money(total)], kind: .total)
    html += section("engineers", "Engineers", people.render())

    let extras = extraLines
    if !extras.isEmpty {
      var table = HTMLTable(
        headers: ["Engineer", "Kind", "Amount", "Detail"], alignments: [.left, .left, .right, .left])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, money(extra.amount), extra.reportedDetail]) }
      table.append(["Total", "", money(extrasTotal), ""], kind: .total)
      html += section("extras", "Outside the bonus", table.render())
    }
    html += "<footer>\n" + methodNote(doraReport: doraReport).map { "<p>\(e($0))</p>\n" }.joined() + "</footer>\n"
    return html + "</body>\n</html>\n"
  }

  /// How the numbers were made, in words a reader of a mailed page can follow without any other
  /// document: the page is self-contained, so it explains itself.
  func methodNote(doraReport: String) -> [String] {
    let bounds =
      "clamped to the plan's floor \(payoutFloor.trimmed()) and "
      + (payoutCap.map { "cap \($0.trimmed())" } ?? "no cap")
    return [
      "How these numbers are made. Each engineer's target is base salary × target bonus % × the period's days "
        + "over the year's, × the share of the period they were employed, rounded to the cent. Each component reads "
        + "one metric for the period (the team's, or the engineer's own), fixed to 6 decimals, and turns it into a "
        + "multiplier on the plan's curve (straight lines between its points, flat beyond the ends), rounded to 4 "
        + "decimals. A counter-metric guard that is broken caps that multiplier; an eligibility rule not met makes it 0.",
      "The payout multiplier is the weighted sum of the component multipliers, \(bounds), kept exact. The payout is "
        + "target × multiplier, rounded half-even to the cent once; component amounts are split so they add up to it "
        + "exactly. Team totals and the total are sums of rounded payouts. Payout / target compares what was paid with "
        + "what 100 % on every component would have paid.",
      "DORA levels (elite, high, medium, low) follow the bands of the \(doraReport) State of DevOps report; the "
        + "charts place each team's own value on those absolute bands, so one team alone reads the same as many. "
        + "Amounts are in \(currency.code). Plan \(plan.name), version \(plan.version), sha256 \(plan.sha256).",
    ]
  }

  /// `lowest 0.29, median 1.04, highest 1.50`: the spread of payout multipliers, exact.
  static func spread(_ sorted: [FixedDecimal]) -> String {
    guard let first = sorted.first, let last = sorted.last else { return "—" }
    let middle = sorted.count / 2
    let median: FixedDecimal
    if sorted.count % 2 == 1 {
      median = sorted[middle]
    } else {
      // The mean of the two middle values, exact: one more decimal holds any half.
      let sum = (sorted[middle - 1] + sorted[middle]).rounded(toScale: max(sorted[middle].scale, sorted[middle - 1].scale) + 1)
      median = FixedDecimal(units: sum.units / 2, scale: sum.scale)
    }
    return "lowest \(first.trimmed(minimumDecimals: 2)), median \(median.trimmed(minimumDecimals: 2)), "
      + "highest \(last.trimmed(minimumDecimals: 2))"
  }

  private func section(_ id: String, _ heading: String, _ body: String) -> String { Self.htmlSection(id, heading, body) }

  /// A titled page section in the house style; `id` and `heading` are escaped, `body` is markup.
  static func htmlSection(_ id: String, _ heading: String, _ body: String) -> String {
    "<section id=\"\(HTMLText.escape(id))\">\n<h2>\(HTMLText.escape(heading))</h2>\n\(body)</section>\n"
  }

  /// The start of a report page in the house style, up to and including its header: `title` and
  /// `heading` are escaped here, `metaHTML` (the line under the heading) is markup already escaped.
  static func htmlPageStart(title: String, heading: String, metaHTML: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTMLText.escape(title))</title>
    <style>\(htmlStyle)</style>
    </head>
    <body>
    <header>
    <h1>\(HTMLText.escape(heading))</h1>
    <p class="meta">\(metaHTML)</p>
    </header>

    """
  }

  /// Screen and print styles: tables and charts never split across printed pages, colours kept.
  static let htmlStyle = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#222;\
    margin:2rem auto;max-width:1100px;padding:0 1rem;line-height:1.4}
    h1{margin:0 0 .25rem;font-size:1.6rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd}
    .meta{color:#555;margin:0}code{font-size:.8em;word-break:break-all}
    .summary{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1.5rem}
    .card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:10rem}
    .card .label{color:#555;font-size:.85rem}.card .value{font-size:1.3rem;font-weight:600}
    table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
    th,td{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
    th{background:#f6f8fa}caption{text-align:left;color:#555;font-size:.85rem;padding:.25rem 0}.num{text-align:right;font-variant-numeric:tabular-nums}
    tr.detail td{color:#555;font-size:.8rem}tr.detail td:nth-child(2){padding-left:1.5rem}
    tr.total td{font-weight:700;border-top:2px solid #999}
    svg{max-width:100%;height:auto;display:block;margin:.5rem 0}
    footer{margin-top:2rem;color:#777;font-size:.8rem}
    @media print{body{margin:0;max-width:none;font-size:10pt}section,svg,tr,.card{break-inside:avoid}\
    h2{break-after:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}thead{display:table-header-group}}
    """
}
