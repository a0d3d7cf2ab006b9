import Dispatch

extension PayoutEngine {
  /// Pays everyone employed in the period, in engineer-id order, handing each payout to `body`
  /// as it is made: a caller that writes them out holds a few blocks of people, not 100,000.
  ///
  /// A block of people is paid at a time on each of `threads` threads: `render` runs on the thread that paid the person (it may only read), and `body`
  /// gets each payout with its rendering on the calling thread, in engineer-id order. Each
  /// person's work is independent, so the results are the same on any number of threads; at
  /// most `2 × threads` blocks are held at once, so memory does not grow with people.
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
        for index in blocks.indices { payBlock(index, into: &paid[index]) }
      } else {
        // concurrentPerform returns once every block is paid, so the closures and buffer outlive their use.
        withoutActuallyEscaping(payBlock) { payBlock in
          paid.withUnsafeMutableBufferPointer { buffer in
            let captured = UncheckedSendable((payBlock, buffer))
            DispatchQueue.concurrentPerform(iterations: blocks.count) { index in
              captured.value.0(index, &captured.value.1[index])
            }
          }
        }
      }
      for block in paid {
        for (payout, rendered) in block.payouts {
          do throws(Failure) { try body(payout, rendered) } catch { throw .consumer(error) }
        }
        if let failure = block.failure { throw .calculation(failure) }
      }
    }
  }
}

/// The people of one block, paid and rendered in engineer-id order, and the error that stopped it.
private struct PaidBlock<Rendered> {
  var payouts: [(EngineerPayout, Rendered)] = []
  var failure: CalculationError?
}
