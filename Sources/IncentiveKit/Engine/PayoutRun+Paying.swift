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

    /// `roster` paid by `engine` on `metrics` (a run's, or a what-if's, a forecast week's, a trend period's).
    init(engine: PayoutEngine, roster: Roster, metrics: ComputedMetrics, threads: Int) {
      self.engine = engine
      self.roster = roster
      self.metrics = metrics
      currencies = engine.currencies(roster: roster, period: metrics.period)
      self.threads = threads
    }

    /// The report before anyone is paid: plan, period, currency and metrics, no engineers, zero totals
    /// (`PayoutReport.totalled(by:)` adds what paying returns).
    var shell: PayoutReport {
      engine.report(engineers: [], totals: PayoutTotals(currencies: currencies), metrics: metrics)
    }

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
      try totalled { (totals) throws(PayoutFailure<any Error>) in
        try engine.forEachPayout(
          roster: roster, metrics: metrics, threads: threads, notesOnly: notesOnly,
          render: { (PayoutTotals.Entry($0), render($0)) }
        ) { (paid: (entry: PayoutTotals.Entry, rendered: Rendered)) throws(any Error) in
          try totals.add(paid.entry)
          try consume(paid.rendered)
        }
      }
    }

    /// Pays everyone as `callAsFunction` does, for a report written as bytes: each block's people rendered one after
    /// another into one buffer by `render`, on the thread that paid them (it may only read), and `consume` given each
    /// block's bytes (valid for the call) and how many people they hold, on the calling thread, in engineer-id order.
    ///
    /// A buffer per block, not per person: at 100,000 people the buffers were 200,000 allocations, and each person's
    /// bytes were copied out of theirs and then into the report's, two more copies of a 171 MB report. A block's
    /// bytes can go to the report's file as they are (`JSONStreamWriter.elements`).
    ///
    /// - Throws: as `callAsFunction`, in the same order: when a person's totals fail, the people of their block
    ///   before them are consumed first.
    func renderingBlocks(
      render: (EngineerPayout, inout OutputBuffer) -> Void,
      consume: (_ bytes: UnsafeRawBufferPointer, _ people: Int) throws(OutputError) -> Void
    ) throws -> PayoutReport.Tail {
      try totalled { (totals) throws(PayoutFailure<any Error>) in
        try engine.forEachPaidBlock(
          roster: roster, metrics: metrics, threads: threads, notesOnly: true,
          newBlock: { RenderedBlock(people: $0) },
          add: { (block: inout RenderedBlock, payout: EngineerPayout) in
            block.entries.append(PayoutTotals.Entry(payout))
            render(payout, &block.bytes)
            block.ends.append(block.bytes.count)
          }
        ) { (block: RenderedBlock) throws(any Error) in
          for (index, entry) in block.entries.enumerated() {
            do {
              try totals.add(entry)
            } catch {
              // Everyone before this person goes first, as when each was consumed once their totals were added.
              try block.consume(people: index, consume)
              throw error
            }
          }
          try block.consume(people: block.entries.count, consume)
        }
      }
    }

    /// A block of people rendered into one buffer, with what the totals take from each and where each one's bytes
    /// end.
    private struct RenderedBlock {
      var entries: [PayoutTotals.Entry] = []
      var ends: [Int] = []
      var bytes: OutputBuffer

      /// Room for `people` of a report's engineers, about 2 KB each (1.7 KB for five components and a note).
      init(people: Int) {
        entries.reserveCapacity(people)
        ends.reserveCapacity(people)
        bytes = OutputBuffer(capacity: people * 2048)
      }

      /// `consume` given the bytes of the block's first `people` (none: not called).
      func consume(
        people: Int, _ consume: (UnsafeRawBufferPointer, Int) throws(OutputError) -> Void
      ) throws(OutputError) {
        guard people > 0 else { return }
        let end = ends[people - 1]
        try bytes.withBytes { (bytes) throws(OutputError) in
          try consume(UnsafeRawBufferPointer(rebasing: bytes[..<end]), people)
        }
      }
    }

    /// `pay` with the totals it adds everyone to, its failure unwrapped: what follows the engineers in a report.
    private func totalled(
      _ pay: (inout PayoutTotals) throws(PayoutFailure<any Error>) -> Void
    ) throws -> PayoutReport.Tail {
      var totals = PayoutTotals(currencies: currencies)
      do throws(PayoutFailure<any Error>) {
        try pay(&totals)
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

    /// The people for a streaming writer, which renders each payout as bytes: `calculate --output` writes 100,000
    /// people holding a few blocks of them.
    var payouts: PayoutReport.Payouts { { render, write in try self(render: render, consume: write) } }

    /// `body`, which pays through this and calls `started` as it begins. A failure before that (a report file or a
    /// folder refused) comes after paying's own errors and `warn`'s warnings, as when every payout was kept and
    /// written afterwards: everyone is paid first, for nothing.
    func payingFirst<Result>(warn: () -> Void, _ body: (_ started: () -> Void) throws -> Result) throws -> Result {
      var started = false
      do {
        return try body { started = true }
      } catch where !started {
        _ = try self(render: { _ in }, consume: { _ in })
        warn()
        throw error
      }
    }
  }

  /// The run's report before anyone is paid (plan, period, currency, metrics; no engineers, zero totals), and its
  /// people to be paid when a consumer asks (`Paying`).
  func paying(strictConflicts: Bool) throws -> (shell: PayoutReport, paying: Paying) {
    let engine = try engine(strictConflicts: strictConflicts)
    let paying = Paying(engine: engine, roster: roster, metrics: try metrics(), threads: threads)
    return (paying.shell, paying)
  }
}
