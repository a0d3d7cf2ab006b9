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
    // Teams and drivers are folded as `calculate --format markdown` folds teams and components: the team deltas and
    // the driver deltas each add up to the total's, so a fold withheld on one side withholds the totals and the
    // other side's amounts, which would give the fold away by subtraction ("recovery | 1 | -94.04" was one
    // person's change).
    let minimum = options.detail ? 0 : options.minGroupSize
    let teamGroups = GroupSuppression(options.onlyDifferences ? differingTeams : teams, minimum: minimum) {
      max($0.headcountBefore ?? 0, $0.headcountAfter ?? 0)
    }
    let driverGroups = drivers(minimum: minimum)
    let totalsShown = teamGroups.totalIsShareable && driverGroups.totalIsShareable
    var head = "### " + MarkdownTable.escape(options.heading) + "\n\n"
    if totalsShown {
      head += movedSentence() + "\n\n"
    } else {
      // Which rule withheld them: fewer movers than the group size (their changes would be their pay), else a
      // team fold too small to show.
      let why =
        driverGroups.totalIsShareable
        ? "with the teams shown they would give away the pay of teams under \(minimum) people"
        : "fewer than \(minimum) people moved, so the changes would be their pay"
      head += movedSentence(totalsShown: false) + "; amounts withheld: " + why + ".\n\n"
    }
    let notes = mismatches.map { "mismatch: \($0)" } + planChanges.map { "note: \($0)" }
    for note in notes { head += "- " + MarkdownTable.escape(note) + "\n" }
    if !notes.isEmpty { head += "\n" }
    budget.append(head, what: "the summary")
    budget.appendTable(
      title: "#### Teams\n\n",
      teamTable(
        teamGroups, totalsShown: totalsShown,
        amountsShown: driverGroups.totalIsShareable || !teamGroups.totalIsShareable),
      what: "team")
    let drivers = driverTable(
      driverGroups, amountsShown: teamGroups.totalIsShareable || !driverGroups.totalIsShareable)
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

  /// `3 of 15 engineers (1 added) and 2 of 3 teams moved; total 87,757.48 → 88,000.00 (+242.52 USD).`; without
  /// `totalsShown`, the counts alone, unfinished, for the caller to say why.
  func movedSentence(totalsShown: Bool = true) -> String {
    let moved = differingEngineers
    var extra: [String] = []
    let added = moved.filter(\.isAdded).count
    let removed = moved.filter(\.isRemoved).count
    if added > 0 { extra.append("\(added) added") }
    if removed > 0 { extra.append("\(removed) removed") }
    var sentence =
      "**\(moved.count) of \(engineers.count) engineers**"
      + (extra.isEmpty ? "" : " (" + extra.joined(separator: ", ") + ")")
      + " and **\(differingTeams.count) of \(teams.count) teams** moved"
    guard totalsShown else { return sentence }
    sentence +=
      "; total \(amount(total.before)) → \(amount(total.after)) (**\(signed(total.delta)) \(currency.code)**)"
    if extrasTotal.before != .zero || extrasTotal.after != .zero {
      sentence +=
        "; outside the bonus \(amount(extrasTotal.before)) → \(amount(extrasTotal.after)) "
        + "(\(signed(extrasTotal.delta)))"
    }
    // Counts, amounts and an ISO currency code only: nothing in it Markdown could read as markup.
    return sentence + "."
  }

  /// Teams with their old, new and delta, largest change first; the hidden teams folded into one row, whose
  /// amounts are withheld when it is itself too small; the total row withheld unless `totalsShown`, every team's
  /// amounts unless `amountsShown`.
  private func teamTable(
    _ groups: GroupSuppression<TeamChange>, totalsShown: Bool, amountsShown: Bool
  ) -> MarkdownTable {
    var table = MarkdownTable(
      headers: ["Team", "Headcount", "Old", "New", "Delta"], alignments: [.left, .right, .right, .right, .right])
    let withheld = ["withheld", "withheld", "withheld"]
    for team in groups.shown {
      let old = team.headcountBefore.map(String.init) ?? "—"
      let new = team.headcountAfter.map(String.init) ?? "—"
      table.append(
        [team.team, old == new ? new : "\(old) → \(new)"]
          + (amountsShown
            ? [amount(team.payout.before), amount(team.payout.after), signed(team.payout.delta)] : withheld))
    }
    if !groups.hidden.isEmpty {
      let label = "\(groups.hidden.count) team(s) under \(groups.minimum) people"
      let before = groups.hidden.reduce(Money.zero) { $0 + ($1.payout.before ?? .zero) }
      let after = groups.hidden.reduce(Money.zero) { $0 + ($1.payout.after ?? .zero) }
      table.append(
        groups.totalIsShareable
          ? [label, String(groups.suppressedPeople)]
            + (amountsShown ? [amount(before), amount(after), signed(after - before)] : withheld)
          : [label, "—"] + withheld)
    }
    table.append(
      ["Total", ""] + (totalsShown ? [amount(total.before), amount(total.after), signed(total.delta)] : withheld))
    return table
  }

  /// A driver of the change: a component (or target, pay outside the bonus, people added or removed), how many
  /// people it moved and by how much in all.
  struct Driver {
    var key: String
    var people: Int
    var delta: Money
  }

  /// The drivers, largest first, those moving fewer than `minimum` people hidden; the hidden ones' people counted
  /// once each however many of them moved a person.
  private func drivers(minimum: Int) -> GroupSuppression<Driver> {
    var rows: [String: Driver] = [:]
    var order: [String] = []
    var keysByPerson: [[String]] = []
    for engineer in differingEngineers {
      var keys: [(String, Money)] = []
      if engineer.isAdded {
        keys = [("people added", engineer.payout.delta)]
      } else if engineer.isRemoved {
        keys = [("people removed", engineer.payout.delta)]
      } else {
        keys = engineer.drivers.map { ($0.id, $0.amount.delta) }
      }
      for (key, delta) in keys {
        if rows[key] == nil { order.append(key) }
        rows[key, default: Driver(key: key, people: 0, delta: .zero)].people += 1
        rows[key, default: Driver(key: key, people: 0, delta: .zero)].delta += delta
      }
      keysByPerson.append(keys.map(\.0))
    }
    let sorted = order.sorted { a, b in
      let (da, db) = (rows[a]!.delta.minorUnits.magnitude, rows[b]!.delta.minorUnits.magnitude)
      return da != db ? da > db : a.precedesInByteOrder(b)
    }
    return GroupSuppression(sorted.map { rows[$0]! }, minimum: minimum, size: \.people) { hidden in
      let keys = Set(hidden.map(\.key))
      return keysByPerson.filter { $0.contains(where: keys.contains) }.count
    }
  }

  /// Per driver: how many people it moved and the summed delta; the hidden ones folded into one row, withheld when
  /// they are too few people; every delta withheld unless `amountsShown`. No one is named.
  private func driverTable(_ groups: GroupSuppression<Driver>, amountsShown: Bool) -> MarkdownTable {
    var table = MarkdownTable(
      headers: ["Component", "People moved", "Delta"], alignments: [.left, .right, .right])
    for row in groups.shown {
      table.append([row.key, String(row.people), amountsShown ? signed(row.delta) : "withheld"])
    }
    if !groups.hidden.isEmpty {
      let label = "\(groups.hidden.count) driver(s) moving fewer than \(groups.minimum) people"
      let delta = groups.hidden.reduce(Money.zero) { $0 + $1.delta }
      table.append(
        groups.totalIsShareable
          ? [label, String(groups.suppressedPeople), amountsShown ? signed(delta) : "withheld"]
          : [label, "—", "withheld"])
    }
    return table
  }

  /// A plan value shortened for a table cell; the full plan is in the pull request's diff.
  static func clip(_ text: String, to length: Int = 160) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }
}
