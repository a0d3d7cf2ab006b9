/// Line numbers of a file read in chunks on several threads: a worker knows a row's line only within its chunk,
/// so it keeps `ChunkLine.pack(chunk:line:)` (which sorts like the file's lines) and the reader learns how many
/// lines each chunk held, which turns them into the file's line numbers once every chunk is read.
struct ChunkLines: Sendable {
  /// Lines each chunk spans, by chunk index.
  private(set) var counts: [Int] = []

  mutating func record(chunk: Int, lines: Int) {
    counts.extend(toInclude: chunk, with: 0)
    counts[chunk] = lines
  }

  /// Makes every line number in `accounting`'s samples the file's: chunk 0 starts at line 1 with the header, each
  /// later chunk where the one before ended.
  ///
  /// In place: at 100,000 people, building each value's sample anew and freeing the old ones was 0.1 s on the one
  /// thread the metrics wait for; a sample's first line is inline and the rest are rewritten in place, so this
  /// allocates nothing for samples nobody else holds.
  func resolve(_ accounting: inout FileAccounting) {
    // Each chunk's first line, summed once rather than per line number.
    var starts = [1]
    for count in counts { starts.append(starts[starts.count - 1] + count) }
    func resolve(_ sample: inout RowSample) {
      sample.rewriteLines { packed in
        let (chunk, line) = ChunkLine.unpack(packed)
        return starts[min(chunk, counts.count)] + line - 1
      }
    }
    func resolveLines<Key>(_ samples: inout [Key: RowSample]) {
      // Walked by index, not `indices`, which would hold a second reference to the storage and so copy it.
      var position = samples.startIndex
      while position != samples.endIndex {
        resolve(&samples.values[position])
        samples.formIndex(after: &position)
      }
    }
    accounting.countedByValue.updateValues(resolve)
    resolveLines(&accounting.leftOut)
    resolveLines(&accounting.notOnRoster)
    resolveLines(&accounting.crossTeamCells)
  }
}

/// A row's place in a chunked file as one integer that orders like the file's lines: chunk index in the high
/// bits, the 1-based line within the chunk in the low 32.
enum ChunkLine {
  @inline(__always)
  static func pack(chunk: Int, line: Int) -> Int { chunk << 32 | line }

  static func unpack(_ packed: Int) -> (chunk: Int, line: Int) { (packed >> 32, packed & 0xFFFF_FFFF) }
}
