extension PayoutDiff {
  /// What a pull-request comment about a diff is for and may show.
  struct CommentOptions {
    /// `incentive check: failed`, `incentive diff`.
    var heading: String
    /// check: only what differs; diff (what-if): every team.
    var onlyDifferences: Bool
    /// The plan's own change, key by key, when the old plan is known.
    var planChanges: [PlanChange] = []
    /// Teams smaller than this are folded into one row (unless `detail`), as in `--share`.
    var minGroupSize: Int
    /// Add the named per-person rows: for a private channel, never a public pull request.
    var detail: Bool
    var limit: Int = CommentBudget.gitHubLimit
    /// Where a reader finds what a shortened comment left out.
    var fullOutputHint: String
  }

  /// Markdown for a pull-request comment that a reviewer can act on and that names nobody: how
  /// many people and teams moved, the total and per-team deltas, the components that drove
  /// them, the plan change itself; no engineer's name, id or pay unless `options.detail`.
  /// Always within `options.limit` characters, with a note saying what was cut.
  func renderPullRequestComment(_ options: CommentOptions) -> String {
    var budget = CommentBudget(limit: options.limit, fullOutputHint: options.fullOutputHint)
    var head = "### " + MarkdownTable.escape(options.heading) + "\n\n" + movedSentence() + "\n\n"
    let notes = mismatches.map { "mismatch: \($0)" } + planChanges.map { "note: \($0)" }
    for note in notes { head += "- " + MarkdownTable.escape(note) + "\n" }
    if !notes.isEmpty { head += "\n" }
    budget.append(head, what: "the summary")
    budget.appendTable(
      title: "#### Teams\n\n", teamTable(onlyDifferences: options.onlyDifferences, options: options), what: "team")
    let drivers = driverTable()
    if !drivers.rows.isEmpty {
      budget.appendTable(title: "#### What drove it\n\n", drivers, what: "component")
    }
    if !options.planChanges.isEmpty {
      var table = MarkdownTable(headers: ["Plan key", "Old", "New"], alignments: [.left, .left, .left])
      for change in options.planChanges {
        table.append([change.path, Self.clip(change.before ?? "—"), Self.clip(change.after ?? "—")])
      }
      budget.appendTable(title: "#### Plan change\n\n", table, what: "plan change")
    }
    if options.detail, let people = layout(onlyDifferences: options.onlyDifferences).grids.dropLast().first {
      budget.appendTable(
        title: "#### People (named: for a private channel only)\n\n", people.markdownTable, what: "person")
    }
    return budget.finished()
  }

  /// `3 of 15 engineers (1 added) and 2 of 3 teams moved; total 87,757.48 → 88,000.00 (+242.52 USD).`
  func movedSentence() -> String {
    let moved = differingEngineers
    var extra: [String] = []
    let added = moved.filter(\.isAdded).count
    let removed = moved.filter(\.isRemoved).count
    if added > 0 { extra.append("\(added) added") }
    if removed > 0 { extra.append("\(removed) removed") }
    var sentence =
      "**\(moved.count) of \(engineers.count) engineers**"
      + (extra.isEmpty ? "" : " (" + extra.joined(separator: ", ") + ")")
      + " and **\(differingTeams.count) of \(teams.count) teams** moved; total \(amount(total.before)) → "
      + "\(amount(total.after)) (**\(signed(total.delta)) \(currency.code)**)"
    if extrasTotal.before != .zero || extrasTotal.after != .zero {
      sentence +=
        "; outside the bonus \(amount(extrasTotal.before)) → \(amount(extrasTotal.after)) "
        + "(\(signed(extrasTotal.delta)))"
    }
    // Counts, amounts and an ISO currency code only: nothing in it Markdown could read as markup.
    return sentence + "."
  }

  /// Teams with their old, new and delta, largest change first; teams under the group size
  /// are folded into one row, whose amounts are withheld when it is itself too small.
  private func teamTable(onlyDifferences: Bool, options: CommentOptions) -> MarkdownTable {
    var table = MarkdownTable(
      headers: ["Team", "Headcount", "Old", "New", "Delta"], alignments: [.left, .right, .right, .right, .right])
    var small: (teams: Int, headcount: Int, before: Money, after: Money) = (0, 0, .zero, .zero)
    for team in onlyDifferences ? differingTeams : teams {
      let size = max(team.headcountBefore ?? 0, team.headcountAfter ?? 0)
      if !options.detail && size < options.minGroupSize {
        small.teams += 1
        small.headcount += size
        small.before += team.payout.before ?? .zero
        small.after += team.payout.after ?? .zero
        continue
      }
      let old = team.headcountBefore.map(String.init) ?? "—"
      let new = team.headcountAfter.map(String.init) ?? "—"
      table.append([
        team.team, old == new ? new : "\(old) → \(new)", amount(team.payout.before), amount(team.payout.after),
        signed(team.payout.delta),
      ])
    }
    if small.teams > 0 {
      let label = "\(small.teams) team(s) under \(options.minGroupSize) people"
      if small.headcount < options.minGroupSize {
        table.append([label, "—", "withheld", "withheld", "withheld"])
      } else {
        table.append([
          label, String(small.headcount), amount(small.before), amount(small.after), signed(small.after - small.before),
        ])
      }
    }
    table.append(["Total", "", amount(total.before), amount(total.after), signed(total.delta)])
    return table
  }

  /// Per component (and target, pay outside the bonus, people added or removed): how many
  /// people it moved and by how much in all, largest first. No one is named.
  private func driverTable() -> MarkdownTable {
    var rows: [String: (people: Int, delta: Money)] = [:]
    var order: [String] = []
    func add(_ key: String, _ delta: Money) {
      if rows[key] == nil { order.append(key) }
      rows[key, default: (0, .zero)].people += 1
      rows[key, default: (0, .zero)].delta += delta
    }
    for engineer in differingEngineers {
      if engineer.isAdded {
        add("people added", engineer.payout.delta)
        continue
      }
      if engineer.isRemoved {
        add("people removed", engineer.payout.delta)
        continue
      }
      for driver in engineer.drivers { add(driver.id, driver.amount.delta) }
    }
    var table = MarkdownTable(
      headers: ["Component", "People moved", "Delta"], alignments: [.left, .right, .right])
    let sorted = order.sorted { a, b in
      let (da, db) = (rows[a]!.delta.minorUnits.magnitude, rows[b]!.delta.minorUnits.magnitude)
      return da != db ? da > db : a.precedesInByteOrder(b)
    }
    for key in sorted { table.append([key, String(rows[key]!.people), signed(rows[key]!.delta)]) }
    return table
  }

  /// A plan value shortened for a table cell; the full plan is in the pull request's diff.
  static func clip(_ text: String, to length: Int = 160) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }
}
