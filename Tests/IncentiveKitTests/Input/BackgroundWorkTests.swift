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

  @Test("every wait throws the work's error")
  func error() {
    let work = BackgroundWork<Int, Failed> { () throws(Failed) -> Int in throw Failed(code: 7) }
    #expect(throws: Failed(code: 7)) { try work.wait() }
    #expect(throws: Failed(code: 7)) { try work.wait() }
  }
}
