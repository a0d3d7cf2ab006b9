import Testing

@_spi(Synthetic) @testable import IncentiveKit

/// A row sample keeps the smallest few line numbers of its rows in order: each line arrives once, and the lines a
/// warning or `audit data` shows must be the same whichever order the rows (or the threads' samples) arrived in.
@Suite("Row samples: counts and first lines")
struct RowSampleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let lines: [Int]
    let limit: Int
    let expected: [Int]
    var testDescription: String { name }
  }

  // Worked by hand, line by line.
  static let cases: [Case] = [
    // 7 → [7]; 3 → [3 7]; 9 → [3 7 9]; 3 again → kept once; 1 → [1 3 7 9]; 5 → [1 3 5 7 9];
    // 8: full and 8 < 9, so 9 goes → [1 3 5 7 8].
    Case(name: "smallest five, in order", lines: [7, 3, 9, 3, 1, 5, 8], limit: 5, expected: [1, 3, 5, 7, 8]),
    // 4 → [4]; 2 < 4 replaces it; 6 is not smaller than 2.
    Case(name: "a limit of one keeps the smallest", lines: [4, 2, 6], limit: 1, expected: [2]),
    // Full [1 2 3 4 5]; 3 is smaller than 5, so 5 goes, and 3 is already there: [1 2 3 4]. A line never arrives
    // twice in a real read; this pins what the sample does if one did.
    Case(name: "a full sample meeting a kept line drops its largest", lines: [1, 2, 3, 4, 5, 3], limit: 5,
         expected: [1, 2, 3, 4]),
    Case(name: "a line larger than a full sample's is not kept", lines: [5, 4, 3, 2, 1, 6], limit: 5,
         expected: [1, 2, 3, 4, 5]),
  ]

  @Test(arguments: cases)
  func addsRowsAndKeepsTheirFirstLines(_ example: Case) {
    var sample = RowSample()
    for line in example.lines { sample.add(line: line, limit: example.limit) }
    #expect(sample.rows == example.lines.count)
    #expect(sample.firstLines == example.expected)
    #expect(sample.firstLine == example.expected.first)
  }

  @Test func mergesAnotherThreadsSample() {
    var first = RowSample(rows: 4, firstLines: [2, 10])
    first.merge(RowSample(rows: 6, firstLines: [1, 5, 7, 11]))
    // 1 → [1 2 10]; 5 → [1 2 5 10]; 7 → [1 2 5 7 10]; 11: full and not smaller than 10.
    #expect(first.rows == 10)
    #expect(first.firstLines == [1, 2, 5, 7, 10])
  }

  @Test func equalityIsByRowsAndKeptLines() {
    var built = RowSample()
    built.add(line: 2)
    built.add(line: 1)
    #expect(built == RowSample(rows: 2, firstLines: [1, 2]))
    #expect(built != RowSample(rows: 3, firstLines: [1, 2]))
    #expect(built != RowSample(rows: 2, firstLines: [1, 3]))
    // A line dropped from a full sample leaves no trace that equality could see.
    var dropped = RowSample(rows: 0, firstLines: [1, 2, 3, 4, 9])
    dropped.add(line: 5)
    #expect(dropped == RowSample(rows: 1, firstLines: [1, 2, 3, 4, 5]))
    #expect(RowSample().firstLines.isEmpty)
  }

  /// The kept lines as the smallest `limit` distinct lines seen, sorted: what a sample means, worked from the whole
  /// list instead of line by line (a full sample meeting a line it holds is the one case where the two differ, and
  /// the lines here are distinct, as a real read's are).
  static func smallest(_ lines: [Int], limit: Int) -> [Int] { Array(Set(lines).sorted().prefix(limit)) }

  @Test(arguments: [1, 2, 5])
  func keepsTheSmallestDistinctLinesOfRandomReads(limit: Int) {
    var random = SeededGenerator(seed: UInt64(limit))
    for _ in 0..<300 {
      let count = Int(random.next() % 12)
      let lines = (0..<count).map { _ in 1 + Int(random.next() % 1_000) }
      let distinct = lines.enumerated().filter { !lines[..<$0.offset].contains($0.element) }.map(\.element)
      var sample = RowSample()
      for line in distinct { sample.add(line: line, limit: limit) }
      #expect(sample.rows == distinct.count)
      #expect(sample.firstLines == Self.smallest(distinct, limit: limit))
      #expect(sample.firstLine == Self.smallest(distinct, limit: limit).first)
      // Split between two threads and merged, the same lines are kept.
      let cut = distinct.isEmpty ? 0 : Int(random.next() % UInt64(distinct.count + 1))
      var first = RowSample()
      var second = RowSample()
      for line in distinct[..<cut] { first.add(line: line, limit: limit) }
      for line in distinct[cut...] { second.add(line: line, limit: limit) }
      first.merge(second, limit: limit)
      #expect(first == sample)
    }
  }

  @Test func rewritesEveryKeptLineInPlace() {
    var sample = RowSample(rows: 7, firstLines: [3, 8, 20])
    sample.rewriteLines { $0 * 10 + 1 }
    #expect(sample == RowSample(rows: 7, firstLines: [31, 81, 201]))
    var empty = RowSample(rows: 2)
    empty.rewriteLines { _ in 99 }
    #expect(empty.firstLines.isEmpty)
    #expect(empty.firstLine == nil)
    #expect(RowSample(rows: 4, firstLine: 12).firstLines == [12])
  }

  /// What a sample does, written as a plain list: a full list (at least `limit` lines) takes a line only below its
  /// `limit`-th, dropping its last; a line goes in before the first larger one unless the line before it is equal.
  struct ListModel {
    var rows = 0
    var lines: [Int] = []

    mutating func add(_ line: Int, limit: Int) {
      rows += 1
      keep(line, limit: limit)
    }

    mutating func merge(_ other: ListModel, limit: Int) {
      rows += other.rows
      for line in other.lines { keep(line, limit: limit) }
    }

    private mutating func keep(_ line: Int, limit: Int) {
      if lines.count >= limit {
        guard line < lines[limit - 1] else { return }
        lines.removeLast()
      }
      var index = 0
      while index < lines.count && lines[index] <= line { index += 1 }
      if index > 0 && lines[index - 1] == line { return }
      lines.insert(line, at: index)
    }
  }

  /// Random reads with repeated lines, a limit that changes between calls (1 to 5), samples made from lists as
  /// they are given and lines rewritten between reads, checked step by step against the list model.
  @Test func agreesWithTheListModelWithRepeatsAndChangingLimits() {
    var random = SeededGenerator(seed: 18)
    for _ in 0..<2_000 {
      let start = (0..<Int(random.next() % 7)).map { _ in 1 + Int(random.next() % 20) }
      var sample = RowSample(rows: start.count, firstLines: start)
      var model = ListModel(rows: start.count, lines: start)
      #expect(sample.firstLines == start)
      for _ in 0..<Int(random.next() % 12) {
        let limit = 1 + Int(random.next() % 5)
        if random.next() % 7 == 0 {
          // Chunk lines made file lines: an order-keeping rewrite, after which a full sample still turns lines away
          // by its (rewritten) last line.
          sample.rewriteLines { $0 * 2 + 1 }
          model.lines = model.lines.map { $0 * 2 + 1 }
        } else if random.next() % 3 == 0 {
          let lines = (0..<Int(random.next() % 4)).map { _ in 1 + Int(random.next() % 20) }.sorted()
          sample.merge(RowSample(rows: lines.count + 1, firstLines: lines), limit: limit)
          model.merge(ListModel(rows: lines.count + 1, lines: lines), limit: limit)
        } else {
          let line = 1 + Int(random.next() % 20)
          sample.add(line: line, limit: limit)
          model.add(line, limit: limit)
        }
        #expect(sample.firstLines == model.lines)
        #expect(sample.rows == model.rows)
        #expect(sample.firstLine == model.lines.first)
      }
    }
  }

  @Test func keepsTheLinesItIsMadeWithAsGiven() {
    #expect(RowSample(rows: 3, firstLines: [7, 1, 7]).firstLines == [7, 1, 7])
    #expect(RowSample(rows: 2, firstLines: [2, 1]) != RowSample(rows: 2, firstLines: [1, 2]))
    // Worked by hand: more lines than the limit; 9 is not below the third (7), so nothing changes.
    var long = RowSample(rows: 0, firstLines: [3, 5, 7, 12])
    long.add(line: 9, limit: 3)
    #expect(long.firstLines == [3, 5, 7, 12])
    // 4 is below the third: the last (12) goes and 4 goes in after 3.
    long.add(line: 4, limit: 3)
    #expect(long.firstLines == [3, 4, 5, 7])
  }

  /// The review found minified JSON's findings listed in a new order each run: every row is on line 1.
  @Test("keyed samples sort by first line, then by key's bytes, from every starting order")
  func firstLineOrder() {
    let samples: [(key: String, value: RowSample)] = [
      ("X6", RowSample(rows: 1, firstLine: 1)), ("X1", RowSample(rows: 2, firstLine: 1)),
      ("a", RowSample(rows: 1, firstLine: 0)), ("X4", RowSample(rows: 1, firstLine: 1)), ("Z", RowSample(rows: 1)),
    ]
    var random = SeededGenerator(seed: 5)
    for _ in 0..<50 {
      var shuffled = samples
      shuffled.shuffle(using: &random)
      // No first line counts as 0, so Z and a come first, in byte order ("Z" 0x5A before "a" 0x61).
      #expect(shuffled.sorted(by: RowSample.inFirstLineOrder).map(\.key) == ["Z", "a", "X1", "X4", "X6"])
    }
  }

  @Test(
    "turnsAway: the last kept line when exactly limit lines are kept, else none",
    arguments: [
      // Worked by hand: five kept of limit 5, the last is 9; four kept of 5 is not full; one of limit 1 is.
      ([1, 3, 5, 7, 9], 5, 9), ([1, 3, 5, 7], 5, Int.max), ([4], 1, 4), ([], 1, Int.max),
      // Made from lines as given (unsorted): the last given, which `add` compares against; more than the limit
      // kept is not "exactly full", so no shortcut applies.
      ([7, 1, 7], 3, 7), ([3, 5, 7, 12], 3, Int.max),
    ] as [([Int], Int, Int)])
  func turnsAway(lines: [Int], limit: Int, expected: Int) {
    #expect(RowSample(rows: lines.count, firstLines: lines).turnsAway(limit: limit) == expected)
  }

  /// A row at or above `turnsAway` counted without `add` leaves the sample as `add` would: random reads with
  /// repeated lines and limits 1 to 5, against a sample that takes every line through `add`.
  @Test func countingPastTurnsAwayMatchesAdd() {
    var random = SeededGenerator(seed: 31)
    for _ in 0..<1_000 {
      let limit = 1 + Int(random.next() % 5)
      var added = RowSample()
      var shortcut = RowSample()
      for _ in 0..<Int(random.next() % 20) {
        let line = 1 + Int(random.next() % 30)
        added.add(line: line, limit: limit)
        if line >= shortcut.turnsAway(limit: limit) {
          shortcut.rows += 1
        } else {
          shortcut.add(line: line, limit: limit)
        }
        #expect(shortcut == added)
      }
    }
  }
}

