/// `incentive ledger history`: one row per recorded run, oldest first, with the payouts that moved
/// against the closing run beneath the run that moved them, so a finance reader sees what ran, on
/// which inputs and what changed after close. A `repair` entry has a row without run fields and a
/// line beneath the table saying what it removed.
struct LedgerHistory: Sendable {
  var entries: [LedgerEntry]

  init(entries: [LedgerEntry]) {
    self.entries = entries
  }

  func renderTable() -> String {
    guard !entries.isEmpty else { return "no runs recorded\n" }
    var table = TextTable(
      headers: ["LINE", "KIND", "TIME", "USER", "PERIOD", "PLAN", "INPUTS", "OUTPUT", "PAYOUTS", "REASON"],
      alignments: [.right, .left, .left, .left, .left, .left, .right, .left, .right, .left])
    for entry in entries {
      guard entry.removed == nil else {
        table.append([String(entry.seq), entry.kind.rawValue, entry.time, entry.user, "", "", "", "", "", entry.reason ?? ""])
        continue
      }
      table.append([
        String(entry.seq), entry.kind.rawValue, entry.time, entry.user, entry.period.description,
        entry.plan.path + " " + entry.plan.sha256.prefix(12), String(entry.inputs.count),
        String(entry.outputSHA256.prefix(12)), String(entry.payouts.count), entry.reason ?? "",
      ])
    }
    var text = table.render()
    let changed = entries.filter { !$0.changes.isEmpty }
    if !changed.isEmpty {
      text += "\nPayouts changed against the closing run:\n"
      for entry in changed {
        for change in entry.changes {
          text += "  line \(entry.seq): \(TerminalText.escaped(change.summary))\n"
        }
      }
    }
    let repairs = entries.compactMap { entry in entry.removed.map { (entry.seq, $0) } }
    if !repairs.isEmpty {
      text += "\nRepairs (incomplete final lines removed by `incentive ledger repair`):\n"
      for (seq, removed) in repairs {
        text +=
          "  line \(seq): removed line \(removed.line), \(removed.bytes) bytes, SHA-256 \(removed.sha256), "
          + "saved in \(TerminalText.escaped(removed.savedAs))\n"
      }
    }
    return text
  }
}
