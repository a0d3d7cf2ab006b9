import Testing

@testable import IncentiveKit

/// A file read in chunks knows a row only by its chunk and its line within it; once every chunk is read, each
/// sample's lines become the file's. Resolving happens in place, so it must reach every sample of every kind and
/// must not change a copy someone else holds.
@Suite("Chunk lines made the file's lines")
struct ChunkLinesTests {
  /// Chunk 0 spans lines 1–3 (the header and two rows), chunk 1 lines 4–7.
  static func lines() -> ChunkLines {
    var lines = ChunkLines()
    lines.record(chunk: 0, lines: 3)
    lines.record(chunk: 1, lines: 4)
    return lines
  }

  static func packed(_ chunk: Int, _ line: Int) -> Int { ChunkLine.pack(chunk: chunk, line: line) }

  @Test func everySampleOfEveryKindGetsTheFilesLines() {
    var accounting = FileAccounting(file: "reviews.csv")
    // Chunk 0 line 2 is file line 2; chunk 1 line 1 is line 4 (chunk 1 starts after chunk 0's 3 lines);
    // chunk 1 line 4 is line 7; a chunk past the last counted one (2) starts after both, at line 8.
    accounting.countedByValue["E1"] = RowSample(rows: 3, firstLines: [Self.packed(0, 2), Self.packed(1, 1)])
    accounting.countedByValue["E2"] = RowSample(rows: 1, firstLines: [Self.packed(1, 4)])
    accounting.leftOut[.outsidePeriod] = RowSample(rows: 2, firstLines: [Self.packed(0, 3), Self.packed(2, 1)])
    // Chunk 3 is past the chunks counted too: it starts where chunk 2 would, line 8, so its line 2 is line 9.
    accounting.notOnRoster["E9"] = RowSample(rows: 2, firstLines: [Self.packed(1, 2), Self.packed(3, 2)])
    let cell = TeamCell(header: "author_team", value: "search")
    accounting.crossTeamCells[cell] = RowSample(rows: 1, firstLines: [Self.packed(1, 3)])
    let before = accounting

    Self.lines().resolve(&accounting)

    #expect(accounting.countedByValue["E1"] == RowSample(rows: 3, firstLines: [2, 4]))
    #expect(accounting.countedByValue["E2"] == RowSample(rows: 1, firstLines: [7]))
    #expect(accounting.leftOut[.outsidePeriod] == RowSample(rows: 2, firstLines: [3, 8]))
    #expect(accounting.notOnRoster["E9"] == RowSample(rows: 2, firstLines: [5, 9]))
    #expect(accounting.crossTeamCells[cell] == RowSample(rows: 1, firstLines: [6]))
    // The copy taken before still holds chunk lines: resolving in place changed only the resolved value.
    #expect(before.countedByValue["E1"]?.firstLines == [Self.packed(0, 2), Self.packed(1, 1)])
    #expect(before.crossTeamCells[cell]?.firstLines == [Self.packed(1, 3)])
  }
}
