import Testing

@testable import IncentiveKit

/// Count cells (pages, comments, responses, change lines) are at most 999,999,999, so that no sum or
/// product of counts from files can overflow: ten 18-digit page counts used to trap the process.
@Suite("Count cells: digits only, at most 999,999,999")
struct CountLimitTests {
  static func parse(_ text: String) -> Int? {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { TableRow.parseCount(UnsafeBufferPointer($0)) }
  }

  @Test(
    "what a count cell holds",
    arguments: [
      ("0", 0), ("7", 7), ("999999999", 999_999_999),
      // Leading zeros do not count against the limit: the value does.
      ("000000000000000012", 12),
    ] as [(String, Int)])
  func accepted(text: String, value: Int) {
    #expect(Self.parse(text) == value)
  }

  @Test(
    "what a count cell refuses",
    arguments: ["1000000000", "999999999999999999", "0000000000000000001", "", "-1", "1.0", "1e3", "1,000"])
  func refused(text: String) {
    #expect(Self.parse(text) == nil)
  }

  @Test("ten rows at the limit sum without overflow: 9,999,999,990 pages, far inside Int64")
  func sumAtLimit() {
    var tally = OncallTally()
    for _ in 0..<10 { tally.add(afterHoursPages: TableRow.maximumCount) }
    #expect(tally.shifts == 10)
    #expect(tally.afterHoursPages == 9_999_999_990)
    // 9.2 billion rows at the limit before Int64 could overflow.
    #expect(Int.max / TableRow.maximumCount == 9_223_372_046)
  }
}
