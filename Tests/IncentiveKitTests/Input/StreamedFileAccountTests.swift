import TestSupport
import Testing

@testable import IncentiveKit

/// Two reader threads' row accounting of one file become one by their bytes (`absorb`) before any value becomes
/// text: a value or a cross-team cell only one thread met must survive, and counts and first lines must add up
/// as if one thread had read both parts.
@Suite("Streamed row accounting of two threads")
struct StreamedFileAccountTests {
  /// One thread's state: reviewers interned, rows counted by reviewer, team cells of every row kept.
  struct Thread {
    var reviewers = ByteInterner()
    var account = StreamedFileAccount()
  }

  static let header = "pr_id,reviewer_id,submitted_at,author_id,state,comments,substantive_comments,author_team,reviewer_team\n"

  /// Reads `rows` as one thread would read its chunks of reviews.csv.
  static func thread(_ rows: [String]) throws -> Thread {
    let folder = try TemporaryDataset(["reviews.csv": header + rows.map { $0 + "\n" }.joined()])
    let reader = ParallelCSVReader(
      path: folder.file("reviews.csv"), file: "reviews.csv", columns: Review.columns, workers: 1)
    var states = [Thread()]
    // The team cells are added a batch at a time, each chunk's before its bytes go.
    try reader.fold(into: &states, chunkEnd: { $0.account.addCrossTeamBatches() }) {
      (state, record, rows) throws(InputError) in
      let reviewer = state.reviewers.intern(record.bytes(Review.Column.reviewerID.index))
      state.account.count(reviewer, record, rows, column: Review.Column.reviewerID.index)
      state.account.countCrossTeam(
        record, rows, columns: [Review.Column.authorTeam.index, Review.Column.reviewerTeam.index])
    }
    return states[0]
  }

  @Test("values and team cells of either thread are kept, counted once each, with the earlier first line")
  func absorbed() throws {
    // This thread: E1 on lines 2 and 3, E2 on line 4. The other: E3 on line 2 (only it met E3 and "Search "), E1
    // on line 3.
    var mine = try Self.thread([
      "P1,E1,2026-07-01T00:00:00Z,E9,approved,1,0,search,platform",
      "P2,E1,2026-07-02T00:00:00Z,E9,approved,1,0,search,platform",
      "P3,E2,2026-07-03T00:00:00Z,E9,approved,1,0,,platform",
    ])
    let other = try Self.thread([
      "P4,E3,2026-07-04T00:00:00Z,E9,approved,1,0,Search ,platform",
      "P5,E1,2026-07-05T00:00:00Z,E9,approved,1,0,search,mobile",
    ])
    mine.account.absorb(other.account, values: mine.reviewers.absorb(other.reviewers))
    var result = FileAccounting(file: "reviews.csv")
    mine.account.add(to: &result, values: mine.reviewers.strings())

    func line(_ line: Int) -> Int { ChunkLine.pack(chunk: 0, line: line) }
    #expect(
      result.countedByValue == [
        "E1": RowSample(rows: 3, firstLines: [line(2)]), "E2": RowSample(rows: 1, firstLines: [line(4)]),
        "E3": RowSample(rows: 1, firstLines: [line(2)]),
      ])
    func cell(_ header: String, _ value: String) -> TeamCell { TeamCell(header: header, value: value) }
    #expect(
      result.crossTeamCells == [
        cell("author_team", "search"): RowSample(rows: 3, firstLines: [line(2), line(3)]),
        cell("author_team", "Search "): RowSample(rows: 1, firstLines: [line(2)]),
        cell("reviewer_team", "platform"): RowSample(rows: 4, firstLines: [line(2), line(3), line(4)]),
        cell("reviewer_team", "mobile"): RowSample(rows: 1, firstLines: [line(3)]),
      ])
    // author_team is field 8, reviewer_team field 9, reviewer_id field 2.
    #expect(result.teamColumnNumbers == ["author_team": 8, "reviewer_team": 9])
    #expect(result.rosterColumnNumber == 2)
  }
}
