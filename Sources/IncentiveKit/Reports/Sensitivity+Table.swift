extension Sensitivity {
  /// The terminal view: one block of probes per input, then each gaming move with its assumption,
  /// the metrics it moved, the payout change and the guards that caught it or held.
  public func renderTable() -> String {
    var text =
      "Sensitivity of \(shown: title) · \(period.from) to \(period.to) · payout \(payout.grouped(in: currency)) "
      + "\(currency.code)\n"
    text += "Each row re-runs the payout engine with one metric set to the value shown, all else as measured.\n\n"
    var table = TextTable(
      headers: ["COMPONENT", "METRIC", "SUBJECT", "VALUE", "MULTIPLIER", "PAYOUT", "DELTA", "GUARDS BROKEN"],
      alignments: [.left, .left, .left, .right, .right, .right, .right, .left])
    for input in inputs {
      for (index, point) in input.points.enumerated() {
        let first = index == 0
        table.append([
          first ? input.components.joined(separator: ", ") : "", first ? input.metric.name : "",
          first ? input.subject : "",
          (point.value.map { $0.trimmed() } ?? "absent") + (point.isCurrent ? " (now)" : ""),
          point.componentMultiplier.map { $0.formatted(decimals: Precision.componentMultiplier) } ?? "",
          point.payout.grouped(in: currency),
          signed(point.delta), point.brokenGuards.joined(separator: "; "),
        ])
      }
    }
    text += table.render()
    // Component ids, subjects and titles come from the plan and the data: every value below is shown escaped.
    let inputNotes = inputs.flatMap { input in
      input.notes.map { "\(shown: input.components, separator: ", "): \(shown: $0)" }
    }
    for note in inputNotes + notes.map(TerminalText.escaped) { text += "note: \(note)\n" }

    if !moves.isEmpty {
      text += "\nGaming moves, simulated on the dataset's rows and recomputed through metrics, guards and engine:\n"
    }
    for outcome in moves {
      text += "\n\(outcome.move.kind.rawValue): \(shown: outcome.move.title)\n"
      text += "  assumes: \(shown: outcome.move.assumption)\n"
      for shift in outcome.shifts {
        text +=
          "  \(shown: shift.subject) \(shown: shift.metric.name): \(decimal(shift.before)) → \(decimal(shift.after))\n"
      }
      for status in outcome.guards {
        let state =
          status.caught
          ? "CAUGHT (broken by the move)"
          : status.brokenAfter ? "already broken" : status.brokenBefore ? "no longer broken" : "holds"
        text +=
          "  guard \(shown: status.component) \(shown: status.rule) on \(shown: status.subject): "
          + "\(decimal(status.before)) → \(decimal(status.after)): \(state)\n"
      }
      text +=
        "  payout \(outcome.payout.before?.grouped(in: currency) ?? "—") → "
        + "\(outcome.payout.after?.grouped(in: currency) ?? "—") (\(signed(outcome.payout.delta))): "
        + "\(shown: verdict(outcome))\n"
    }
    return text
  }

  /// Plain words for the result of a move, with component ids as written: the JSON keeps them so, the table escapes.
  func verdict(_ outcome: MoveOutcome) -> String {
    let caught = Self.distinct(outcome.caughtBy.map { "\($0.component) \($0.rule)" })
    let cleared = Self.distinct(
      outcome.guards.filter { $0.brokenBefore && !$0.brokenAfter }.map { "\($0.component) \($0.rule)" })
    if outcome.pays {
      let clears = cleared.isEmpty ? "" : "; worse, it clears \(cleared.joined(separator: ", "))"
      return caught.isEmpty
        ? "PAYS: no guard catches this move" + clears
        : "PAYS despite \(caught.joined(separator: ", ")): the guard caps the gain but does not remove it" + clears
    }
    if !caught.isEmpty { return "caught by \(caught.joined(separator: ", "))" }
    return outcome.payout.delta.minorUnits == 0
      ? "no effect on this payout" : "does not pay: it lowers another component"
  }

  /// Each text once, first occurrence first (a team's members share guards).
  static func distinct(_ texts: [String]) -> [String] {
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }
  }

  private func decimal(_ value: FixedDecimal?) -> String { value.map { $0.trimmed() } ?? "absent" }

  private func signed(_ money: Money) -> String { money.signedGrouped(in: currency) }
}
