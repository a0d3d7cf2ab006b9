import Foundation
import Testing

@testable import IncentiveKit

/// Work started on a thread of its own is waited for where its result is needed, possibly more than once (a run's
/// early team signal read serves every calculation of its own period).
@Suite("BackgroundWork")
struct BackgroundWorkTests {
  struct Failed: Error, Equatable { let code: Int }

  @Test("every wait gives the work's value")
  func value() throws {
    let work = BackgroundWork<Int, Failed> { () throws(Failed) -> Int in (1...100).reduce(0, +) }
    #expect(try work.wait() == 5050)
    #expect(try work.wait() == 5050)
  }

  @Test("waits from several threads at once all get the value, and the work runs once")
  func concurrentWaits() {
    final class Runs: @unchecked Sendable {
      let lock = NSLock()
      var count = 0
    }
    let runs = Runs()
    let work = BackgroundWork<Int, Never> {
      runs.lock.lock()
      runs.count += 1
      runs.lock.unlock()
      Thread.sleep(forTimeInterval: 0.05)
      return 42
    }
    let results = UnsafeMutableBufferPointer<Int>.allocate(capacity: 8)
    defer { results.deallocate() }
    let shared = UncheckedSendable(results)
    DispatchQueue.concurrentPerform(iterations: 8) { index in shared.value[index] = work.wait() }
    #expect(Array(results) == Array(repeating: 42, count: 8))
    #expect(runs.count == 1)
  }

  @Test("every wait throws the work's error")
  func error() {
    let work = BackgroundWork<Int, Failed> { () throws(Failed) -> Int in throw Failed(code: 7) }
    #expect(throws: Failed(code: 7)) { try work.wait() }
    #expect(throws: Failed(code: 7)) { try work.wait() }
  }

  @Test("a value taken is no longer held by the work, so its one consumer may change it in place")
  func take() {
    final class Payload: Sendable {}
    let work = BackgroundWork<Payload, Never> { Payload() }
    weak var released: Payload?
    do {
      let payload = work.take()
      released = payload
      #expect(released != nil)
    }
    // `wait` keeps its value for later callers; `take` does not, so the consumer's was the last reference.
    #expect(released == nil)
    withExtendedLifetime(work) {}
  }

  /// Started in the background or run when asked, the work gives the same value and runs once: on another thread
  /// when asked to, else on the caller's, and only when its value is asked for.
  @Test("started(inBackground:) runs the work once, on a thread of its own only if asked", arguments: [false, true])
  func started(inBackground: Bool) {
    final class Runs: @unchecked Sendable {
      let lock = NSLock()
      var threads: [pthread_t] = []
      func record() {
        lock.lock()
        threads.append(pthread_self())
        lock.unlock()
      }
    }
    let runs = Runs()
    let value = BackgroundWork<Result<Int, Failed>, Never>.started(inBackground: inBackground) {
      runs.record()
      return .failure(Failed(code: 6 * 7))
    }
    if !inBackground { #expect(runs.threads.isEmpty) }
    #expect(throws: Failed(code: 42)) { try value().get() }
    #expect(runs.threads.count == 1)
    #expect(runs.threads.first.map { pthread_equal($0, pthread_self()) != 0 } == !inBackground)
  }
}

