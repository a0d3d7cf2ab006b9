extension PayoutEngine {
  /// Pays everyone employed in the period, in engineer-id order, handing each payout to `body`
  /// as it is made: a caller that writes them out holds a few blocks of people, not 100,000.
  ///
  /// Blocks of 256 people are paid on `threads` threads, each taking the next block as soon as it is free
  /// (`OrderedWork`), at most `4 × threads` blocks ahead of `body`, so memory does not grow with people. `render`
  /// runs on the thread that paid the person (it may only read) and keeps what `body` needs (a JSON element and
  /// the figures the totals add, or the whole payout); the payout itself is freed there, by the thread that made
  /// it. `body` gets each rendering on the calling thread, one at a time, in engineer-id order. Each person's work
  /// is independent, so the results are the same on any number of threads.
  ///
  /// - Parameter notesOnly: each component's trace leaves out the steps that only show the arithmetic (see
  ///   `ComponentEvaluator.recordsArithmetic`): for a `render` that writes the notes and drops the payout.
  /// - Throws: the first error in engineer-id order, after `body` has had everyone before it.
  func forEachPayout<Rendered, Failure: Error>(
    roster: Roster, metrics: ComputedMetrics, threads: Int, notesOnly: Bool = false,
    render: (EngineerPayout) -> Rendered, _ body: (Rendered) throws(Failure) -> Void
  ) throws(PayoutFailure<Failure>) {
    try forEachPaidBlock(
      roster: roster, metrics: metrics, threads: threads, notesOnly: notesOnly,
      newBlock: { (count: Int) -> [Rendered] in
        var rendered: [Rendered] = []
        rendered.reserveCapacity(count)
        return rendered
      },
      add: { (rendered: inout [Rendered], payout: EngineerPayout) in rendered.append(render(payout)) }
    ) { (rendered: [Rendered]) throws(Failure) in
      for each in rendered { try body(each) }
    }
  }

  /// `forEachPayout` with a block's people kept together as `add` keeps them, in a `Block` made by `newBlock` (given
  /// how many people the block has) on the thread that pays them, and `body` given each block in turn: for a
  /// rendering into bytes, one buffer per block of people instead of one per person (`PayoutRun.Paying`).
  ///
  /// - Throws: the first error in engineer-id order, after `body` has had the block with everyone before it.
  func forEachPaidBlock<Block, Failure: Error>(
    roster: Roster, metrics: ComputedMetrics, threads: Int, notesOnly: Bool = false,
    newBlock: (Int) -> Block, add: (inout Block, EngineerPayout) -> Void,
    _ body: (Block) throws(Failure) -> Void
  ) throws(PayoutFailure<Failure>) {
    let (byEngineer, order): ([String: [Adjustment]], [Int])
    do throws(CalculationError) {
      (byEngineer, order) = try prepare(roster: roster, metrics: metrics)
    } catch {
      throw .calculation(error)
    }
    let evaluator = ComponentEvaluator(metrics: metrics, recordsArithmetic: !notesOnly)
    let blockSize = 256
    let blocks = stride(from: 0, to: order.count, by: blockSize).map { order[$0..<min($0 + blockSize, order.count)] }
    try OrderedWork.run(
      count: blocks.count, threads: threads, window: 4 * max(1, threads),
      produce: { index in
        var block = PaidBlock(contents: newBlock(blocks[index].count))
        for position in blocks[index] {
          do throws(CalculationError) {
            guard let payout = try payout(at: position, roster: roster, evaluator: evaluator, adjustments: byEngineer)
            else { continue }
            add(&block.contents, payout)
          } catch {
            block.failure = error
            break
          }
        }
        return block
      },
      consume: { (block: PaidBlock<Block>) throws(PayoutFailure<Failure>) in
        do throws(Failure) { try body(block.contents) } catch { throw .consumer(error) }
        if let failure = block.failure { throw .calculation(failure) }
      })
  }
}

/// The people of one block, paid and kept in engineer-id order, and the error that stopped it.
private struct PaidBlock<Contents> {
  var contents: Contents
  var failure: CalculationError?
}
