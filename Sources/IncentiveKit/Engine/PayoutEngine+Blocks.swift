import Dispatch

extension PayoutEngine {
  /// Pays everyone employed in the period, in engineer-id order, handing each payout to `body`
  /// as it is made: a caller that writes them out holds a few blocks of people, not 100,000.
  ///
  /// A block of people is paid at a time on each of `threads` threads: `render` runs on the thread that paid the
  /// person (it may only read), and `body` gets each payout with its rendering one at a time, in engineer-id order.
  /// People are paid in waves of `2 × threads` blocks; while a wave is paid, the wave before it is handed to `body`
  /// (and its payouts freed) as one more task among the blocks, so writing overlaps paying instead of leaving the
  /// other cores idle between waves. `body` may therefore run on any of the threads, never on two at once. Each
  /// person's work is independent, so the results are the same on any number of threads; at most two waves are
  /// held at once, so memory does not grow with people.
  ///
  /// - Throws: the first error in engineer-id order, after `body` has had everyone before it.
  func forEachPayout<Rendered, Failure: Error>(
    roster: Roster, metrics: ComputedMetrics, threads: Int, render: (EngineerPayout) -> Rendered,
    _ body: (EngineerPayout, Rendered) throws(Failure) -> Void
  ) throws(PayoutFailure<Failure>) {
    let (byEngineer, order): ([String: [Adjustment]], [Int])
    do throws(CalculationError) {
      (byEngineer, order) = try prepare(roster: roster, metrics: metrics)
    } catch {
      throw .calculation(error)
    }
    let evaluator = ComponentEvaluator(metrics: metrics)
    let blockSize = 256
    let wave = blockSize * max(1, threads) * 2
    /// Hands `blocks` to `body` in order and frees them, on the thread that runs it.
    func handOver(_ blocks: inout [PaidBlock<Rendered>]) throws(PayoutFailure<Failure>) {
      defer { blocks = [] }
      for block in blocks {
        for (payout, rendered) in block.payouts {
          do throws(Failure) { try body(payout, rendered) } catch { throw .consumer(error) }
        }
        if let failure = block.failure { throw .calculation(failure) }
      }
    }
    var previous: [PaidBlock<Rendered>] = []
    for waveStart in stride(from: 0, to: order.count, by: wave) {
      let blocks = stride(from: waveStart, to: min(waveStart + wave, order.count), by: blockSize).map {
        order[$0..<min($0 + blockSize, order.count)]
      }
      var paid = [PaidBlock<Rendered>](repeating: PaidBlock(), count: blocks.count)
      func payBlock(_ index: Int, into block: inout PaidBlock<Rendered>) {
        for position in blocks[index] {
          do throws(CalculationError) {
            guard let payout = try payout(at: position, roster: roster, evaluator: evaluator, adjustments: byEngineer)
            else { continue }
            block.payouts.append((payout, render(payout)))
          } catch {
            block.failure = error
            return
          }
        }
      }
      if threads <= 1 || blocks.count == 1 {
        try handOver(&previous)
        for index in blocks.indices { payBlock(index, into: &paid[index]) }
      } else {
        // The previous wave's hand-over is task 0, so the longest single task starts first. A failure in it is
        // thrown once this wave is paid: it comes before everyone in this wave, and nobody in this wave reaches
        // `body` after it.
        var handOverFailure: PayoutFailure<Failure>?
        func handOverPrevious() {
          do throws(PayoutFailure<Failure>) { try handOver(&previous) } catch { handOverFailure = error }
        }
        // concurrentPerform returns once every task has run, so the closures and buffer outlive their use.
        withoutActuallyEscaping(payBlock) { payBlock in
          withoutActuallyEscaping(handOverPrevious) { handOverPrevious in
            paid.withUnsafeMutableBufferPointer { buffer in
              let captured = UncheckedSendable((payBlock, buffer, handOverPrevious))
              DispatchQueue.concurrentPerform(iterations: blocks.count + 1) { task in
                if task == 0 {
                  captured.value.2()
                } else {
                  captured.value.0(task - 1, &captured.value.1[task - 1])
                }
              }
            }
          }
        }
        if let handOverFailure { throw handOverFailure }
      }
      previous = paid
    }
    try handOver(&previous)
  }
}

/// The people of one block, paid and rendered in engineer-id order, and the error that stopped it.
private struct PaidBlock<Rendered> {
  var payouts: [(EngineerPayout, Rendered)] = []
  var failure: CalculationError?
}
