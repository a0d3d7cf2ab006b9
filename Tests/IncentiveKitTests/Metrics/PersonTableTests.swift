import Testing

@testable import IncentiveKit

/// A `PersonTable` reads and writes like a dictionary by id, whichever of its two layouts holds a person.
@Suite("Person table")
struct PersonTableTests {
  /// A roster of a, b and c, at positions 0, 1 and 2.
  static let people = PersonIndex(ids: ["a", "b", "c"], positions: ["a": 0, "b": 1, "c": 2])

  @Test("roster ids sit at their positions, other ids by text, and both count")
  func layout() {
    var table = PersonTable<Int>(people: Self.people)
    table["b"] = 2
    table["zed"] = 26
    table["c", default: 0] += 3
    table["c", default: 0] += 3
    table["yak", default: 10] += 1
    #expect(table.count == 4)
    #expect(table[position: 0] == nil && table[position: 1] == 2 && table[position: 2] == 6)
    #expect(table.others == ["zed": 26, "yak": 11])
    #expect(table.dictionary == ["b": 2, "c": 6, "zed": 26, "yak": 11])
    // Roster order first, then the others.
    #expect(table.prefix(2).map(\.key) == ["b", "c"])
    #expect(Set(table.keys) == ["b", "c", "zed", "yak"])
    table["b"] = nil
    table["zed"] = nil
    #expect(table.count == 2 && table["b"] == nil && table[position: 1] == nil)
  }

  @Test("a position is trusted only when it holds the id asked for")
  func valueAtPosition() {
    var table = PersonTable<Int>(people: Self.people)
    table["a"] = 1
    table["q"] = 17
    #expect(table.value(at: 0, id: "a") == 1)
    // A table of another roster: position 0 is someone else there, so the id is looked up by text.
    #expect(table.value(at: 0, id: "q") == 17)
    #expect(table.value(at: 7, id: "a") == 1)
    let unindexed: PersonTable<Int> = ["a": 5]
    #expect(unindexed.value(at: 0, id: "a") == 5)
  }

  @Test("map, filter, merge and equality keep the dictionary's meaning")
  func transforms() {
    var table = PersonTable<Int>(people: Self.people)
    table["a"] = 1
    table["c"] = 3
    table["x"] = 24
    let doubled = table.mapValues { $0 * 2 }
    #expect(doubled.dictionary == ["a": 2, "c": 6, "x": 48])
    #expect(table.filter { $0.value > 2 }.dictionary == ["c": 3, "x": 24])
    #expect(table.filter { $0.value > 2 }.count == 2)
    var other = PersonTable<Int>(people: Self.people)
    other["c"] = 10
    other["b"] = 20
    other["y"] = 30
    table.merge(other, default: 0) { $0 += $1 }
    #expect(table.dictionary == ["a": 1, "b": 20, "c": 13, "x": 24, "y": 30])
    // The same values laid out by no roster are equal, and laying them out again changes nothing.
    let byText = PersonTable(table.dictionary, people: .empty)
    #expect(byText == table)
    #expect(byText.laidOut(by: Self.people)[position: 1] == 20)
    #expect(byText.laidOut(by: Self.people) == table)
    var different = table
    different["a"] = 2
    #expect(different != table)
  }

  @Test("only an empty table takes another layout, and never that of no roster")
  func layOutIfEmpty() {
    var empty: PersonTable<Int> = [:]
    empty.layOutIfEmpty(by: Self.people)
    #expect(empty.people.isSame(as: Self.people))
    empty.layOutIfEmpty(by: .empty)
    #expect(empty.people.isSame(as: Self.people))
    var held: PersonTable<Int> = ["b": 2]
    held.layOutIfEmpty(by: Self.people)
    #expect(!held.people.isSame(as: Self.people) && held.others == ["b": 2])
  }

  @Test("a table merged from one laid out by another index is merged by id")
  func mergeAcrossIndexes() {
    let otherPeople = PersonIndex(ids: ["c", "a"], positions: ["c": 0, "a": 1])
    var table = PersonTable<Int>(people: Self.people)
    table["a"] = 1
    var other = PersonTable<Int>(people: otherPeople)
    other["a"] = 5
    other["c"] = 7
    table.merge(other, default: 100) { $0 += $1 }
    #expect(table.dictionary == ["a": 6, "c": 107])
  }
}
