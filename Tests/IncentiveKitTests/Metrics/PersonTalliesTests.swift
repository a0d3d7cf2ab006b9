import Testing

@testable import IncentiveKit

/// Two reader threads' on-call tallies merged per person, with and without a roster to index them by: the same sums
/// and the same row accounting either way, and the roster's people laid out at their positions.
@Suite("Person tallies")
struct PersonTalliesTests {
  /// A roster index of E0 ..< E`count`.
  static func index(_ count: Int) -> PersonIndex {
    let ids = (0..<count).map { "E\($0)" }
    return PersonIndex(ids: ids, positions: Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) }))
  }

  /// One thread's tallies: a shift for each of `people`, `pages` after-hours pages each, on lines from `firstLine`.
  static func thread(
    _ people: Range<Int>, pages: Int, firstLine: Int, index: PersonIndex, roster: ByteInterner
  ) -> PersonTallies<OncallTally> {
    var tallies = PersonTallies<OncallTally>(people: index, roster: roster)
    for (offset, person) in people.enumerated() {
      let id = Array("E\(person)".utf8)
      let index = id.withUnsafeBufferPointer { key in tallies.index(of: key, hash: ByteInterner.hash(key)) }
      tallies.add(pages, at: index, line: firstLine + offset, columnNumber: 1)
    }
    return tallies
  }

  /// Thread A has people 0 ..< 3n/4 with 1 page, thread B n/4 ..< n with 2: the middle half has two shifts and 3
  /// pages, the ends one shift each. The roster, when there is one, holds the first `rostered` of them (all, some,
  /// none): the others are found by text.
  @Test(arguments: [(400, 0), (400, 400), (400, 250), (12_000, 12_000)])
  func mergesEveryPersonOnce(people: Int, rostered: Int) {
    let index = Self.index(rostered)
    let roster = index.interner()
    let (quarter, threeQuarters) = (people / 4, people * 3 / 4)
    var threads = [
      Self.thread(0..<threeQuarters, pages: 1, firstLine: 2, index: index, roster: roster),
      Self.thread(quarter..<people, pages: 2, firstLine: 2 + threeQuarters, index: index, roster: roster),
    ]
    var accounting = FileAccounting(file: "oncall.csv", rosterColumn: .engineer("engineer_id"))
    let merged = PersonTallies.merged(&threads, accounting: &accounting)
    #expect(merged.count == people)
    #expect(merged.others.count == people - rostered)
    #expect(merged["E0"]?.shifts == 1 && merged["E0"]?.afterHoursPages == 1)
    #expect(merged["E\(quarter)"]?.shifts == 2 && merged["E\(quarter)"]?.afterHoursPages == 3)
    #expect(merged["E\(threeQuarters - 1)"]?.shifts == 2)
    #expect(merged["E\(people - 1)"]?.shifts == 1 && merged["E\(people - 1)"]?.afterHoursPages == 2)
    #expect(merged.values.reduce(0) { $0 + $1.shifts } == threeQuarters + (people - quarter))
    if rostered > 0 {
      // Person `quarter` is at their roster position, found there without their id.
      #expect(merged[position: quarter]?.afterHoursPages == 3)
      #expect(merged.value(at: quarter, id: "E\(quarter)")?.shifts == 2)
    }
    #expect(accounting.counted == threeQuarters + (people - quarter))
    // Each person's first line is thread A's for those it read, thread B's for the rest.
    #expect(accounting.countedByValue["E0"]?.firstLine == 2)
    #expect(accounting.countedByValue["E\(people - 1)"]?.firstLine == 2 + threeQuarters + (people - 1 - quarter))
  }

  /// A roster id with no counted row has a place in every thread's tallies but none in the merged table.
  @Test func rosterPeopleWithoutRowsAreLeftOut() {
    let index = Self.index(10)
    var threads = [Self.thread(3..<5, pages: 1, firstLine: 2, index: index, roster: index.interner())]
    var accounting = FileAccounting(file: "oncall.csv", rosterColumn: .engineer("engineer_id"))
    let merged = PersonTallies.merged(&threads, accounting: &accounting)
    #expect(merged.keys.sorted() == ["E3", "E4"])
    #expect(merged[position: 0] == nil && merged["E9"] == nil)
    #expect(accounting.countedByValue.keys.sorted() == ["E3", "E4"])
  }
}
