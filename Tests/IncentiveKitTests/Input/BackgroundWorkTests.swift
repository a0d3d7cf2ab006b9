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
}
