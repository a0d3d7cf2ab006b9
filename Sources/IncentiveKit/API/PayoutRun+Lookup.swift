extension PayoutRun {
  /// Why `id` has no payout in this run: unknown to the roster (with the closest id), or not employed in the period.
  func lookupError(of id: String) -> PayoutLookupError {
    roster[id] != nil ? .notEmployed(id: id, period: period) : .notInRoster(id: id, suggestion: roster.closestID(to: id))
  }

  /// Everyone paid, as every report pays them (a person's team figures are their team's), each component with its
  /// arithmetic, but only `id`'s payout kept: `explain` and a single statement at 100,000 people used to keep all of
  /// them (1.2 GB) for one. What the data behind the payouts hides is said to `warn` once everyone is paid.
  ///
  /// - Returns: the run's report without its people (plan, period, metrics), and `id`'s payout, nil when the run
  ///   paid nobody by that id (`lookupError(of:)` says why).
  func paying(onlyFor id: String, strictConflicts: Bool, warn: NoticeHandler) throws -> (
    shell: PayoutReport, payout: EngineerPayout?
  ) {
    let (shell, paying) = try paying(strictConflicts: strictConflicts)
    let warnings = dataWarningsInBackground(shell.metrics)
    var found: EngineerPayout?
    _ = try paying(notesOnly: false, render: { $0.engineer.id == id ? $0 : nil }) { (payout: EngineerPayout?) in
      if let payout { found = payout }
    }
    warnings.wait().forEach(warn)
    return (shell, found)
  }
}
