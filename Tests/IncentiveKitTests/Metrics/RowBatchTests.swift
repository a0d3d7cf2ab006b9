import TestSupport
import Testing

@testable import IncentiveKit

/// A batch of counted rows must reach its tallies exactly as adding each row at once would: keys numbered in the
/// order first met, every row added once, in the order read, with its own line.
@Suite("Rows added a batch at a time")
struct RowBatchTests {
  /// A target that records what it is asked, in order.
  struct Recorder: BatchedRowTarget {
    var names = ByteInterner()
    /// (index, counted, line, column number) of each add, in order.
    var added: [(Int, Int, Int, Int)] = []

    func touchSlot(of hash: UInt64) -> UInt64 { names.touch(hash) }
    mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int { names.intern(key, hash: hash) }
    func touch(_ index: Int) -> UInt64 { UInt64(index) }
    mutating func add(_ counted: Int, at index: Int, line: Int, columnNumber: Int) {
      added.append((index, counted, line, columnNumber))
    }
  }

  @Test("full at 16 rows; keys numbered by first sight; rows added in order with their own lines")
  func order() {
    // 40 rows naming five keys: row i names key (i * 7 + 2) % 5, so k2, k4, k1, k3, k0, k2, … Their bytes lie back
    // to back, as a chunk's cells do, and stay while the batch holds them.
    let names = (0..<40).map { "k\(($0 * 7 + 2) % 5)" }
    let bytes = Array(names.joined().utf8)
    var batch = RowBatch<Recorder>()
    var target = Recorder()
    var fullAt: [Int] = []
    bytes.withUnsafeBufferPointer { chunk in
      for row in names.indices {
        let key = UnsafeBufferPointer(rebasing: chunk[(row * 2)..<(row * 2 + 2)])
        if batch.append(key: key, line: 100 + row, columnNumber: 3, row * 10) {
          fullAt.append(row)
          batch.add(to: &target)
        }
      }
      #expect(target.added.count == 32)
      // The chunk's end: the 8 rows left.
      batch.add(to: &target)
    }
    #expect(fullAt == [15, 31])
    #expect(target.added.count == 40)
    #expect(target.names.strings() == ["k2", "k4", "k1", "k3", "k0"])
    let expectedIndex = ["k2": 0, "k4": 1, "k1": 2, "k3": 3, "k0": 4]
    for (row, add) in target.added.enumerated() {
      #expect(add.0 == expectedIndex[names[row]])
      #expect(add.1 == row * 10)
      #expect(add.2 == 100 + row)
      #expect(add.3 == 3)
    }
  }

  @Test("what is left is added by add(to:), once; an empty batch adds nothing")
  func leftOver() {
    let key = Array("e1".utf8)
    var batch = RowBatch<Recorder>()
    var target = Recorder()
    key.withUnsafeBufferPointer { bytes in
      for row in 0..<5 {
        let full = batch.append(key: bytes, line: row, columnNumber: 1, row)
        #expect(!full)
      }
      batch.add(to: &target)
      batch.add(to: &target)
    }
    #expect(target.added.map(\.1) == [0, 1, 2, 3, 4])
    #expect(target.added.map(\.0) == [0, 0, 0, 0, 0])
  }
}

/// The batches in the streamed reading: rows straddling batches and chunks, a row read by its record decoder in the
/// middle of a batch, and rows left out, counted as the whole-file path counts them.
@Suite("Batched event rows on the streamed path")
struct BatchedEventRowsTests {
  /// 40 reviews: r1–r40 by a1, b1 and m1 in turn (a1 on every third row from r1, b1 from r2, m1 from r3); every
  /// fourth (r4, r8, …) has author team beta, so it crosses teams and its two team cells are counted; r20's reviewer
  /// team is `équipe` (not ASCII: read by its record decoder, between batched rows); r33 is outside the period
  /// (left out). Then 20 shifts for a1 and b1 in turn, 2 after-hours pages each.
  static var files: [String: String] {
    var files = MetricsCalculatorTests.files
    var reviews = "pr_id,reviewer_id,submitted_at,author_id,comments,substantive_comments,author_team,reviewer_team\n"
    let reviewers = ["a1", "b1", "m1"]
    for row in 1...40 {
      let reviewer = reviewers[(row - 1) % 3]
      let date = row == 33 ? "2026-10-02T00:00:00Z" : "2026-07-10T00:00:00Z"
      let reviewerTeam = row == 20 ? "équipe" : "alpha"
      let authorTeam = row % 4 == 0 ? "beta" : "alpha"
      reviews += "r\(row),\(reviewer),\(date),a2,2,1,\(authorTeam),\(reviewerTeam)\n"
    }
    files["reviews.csv"] = reviews
    var shifts = "engineer_id,shift_start,shift_end,pages,after_hours_pages\n"
    for row in 1...20 {
      shifts += "\(row % 2 == 1 ? "a1" : "b1"),2026-07-0\(row % 9 + 1)T00:00:00Z,2026-07-10T00:00:00Z,3,2\n"
    }
    files["oncall.csv"] = shifts
    return files
  }

  @Test("counts, first lines and metrics equal the whole-file path's", arguments: [48, 300, 1 << 20])
  func sameAsWhole(chunkBytes: Int) throws {
    let (whole, streamed) = try StreamingIngestionTests.wholeAndStreamed(Self.files, chunkBytes: chunkBytes)
    #expect(streamed.engineers == whole.engineers)
    #expect(streamed.teams == whole.teams)
    // The same accounting of every file (listed in another order: the streamed path reads the event files first).
    let byFile = { (inputs: InputAccounting) in Dictionary(uniqueKeysWithValues: inputs.files.map { ($0.file, $0) }) }
    #expect(byFile(streamed.inputs) == byFile(whole.inputs))
    // By hand: a1 reviews r1, r4, …, r40 (14 rows), b1 r2, …, r38 (13), m1 r3, …, r39 (13, less r33 out of the
    // period: 12). Each review has 2 comments.
    #expect(streamed.engineer("a1")["reviews"]?.formatted(decimals: 0) == "14")
    #expect(streamed.engineer("b1")["reviews"]?.formatted(decimals: 0) == "13")
    #expect(streamed.engineer("m1")["reviews"]?.formatted(decimals: 0) == "12")
    // 10 shifts each, 20 after-hours pages each.
    #expect(streamed.engineer("a1")["oncall_shifts"]?.formatted(decimals: 0) == "10")
    #expect(streamed.engineer("b1")["oncall_shifts"]?.formatted(decimals: 0) == "10")
    let reviews = try #require(streamed.inputs.files.first { $0.file.hasSuffix("reviews.csv") })
    // The header is line 1, so r1 is line 2: a1's first review line 2, b1's 3, m1's 4.
    #expect(reviews.countedByValue["a1"]?.firstLine == 2)
    #expect(reviews.countedByValue["b1"]?.firstLine == 3)
    #expect(reviews.countedByValue["m1"]?.firstLine == 4)
    #expect(reviews.countedByValue["a1"]?.rows == 14)
    // Crossing teams: r4, r8, …, r40 but r20 (the record decoder's) and r32… no, r33 is the one left out: r4, r8,
    // r12, r16, r24, r28, r32, r36, r40 on the fast path, 9 rows, the first r4 on line 5; and r20 (équipe, alpha).
    let beta = TeamCell(header: "author_team", value: "beta")
    #expect(reviews.crossTeamCells[beta]?.rows == 10)
    #expect(reviews.crossTeamCells[beta]?.firstLine == 5)
    #expect(reviews.crossTeamCells[TeamCell(header: "reviewer_team", value: "alpha")]?.rows == 9)
  }
}
