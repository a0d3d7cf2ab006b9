extension PayoutReport {
  /// Markdown for a pull-request comment. By default it names nobody: the total against the sum
  /// of targets, each team's headcount, target, payout and payout / target (teams under
  /// `minGroupSize` folded into one row, as in `--share`), and what each component paid in all.
  /// `detail` adds the per-person tables (engineers, components, notes, pay outside the bonus)
  /// for a private channel. Always within `limit` characters, with a note saying what was cut.
  func renderMarkdown(detail: Bool = false, minGroupSize: Int = 5, limit: Int = CommentBudget.gitHubLimit) -> String {
    let decimals = multiplierDecimals
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    var budget = CommentBudget(
      limit: limit, fullOutputHint: "`incentive calculate --format csv` (or `--format json`) lists every figure.")
    let targets = engineers.reduce(Money.zero) { $0 + $1.target.amount }
    var head = "### " + MarkdownTable.escape("\(plan.name) — version \(plan.version)") + "\n\n"
    head +=
      "Period \(period.from) to \(period.to) · \(MarkdownTable.escape(currency.code)) · plan sha256 "
      + "\(plan.sha256.prefix(12))\n\n"
    head +=
      "**Total: \(money(total)) \(MarkdownTable.escape(currency.code))** for \(engineers.count) engineers"
      + " in \(teams.count) teams, against targets of \(money(targets)) (\(Self.percent(total, of: targets)))\n\n"
    budget.append(head, what: "the summary")
    budget.appendTable(title: "#### Teams\n\n", teamTargetTable(minGroupSize: detail ? 0 : minGroupSize), what: "team")
    var components = MarkdownTable(
      headers: ["Component", "People paid", "Amount"], alignments: [.left, .right, .right])
    for (id, people, amount) in componentTotals { components.append([id, String(people), money(amount)]) }
    budget.appendTable(title: "#### Components\n\n", components, what: "component")
    guard detail else { return budget.finished() }

    var people = MarkdownTable(
      headers: ["Engineer", "Name", "Team", "Role", "Proration", "Target", "Multiplier", "Payout"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    var parts = MarkdownTable(
      headers: ["Engineer", "Component", "Metric", "Scope", "Weight", "Value", "Multiplier", "Amount"],
      alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
    for payout in engineers {
      people.append(engineerCells(payout, decimals: decimals, money: money))
      for outcome in payout.components {
        parts.append([payout.engineer.id] + componentCells(outcome, decimals: decimals, money: money))
      }
    }
    budget.appendTable(title: "#### Engineers\n\n", people, what: "engineer")
    budget.appendTable(title: "#### Engineer components\n\n", parts, what: "engineer component")
    var notes = MarkdownTable(headers: ["Engineer", "Team", "Component", "Note"], alignments: [.left, .left, .left, .left])
    for note in componentNotes { notes.append([note.engineer, note.team, note.component, note.note]) }
    budget.appendTable(title: "#### Guards and notes\n\n", notes, what: "note")
    let extras = extraLines
    if !extras.isEmpty {
      var table = MarkdownTable(
        headers: ["Engineer", "Kind", "Amount", "Detail"], alignments: [.left, .left, .right, .left])
      for (id, extra) in extras { table.append([id, extra.kind.rawValue, money(extra.amount), extra.reportedDetail]) }
      table.append(["Total", "", money(extrasTotal), ""])
      budget.appendTable(title: "#### Outside the bonus\n\n", table, what: "pay outside the bonus")
    }
    return budget.finished()
  }

  /// Team, headcount, target, payout and payout / target; teams under `minGroupSize` folded into
  /// one row (its amounts withheld when the folded teams are themselves fewer than that).
  private func teamTargetTable(minGroupSize: Int) -> MarkdownTable {
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    var table = MarkdownTable(
      headers: ["Team", "Headcount", "Target", "Payout", "Payout / target"],
      alignments: [.left, .right, .right, .right, .right])
    let targets = teamTargets
    var small: (teams: Int, headcount: Int, target: Money, payout: Money) = (0, 0, .zero, .zero)
    for team in teams {
      let target = targets[team.team] ?? .zero
      if team.headcount < minGroupSize {
        small = (small.teams + 1, small.headcount + team.headcount, small.target + target, small.payout + team.payout)
        continue
      }
      table.append([
        team.team, String(team.headcount), money(target), money(team.payout), Self.percent(team.payout, of: target),
      ])
    }
    if small.teams > 0 {
      let label = "\(small.teams) team(s) under \(minGroupSize) people"
      table.append(
        small.headcount < minGroupSize
          ? [label, "—", "withheld", "withheld", "withheld"]
          : [
            label, String(small.headcount), money(small.target), money(small.payout),
            Self.percent(small.payout, of: small.target),
          ])
    }
    let all = engineers.reduce(Money.zero) { $0 + $1.target.amount }
    table.append(["Total", String(engineers.count), money(all), money(total), Self.percent(total, of: all)])
    return table
  }
}
