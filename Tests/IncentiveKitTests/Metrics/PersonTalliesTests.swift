import Testing

@testable import IncentiveKit

/// Two reader threads' on-call tallies merged per person, below and above the size keyed on a thread of its own:
/// the same sums and the same row accounting either way.
@Suite("Person tallies")
struct PersonTalliesTests {
  /// One thread's tallies: a shift for each of `people`, `pages` after-hours pages each, on lines from `firstLine`.
  static func thread(_ people: Range<Int>, pages: Int, firstLine: Int) -> PersonTallies<OncallTally> {
    var tallies = PersonTallies<OncallTally>()
    for (offset, person) in people.enumerated() {
      let id = Array("E\(person)".utf8)
      let index = id.withUnsafeBufferPointer { key in tallies.index(of: key, hash: ByteInterner.hash(key)) }
      tallies.add(pages, at: index, line: firstLine + offset, columnNumber: 1)
    }
    return tallies
  }

  /// Thread A has people 0 ..< 3n/4 with 1 page, thread B n/4 ..< n with 2: the middle half has two shifts and 3
  /// pages, the ends one shift each.
  @Test(arguments: [400, PersonTallies<OncallTally>.backgroundKeyingSize + 2_000])
  func mergesEveryPersonOnce(people: Int) {
    let (quarter, threeQuarters) = (people / 4, people * 3 / 4)
    var threads = [
      Self.thread(0..<threeQuarters, pages: 1, firstLine: 2),
      Self.thread(quarter..<people, pages: 2, firstLine: 2 + threeQuarters),
    ]
    var accounting = FileAccounting(file: "oncall.csv", rosterColumn: .engineer("engineer_id"))
    let merged = PersonTallies.merged(&threads, accounting: &accounting, room: people)
    #expect(merged.count == people)
    #expect(merged["E0"]?.shifts == 1 && merged["E0"]?.afterHoursPages == 1)
    #expect(merged["E\(quarter)"]?.shifts == 2 && merged["E\(quarter)"]?.afterHoursPages == 3)
    #expect(merged["E\(threeQuarters - 1)"]?.shifts == 2)
    #expect(merged["E\(people - 1)"]?.shifts == 1 && merged["E\(people - 1)"]?.afterHoursPages == 2)
    #expect(merged.values.reduce(0) { $0 + $1.shifts } == threeQuarters + (people - quarter))
    #expect(accounting.counted == threeQuarters + (people - quarter))
    // Each person's first line is thread A's for those it read, thread B's for the rest.
    #expect(accounting.countedByValue["E0"]?.firstLine == 2)
    #expect(accounting.countedByValue["E\(people - 1)"]?.firstLine == 2 + threeQuarters + (people - 1 - quarter))
  }
}
