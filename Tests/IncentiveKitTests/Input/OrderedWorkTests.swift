import Foundation
import Testing

@testable import IncentiveKit

/// Paying on every core while writing in engineer-id order rests on `OrderedWork`: every item made once, consumed
/// in order, never more than `window` ahead, and a consumer's error stopping the rest.
@Suite("OrderedWork")
struct OrderedWorkTests {
  /// Counts shared by the producing threads and the consumer.
  final class Counts: @unchecked Sendable {
    let lock = NSLock()
    var started = 0
    var made: [Int: Int] = [:]

    func start(_ index: Int) {
      lock.lock()
      started += 1
      made[index, default: 0] += 1
      lock.unlock()
    }

    var startedSoFar: Int {
      lock.lock()
      defer { lock.unlock() }
      return started
    }
  }

  struct Stop: Error, Equatable { let at: Int }

  @Test(
    "each item made once and consumed in order, at most `window` ahead",
    arguments: [(1, 1, 4), (2, 1, 1), (2, 3, 100), (4, 2, 37), (3, 8, 5), (2, 4, 0)])
  func inOrder(threads: Int, window: Int, count: Int) throws {
    let counts = Counts()
    var consumed: [Int] = []
    try OrderedWork.run(
      count: count, threads: threads, window: window,
      produce: { index in
        counts.start(index)
        return index * index
      },
      consume: { (square: Int) throws(Stop) in
        // Items started and not yet consumed (this one included) never exceed the window, except that the
        // single-threaded path makes one at a time.
        #expect(counts.startedSoFar - consumed.count <= max(window, 1))
        consumed.append(square)
      })
    #expect(consumed == (0..<count).map { $0 * $0 })
    #expect(counts.made.count == count)
    #expect(counts.made.values.allSatisfy { $0 == 1 })
  }

  // Without `stop()` the workers would wait for room forever and the run would never return: a time limit makes
  // that a failure instead of a hung test run.
  @Test(
    "a consumer's error is rethrown; nothing is consumed after it and at most a window more is made",
    .timeLimit(.minutes(1)))
  func stops() {
    let counts = Counts()
    var consumed: [Int] = []
    #expect(throws: Stop(at: 10)) {
      try OrderedWork.run(
        count: 1_000, threads: 2, window: 4,
        produce: { index in
          counts.start(index)
          return index
        },
        consume: { (index: Int) throws(Stop) in
          if index == 10 { throw Stop(at: 10) }
          consumed.append(index)
        })
    }
    #expect(consumed == Array(0..<10))
    // Items 0…9 were consumed; item 10 failed; no item at or past 10 + 4 = 14 could be started.
    #expect(counts.started <= 14)
    #expect(counts.started >= 11)
  }
}
