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
        var block = PaidBlock<Rendered>()
        block.rendered.reserveCapacity(blocks[index].count)
        for position in blocks[index] {
          do throws(CalculationError) {
            guard let payout = try payout(at: position, roster: roster, evaluator: evaluator, adjustments: byEngineer)
            else { continue }
            block.rendered.append(render(payout))
          } catch {
            block.failure = error
            break
          }
        }
        return block
      },
      consume: { (block: PaidBlock<Rendered>) throws(PayoutFailure<Failure>) in
        for rendered in block.rendered {
          do throws(Failure) { try body(rendered) } catch { throw .consumer(error) }
        }
        if let failure = block.failure { throw .calculation(failure) }
      })
  }
}

/// The people of one block, paid and rendered in engineer-id order, and the error that stopped it.
private struct PaidBlock<Rendered> {
  var rendered: [Rendered] = []
  var failure: CalculationError?
}
