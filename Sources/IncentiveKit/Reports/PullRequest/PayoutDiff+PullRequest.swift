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
  /// many people and teams moved, the total and per-team old, new and delta, how many people each
  /// component moved, the plan change itself; no engineer's name, id or pay unless `options.detail`.
  /// Always within `options.limit` characters, with a note saying what was cut.
  func renderPullRequestComment(_ options: CommentOptions) -> String {
    var budget = CommentBudget(limit: options.limit, fullOutputHint: options.fullOutputHint)
    // Amounts for one partition only, the teams: a component's delta beside a team's of overlapping people gave the
    // difference away ("recovery | 1 | -94.04" was one person's change; a component moving a team and one person
    // elsewhere, minus that team, was that person's), so what drove a change is counted, not priced (but in
    // `detail`). Teams whose figures are not the pay and the change of enough people fold into one row, and the
    // totals show only when that row could (`commentTeams`).
    let minimum = options.detail ? 0 : options.minGroupSize
    let teamGroups = commentTeams(minimum: minimum)
    let totalsShown = teamGroups.totalIsShareable
    var head = "### " + MarkdownTable.escape(options.heading) + "\n\n"
    if totalsShown {
      // Pay outside the bonus is personal, as in `--share`: its totals only in the private detail.
      head += movedSentence(withExtras: options.detail) + "\n\n"
    } else {
      head +=
        movedSentence(totalsShown: false) + "; totals withheld: with the teams shown they would give away the pay, "
        + "or the change, of fewer than \(minimum) people.\n\n"
    }
    let notes = mismatches.map { "mismatch: \($0)" } + planChanges.map { "note: \($0)" }
    for note in notes { head += "- " + MarkdownTable.escape(note) + "\n" }
    if !notes.isEmpty { head += "\n" }
    budget.append(head, what: "the summary")
    budget.appendTable(
      title: "#### Teams\n\n",
      teamTable(teamGroups, onlyDifferences: options.onlyDifferences, totalsShown: totalsShown), what: "team")
    let drivers = driverTable(withDeltas: options.detail)
    if !drivers.rows.isEmpty {
      budget.appendTable(title: "#### What drove it\n\n", drivers, what: "component")
    }
    if !options.planChanges.isEmpty {
      var table = MarkdownTable(headers: ["Plan key", "Old", "New"], alignments: [.left, .left, .left])
      for change in options.planChanges {
        // A retention grant names a person, their amount and why: in the private detail only.
        if !options.detail, change.path.hasPrefix("retention_bonuses") {
          table.append([
            "retention_bonuses", change.before == nil ? "—" : "withheld (names a person)",
            change.after == nil ? "—" : "withheld (names a person)",
          ])
          continue
        }
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
  func movedSentence(totalsShown: Bool = true, withExtras: Bool = true) -> String {
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
    if withExtras, extrasTotal.before != .zero || extrasTotal.after != .zero {
      sentence +=
        "; outside the bonus \(amount(extrasTotal.before)) → \(amount(extrasTotal.after)) "
        + "(\(signed(extrasTotal.delta)))"
    }
    // Counts, amounts and an ISO currency code only: nothing in it Markdown could read as markup.
    return sentence + "."
  }

  /// A team as a comment weighs it: its old figure is the pay of the people in it in the older run, its new figure
  /// that of those in it in the newer run, and its delta the change of the people whose pay in those figures
  /// differs (a changed payout, or a move in or out of the team, an addition, a removal).
  struct CommentTeam {
    var change: TeamChange
    var index: Int
    var paidBefore = 0
    var paidAfter = 0
    var movers = 0
    /// Movers whose own payout changed. Moves cancel in a sum of figures (a team renamed: five out of one row, five
    /// into another), so the changes that remain must be enough people's too.
    var changers = 0
  }

  /// Every team, those whose old or new figure is the pay of fewer than `minimum` people (but some), or whose delta
  /// is the change of fewer than `minimum` people (but some), hidden; the hidden ones together are shown, and the
  /// totals with them, on the same terms, each person counted once. Every team, not only those that differ: in
  /// `check`, the teams not listed are the total minus the listed ones, so a small one among them must fold (and
  /// withhold the totals) like any other.
  private func commentTeams(minimum: Int) -> GroupSuppression<CommentTeam> {
    var rows = teams.enumerated().map { CommentTeam(change: $1, index: $0) }
    var position: [String: Int] = [:]
    for (index, row) in rows.enumerated() where position[row.change.team] == nil { position[row.change.team] = index }
    // Per person: the team whose old figure they are paid in, the one whose new figure, and the teams whose delta
    // their pay moves.
    struct Place {
      var before: Int?
      var after: Int?
      var changed: Bool
      var moves: [Int] = []
    }
    var places: [Place] = []
    for engineer in engineers {
      let (old, new) = (engineer.payout.before ?? .zero, engineer.payout.after ?? .zero)
      let teamBefore = engineer.payout.before == nil ? nil : engineer.teamBefore.flatMap { position[$0] }
      let teamAfter = engineer.payout.after == nil ? nil : position[engineer.team]
      var place = Place(
        before: old == .zero ? nil : teamBefore, after: new == .zero ? nil : teamAfter, changed: old != new)
      if teamBefore == teamAfter {
        if let team = teamBefore, old != new { place.moves = [team] }
      } else {
        if let team = place.before { place.moves.append(team) }
        if let team = place.after { place.moves.append(team) }
      }
      if let team = place.before { rows[team].paidBefore += 1 }
      if let team = place.after { rows[team].paidAfter += 1 }
      for team in place.moves {
        rows[team].movers += 1
        if place.changed { rows[team].changers += 1 }
      }
      places.append(place)
    }
    func enough(_ people: Int) -> Bool { people == 0 || people >= minimum }
    return GroupSuppression(
      rows, minimum: minimum,
      isShown: { enough($0.paidBefore) && enough($0.paidAfter) && enough($0.movers) && enough($0.changers) },
      hiddenAreShareable: { hidden in
        let teams = Set(hidden.map(\.index))
        let moving = places.filter { $0.moves.contains(where: teams.contains) }
        return enough(places.filter { $0.before.map(teams.contains) == true }.count)
          && enough(places.filter { $0.after.map(teams.contains) == true }.count) && enough(moving.count)
          && enough(moving.filter(\.changed).count)
      })
  }

  /// Teams with their old, new and delta, largest change first (only those that differ, for `check`); the hidden
  /// teams folded into one row, whose amounts are withheld when it could not be shown, and the totals with it.
  private func teamTable(
    _ groups: GroupSuppression<CommentTeam>, onlyDifferences: Bool, totalsShown: Bool
  ) -> MarkdownTable {
    var table = MarkdownTable(
      headers: ["Team", "Headcount", "Old", "New", "Delta"], alignments: [.left, .right, .right, .right, .right])
    let withheld = ["withheld", "withheld", "withheld"]
    let listed = Set(onlyDifferences ? differingTeams.map(\.team) : teams.map(\.team))
    // In the order the diff lists its teams, largest change first.
    let shown = Set(groups.shown.map(\.change.team))
    for team in onlyDifferences ? differingTeams : teams where shown.contains(team.team) {
      let old = team.headcountBefore.map(String.init) ?? "—"
      let new = team.headcountAfter.map(String.init) ?? "—"
      table.append([
        team.team, old == new ? new : "\(old) → \(new)", amount(team.payout.before), amount(team.payout.after),
        signed(team.payout.delta),
      ])
    }
    let hidden = groups.hidden.map(\.change)
    if hidden.contains(where: { listed.contains($0.team) }) {
      let label = "\(hidden.count) team(s) with the pay or change of fewer than \(groups.minimum) people"
      let before = hidden.reduce(Money.zero) { $0 + ($1.payout.before ?? .zero) }
      let after = hidden.reduce(Money.zero) { $0 + ($1.payout.after ?? .zero) }
      let headcount = hidden.reduce(0) { $0 + max($1.headcountBefore ?? 0, $1.headcountAfter ?? 0) }
      table.append(
        groups.totalIsShareable
          ? [label, String(headcount), amount(before), amount(after), signed(after - before)]
          : [label, "—"] + withheld)
    }
    table.append(
      ["Total", ""] + (totalsShown ? [amount(total.before), amount(total.after), signed(total.delta)] : withheld))
    return table
  }

  /// Per component (and target, pay outside the bonus, people added or removed): how many people it moved, most
  /// first, and, `withDeltas` (a private channel only), by how much in all. No one is named.
  private func driverTable(withDeltas: Bool) -> MarkdownTable {
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
      } else if engineer.isRemoved {
        add("people removed", engineer.payout.delta)
      } else {
        for driver in engineer.drivers { add(driver.id, driver.amount.delta) }
      }
    }
    // Largest delta first where deltas are shown; most people first where they are not (an order by delta would
    // rank what the comment withholds).
    func rank(_ key: String) -> UInt64 {
      withDeltas ? rows[key]!.delta.minorUnits.magnitude : UInt64(rows[key]!.people)
    }
    var table = MarkdownTable(
      headers: ["Component", "People moved"] + (withDeltas ? ["Delta"] : []),
      alignments: [.left, .right] + (withDeltas ? [.right] : []))
    for key in order.sorted(by: { rank($0) != rank($1) ? rank($0) > rank($1) : $0.precedesInByteOrder($1) }) {
      table.append([key, String(rows[key]!.people)] + (withDeltas ? [signed(rows[key]!.delta)] : []))
    }
    return table
  }

  /// A plan value shortened for a table cell; the full plan is in the pull request's diff.
  static func clip(_ text: String, to length: Int = 160) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }
}
