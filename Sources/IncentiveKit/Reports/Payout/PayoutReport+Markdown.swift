extension PayoutReport {
  /// Markdown for a pull-request comment. By default it names nobody: the total against the sum
  /// of targets, each team's headcount, target, payout and payout / target (teams whose pay is fewer
  /// than `minGroupSize` people's folded into one row, as in `--share`), and how many people each component
  /// paid (what it paid only in `detail`); a fold too small to show withholds the total
  /// (docs/privacy-and-fairness.md#pull-request-comments).
  /// `detail` adds the per-person tables (engineers, components, notes, pay outside the bonus)
  /// for a private channel. Always within `limit` characters, with a note saying what was cut.
  func renderMarkdown(detail: Bool = false, minGroupSize: Int = 5, limit: Int = CommentBudget.gitHubLimit) -> String {
    let decimals = multiplierDecimals
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    var budget = CommentBudget(
      limit: limit, fullOutputHint: "`incentive calculate --format csv` (or `--format json`) lists every figure.")
    // The private detail shows every group. The default view gives amounts for one partition only, the teams
    // (`GroupSuppression`, folding those whose figures are fewer than `minGroupSize` people's pay, and withholding
    // the total when it would give the fold away by subtraction); components are counted, not priced: a component
    // row beside a team row of overlapping people gave the difference away (a component paid to a team's five
    // engineers and one tech lead elsewhere, minus that team, was the tech lead's pay).
    let minimum = detail ? 0 : minGroupSize
    let teamGroups = markdownTeams(minimum: minimum)
    let totalIsShown = teamGroups.totalIsShareable
    var head = "### " + MarkdownTable.escape("\(plan.name) — version \(plan.version)") + "\n\n"
    head +=
      "Period \(period.from) to \(period.to) · \(MarkdownTable.escape(currency.code)) · plan sha256 "
      + "\(plan.sha256.prefix(12))\n\n"
    if totalIsShown {
      let targets = engineers.reduce(Money.zero) { $0 + $1.target.amount }
      head +=
        "**Total: \(money(total)) \(MarkdownTable.escape(currency.code))** for \(engineers.count) engineers"
        + " in \(teams.count) teams, against targets of \(money(targets)) (\(Self.percent(total, of: targets)))\n\n"
    } else {
      head +=
        "**Total: withheld**: with the teams shown it would give away the pay of teams under \(minimum) people\n\n"
    }
    budget.append(head, what: "the summary")
    budget.appendTable(title: "#### Teams\n\n", teamTargetTable(teamGroups, totalIsShown: totalIsShown), what: "team")
    var components = MarkdownTable(
      headers: detail ? ["Component", "People paid", "Amount"] : ["Component", "People paid"],
      alignments: detail ? [.left, .right, .right] : [.left, .right])
    for row in componentTotals {
      components.append(detail ? [row.id, String(row.people), money(row.amount)] : [row.id, String(row.people)])
    }
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

  /// A team as the Markdown lists it; its size for the small-group rule is its contributors, the people with a
  /// non-zero target and payout (`ShareReport.Team.contributors`): a team of five of whom four have no target pays
  /// one person.
  private struct TeamRow {
    var team: String
    var headcount: Int
    var contributors = 0
    var target = Money.zero
    var payout: Money
  }

  /// The teams, those under `minimum` contributors hidden.
  private func markdownTeams(minimum: Int) -> GroupSuppression<TeamRow> {
    var rows = teams.map { TeamRow(team: $0.team, headcount: $0.headcount, payout: $0.payout) }
    var position: [String: Int] = [:]
    for (index, row) in rows.enumerated() where position[row.team] == nil { position[row.team] = index }
    for payout in engineers {
      guard let index = position[payout.team] else { continue }
      rows[index].target += payout.target.amount
      if payout.target.amount != .zero && payout.payout != .zero { rows[index].contributors += 1 }
    }
    return GroupSuppression(rows, minimum: minimum) { $0.contributors }
  }

  /// Team, headcount, target, payout and payout / target; the hidden teams folded into one row, its amounts
  /// withheld when they are themselves too few people; the total row withheld with the headline's.
  private func teamTargetTable(_ groups: GroupSuppression<TeamRow>, totalIsShown: Bool) -> MarkdownTable {
    func money(_ amount: Money) -> String { amount.grouped(in: currency) }
    func paid(_ payout: Money, of target: Money) -> [String] { [money(payout), Self.percent(payout, of: target)] }
    var table = MarkdownTable(
      headers: ["Team", "Headcount", "Target", "Payout", "Payout / target"],
      alignments: [.left, .right, .right, .right, .right])
    for team in groups.shown {
      table.append([team.team, String(team.headcount), money(team.target)] + paid(team.payout, of: team.target))
    }
    if !groups.hidden.isEmpty {
      let label = "\(groups.hidden.count) team(s) under \(groups.minimum) people"
      let (headcount, target, payout) = groups.hidden.reduce((0, Money.zero, Money.zero)) {
        ($0.0 + $1.headcount, $0.1 + $1.target, $0.2 + $1.payout)
      }
      table.append(
        groups.totalIsShareable
          ? [label, String(headcount), money(target)] + paid(payout, of: target)
          : [label, "—", "withheld", "withheld", "withheld"])
    }
    guard totalIsShown else {
      table.append(["Total", "—", "withheld", "withheld", "withheld"])
      return table
    }
    let all = engineers.reduce(Money.zero) { $0 + $1.target.amount }
    table.append(["Total", String(engineers.count), money(all), money(total), Self.percent(total, of: all)])
    return table
  }
}
