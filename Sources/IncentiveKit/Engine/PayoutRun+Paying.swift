extension PayoutRun {
  /// A run's people, paid one block at a time on the run's threads and handed to a consumer in engineer-id order:
  /// what every command that does not need all payouts at once is made from (`calculate`'s JSON, CSV and table, with
  /// or without a ledger; `check`, `diff`, `statement`, `explain`, `audit bias`, `close`, `forecast`, `trend`,
  /// `sensitivity`), so a command for 100,000 people holds a few blocks of payouts, never all of them.
  struct Paying {
    let engine: PayoutEngine
    let roster: Roster
    let metrics: ComputedMetrics
    /// The currencies the people employed in the period are paid in (`PayoutEngine.currencies`).
    let currencies: [Currency]
    let threads: Int

    /// Pays everyone: `render` runs on the thread that paid each person (it may only read) and keeps what
    /// `consume` needs, a JSON element or a person's figures; `consume` gets each rendering on the calling thread,
    /// in engineer-id order, while the team and currency totals are added up.
    ///
    /// - Parameter notesOnly: each component's trace leaves out the steps that only show the arithmetic, for a
    ///   rendering that shows a component's notes and never its arithmetic (a report; a statement shows it).
    /// - Returns: what follows the engineers in a report: the teams and the totals.
    /// - Throws: the first error in engineer-id order (paying's or `consume`'s), after everyone before it was consumed.
    func callAsFunction<Rendered>(
      notesOnly: Bool = true, render: (EngineerPayout) -> Rendered, consume: (Rendered) throws -> Void
    ) throws -> PayoutReport.Tail {
      var totals = PayoutTotals(currencies: currencies)
      do throws(PayoutFailure<any Error>) {
        try engine.forEachPayout(
          roster: roster, metrics: metrics, threads: threads, notesOnly: notesOnly,
          render: { (PayoutTotals.Entry($0), render($0)) }
        ) { (paid: (entry: PayoutTotals.Entry, rendered: Rendered)) throws(any Error) in
          try totals.add(paid.entry)
          try consume(paid.rendered)
        }
      } catch {
        switch error {
        case .calculation(let error): throw error
        case .consumer(let error): throw error
        }
      }
      return PayoutReport.Tail(
        teams: totals.teams, currencyTotals: totals.currencyTotals(rates: engine.exchangeRates),
        hasExtras: totals.hasExtras)
    }

    /// The people for a streaming writer, which renders each payout as bytes.
    var payouts: PayoutReport.Payouts { { render, write in try self(render: render, consume: write) } }
  }

  /// The run's report before anyone is paid (plan, period, currency, metrics; no engineers, zero totals), and its
  /// people to be paid when a consumer asks (`Paying`).
  func paying(strictConflicts: Bool) throws -> (shell: PayoutReport, paying: Paying) {
    let engine = try engine(strictConflicts: strictConflicts)
    let metrics = try metrics()
    let currencies = engine.currencies(roster: roster, period: metrics.period)
    let shell = engine.report(engineers: [], totals: PayoutTotals(currencies: currencies), metrics: metrics)
    return (shell, Paying(engine: engine, roster: roster, metrics: metrics, currencies: currencies, threads: threads))
  }

  /// `paying(strictConflicts:)` for the streaming writers, which take each payout rendered as bytes: `calculate
  /// --output` writes 100,000 people holding a few blocks of them. A JSON or CSV report shows the notes alone.
  func payingOneAtATime(strictConflicts: Bool) throws -> (shell: PayoutReport, payouts: PayoutReport.Payouts) {
    let (shell, paying) = try paying(strictConflicts: strictConflicts)
    return (shell, paying.payouts)
  }
}
