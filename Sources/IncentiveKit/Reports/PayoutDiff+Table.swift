import Foundation

extension PayoutDiff {
  /// The readable diff: engineers (with the target and components that moved beneath each), then
  /// teams and the total. With `onlyDifferences` (check) unchanged rows are left out; without it
  /// (what-if) every engineer and team is listed, largest change first.
  func renderTable(onlyDifferences: Bool) -> String {
    let (notes, grids) = layout(onlyDifferences: onlyDifferences)
    var text = notes.joined()
    if !text.isEmpty { text += "\n" }
    return text + grids.map(\.text).joined(separator: "\n")
  }

  /// Headers, alignments and cells of one table, rendered as text or Markdown.
  struct Grid {
    var headers: [String]
    var alignments: [TextTable.Alignment]
    var rows: [[String]] = []

    var text: String {
      var table = TextTable(headers: headers, alignments: alignments)
      rows.forEach { table.append($0) }
      return table.render()
    }

    var markdownTable: MarkdownTable {
      var table = MarkdownTable(headers: headers, alignments: alignments)
      rows.forEach { table.append($0) }
      return table
    }
  }

  /// Mismatch and plan notes, then the engineers table (with the target and components that
  /// moved beneath each) when anyone is listed, then teams and the total.
  func layout(onlyDifferences: Bool) -> (notes: [String], grids: [Grid]) {
    let notes = mismatches.map { "mismatch: \(shown: $0)\n" } + planChanges.map { "note: \(shown: $0)\n" }
    var grids: [Grid] = []
    let people = onlyDifferences ? differingEngineers : engineers
    if !people.isEmpty {
      var grid = Grid(
        headers: ["ENGINEER", "NAME", "TEAM", "OLD", "NEW", "DELTA", "WHAT MOVED"],
        alignments: [.left, .left, .left, .right, .right, .right, .left])
      for engineer in people {
        grid.rows.append([
          engineer.id, engineer.name ?? "", engineer.team, amount(engineer.payout.before),
          amount(engineer.payout.after), signed(engineer.payout.delta), summary(of: engineer),
        ])
        if engineer.isAdded || engineer.isRemoved { continue }
        if engineer.target.exceeds(tolerance) {
          grid.rows.append([
            "", "  target", "", amount(engineer.target.before), amount(engineer.target.after),
            signed(engineer.target.delta), "",
          ])
        }
        for driver in engineer.drivers {
          grid.rows.append([
            "", "  " + driver.id, "", amount(driver.amount.before), amount(driver.amount.after),
            signed(driver.amount.delta),
            driver.multiplierBefore == nil && driver.multiplierAfter == nil
              ? "outside the bonus"
              : driver.multiplierBefore == driver.multiplierAfter
              ? "multiplier \(multiplier(driver.multiplierAfter)) unchanged"
              : "multiplier " + multiplier(driver.multiplierBefore) + " → " + multiplier(driver.multiplierAfter),
          ])
        }
      }
      grids.append(grid)
    }
    var teamGrid = Grid(
      headers: ["TEAM", "HEADCOUNT", "OLD", "NEW", "DELTA"], alignments: [.left, .right, .right, .right, .right])
    for team in onlyDifferences ? differingTeams : teams {
      teamGrid.rows.append([
        team.team, headcount(team.headcountBefore, team.headcountAfter), amount(team.payout.before),
        amount(team.payout.after), signed(team.payout.delta),
      ])
    }
    teamGrid.rows.append(["TOTAL", "", amount(total.before), amount(total.after), signed(total.delta)])
    if extrasTotal.before != .zero || extrasTotal.after != .zero {
      teamGrid.rows.append([
        "OUTSIDE BONUS", "", amount(extrasTotal.before), amount(extrasTotal.after), signed(extrasTotal.delta),
      ])
    }
    grids.append(teamGrid)
    return (notes, grids)
  }

  /// The one line `check` always prints last; `expected` names the golden file, a path from the command line shown
  /// escaped like the plan names a mismatch quotes.
  func checkSummary(expected: String) -> String {
    let people = engineers.count
    if !hasDifferences {
      return "check passed: \(people) engineers, \(teams.count) teams and the total "
        + "\(amount(total.after)) \(currency.code) match \(shown: expected) (tolerance \(tolerance.formatted(in: currency)))"
    }
    var parts = [
      "\(differingEngineers.count) of \(people) engineers", "\(differingTeams.count) of \(teams.count) teams",
    ]
    parts += mismatches.map(TerminalText.escaped)
    return "check failed: " + parts.joined(separator: ", ") + " differ from \(shown: expected); total "
      + "\(amount(total.before)) → \(amount(total.after)) (\(signed(total.delta)) \(currency.code), "
      + "tolerance \(tolerance.formatted(in: currency)))"
  }

  /// The one line `diff` prints last: the cost of going from the first run to the second, pay outside the bonus
  /// included when either run has any (a premium rate's change costs money that the bonus total leaves out).
  func diffSummary() -> String {
    var line = "total \(amount(total.before)) → \(amount(total.after)) (\(signed(total.delta)) \(currency.code))"
    if extrasTotal.before != .zero || extrasTotal.after != .zero {
      line +=
        "; outside the bonus \(amount(extrasTotal.before)) → \(amount(extrasTotal.after)) "
        + "(\(signed(extrasTotal.delta)) \(currency.code))"
    }
    return line + "; \(differingEngineers.count) of \(engineers.count) engineers' payouts change"
  }

  private func summary(of engineer: EngineerChange) -> String {
    if engineer.isAdded { return "added" }
    if engineer.isRemoved { return "removed" }
    // Components whose multiplier moved drove the change; amounts that only follow a new target
    // (or new weights) are listed beneath but named here only when nothing else explains the change.
    var moved: [String] = []
    if engineer.target.exceeds(tolerance) { moved.append("target") }
    moved += engineer.drivers.filter { $0.multiplierBefore != $0.multiplierAfter }.map(\.id)
    if moved.isEmpty, engineer.multiplierBefore != engineer.multiplierAfter {
      // Same component multipliers, different total: cap, floor, weights or an adjustment.
      moved.append(
        "multiplier \(multiplier(engineer.multiplierBefore, minimumDecimals: 2)) → "
          + multiplier(engineer.multiplierAfter, minimumDecimals: 2))
    }
    if moved.isEmpty { moved = engineer.drivers.map(\.id) }
    return moved.joined(separator: ", ")
  }

  func amount(_ money: Money?) -> String { money.map { $0.grouped(in: currency) } ?? "—" }

  func signed(_ money: Money) -> String { money.signedGrouped(in: currency) }

  private func multiplier(_ value: FixedDecimal?, minimumDecimals: Int = 4) -> String {
    value.map { $0.trimmed(minimumDecimals: minimumDecimals) } ?? "—"
  }

  private func headcount(_ before: Int?, _ after: Int?) -> String {
    let old = before.map(String.init) ?? "—"
    let new = after.map(String.init) ?? "—"
    return old == new ? new : "\(old) → \(new)"
  }
}
