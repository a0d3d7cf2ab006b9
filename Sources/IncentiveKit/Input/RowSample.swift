/// How many rows share one fate, with the first few of their line numbers: enough for a person to open the file at
/// an example without the accounting growing with the file.
struct RowSample: Sendable, Equatable {
  /// Line numbers kept per fate.
  static let limit = 5

  var rows = 0
  /// The smallest line numbers seen, ascending, at most `limit`.
  var firstLines: [Int] = []

  init(rows: Int = 0, firstLines: [Int] = []) {
    self.rows = rows
    self.firstLines = firstLines
  }

  /// One more row, at `line`; `limit` lines are kept.
  mutating func add(line: Int, limit: Int = Self.limit) {
    rows += 1
    keep(line, limit: limit)
  }

  /// `other`'s rows added, its lines merged in (rows from another thread or another key).
  mutating func merge(_ other: RowSample, limit: Int = Self.limit) {
    rows += other.rows
    for line in other.firstLines { keep(line, limit: limit) }
  }

  private mutating func keep(_ line: Int, limit: Int) {
    if firstLines.count >= limit {
      guard line < firstLines[limit - 1] else { return }
      firstLines.removeLast()
    }
    let index = firstLines.firstIndex { $0 > line } ?? firstLines.count
    if index > 0, firstLines[index - 1] == line { return }
    firstLines.insert(line, at: index)
  }
}
