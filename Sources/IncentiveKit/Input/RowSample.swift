/// How many rows share one fate, with the first few of their line numbers: enough for a person to open the file at
/// an example without the accounting growing with the file.
///
/// The smallest line is kept inline and only the others in an array: an accounting holds one sample per person and
/// team (100,000 at the largest orgs), nearly all keeping a single line, and a heap buffer for each was 100,000
/// allocations to make, a cache miss to reach on every merge and rewrite of line numbers, and 100,000 frees.
struct RowSample: Sendable, Equatable {
  /// Line numbers kept per fate.
  static let limit = 5

  var rows = 0
  /// Whether any line is kept; `first` is meaningless without one.
  private var hasFirst = false
  /// The smallest line seen.
  private var first = 0
  /// The lines after the first, as kept: ascending, and `limit - 1` at most, when every line came through `add` or
  /// `merge` with one limit.
  private var more: [Int] = []

  /// `rows` rows with `firstLines` kept as they are given (callers give them ascending).
  init(rows: Int = 0, firstLines: [Int] = []) {
    self.rows = rows
    guard let smallest = firstLines.first else { return }
    (hasFirst, first, more) = (true, smallest, Array(firstLines.dropFirst()))
  }

  /// `rows` rows whose smallest line is `firstLine`.
  init(rows: Int, firstLine: Int) {
    self.rows = rows
    hasFirst = true
    first = firstLine
  }

  /// The kept lines: the smallest line numbers seen, ascending, at most `limit`.
  var firstLines: [Int] { hasFirst ? [first] + more : [] }

  /// The smallest line seen, nil when none was kept: what a message points at.
  var firstLine: Int? { hasFirst ? first : nil }

  /// One more row, at `line`; `limit` lines are kept.
  mutating func add(line: Int, limit: Int = Self.limit) {
    rows += 1
    keep(line, limit: limit)
  }

  /// `other`'s rows added, its lines merged in (rows from another thread or another key).
  mutating func merge(_ other: RowSample, limit: Int = Self.limit) {
    rows += other.rows
    guard other.hasFirst else { return }
    keep(other.first, limit: limit)
    for line in other.more { keep(line, limit: limit) }
  }

  /// Every kept line replaced by `transform(line)`, which must keep their order (chunk lines made file lines).
  mutating func rewriteLines(_ transform: (Int) -> Int) {
    guard hasFirst else { return }
    first = transform(first)
    guard !more.isEmpty else { return }
    for index in more.indices { more[index] = transform(more[index]) }
  }

  /// Keeps `line` if it is among the `limit` smallest: a full sample drops its largest for a line smaller than its
  /// `limit`-th.
  private mutating func keep(_ line: Int, limit: Int) {
    let kept = hasFirst ? 1 + more.count : 0
    if kept >= limit {
      guard line < (limit == 1 ? first : more[limit - 2]) else { return }
      if more.isEmpty { hasFirst = false } else { more.removeLast() }
    }
    guard hasFirst else {
      (hasFirst, first) = (true, line)
      return
    }
    if line < first {
      more.insert(first, at: 0)
      first = line
      return
    }
    let index = more.firstIndex { $0 > line } ?? more.count
    if line == (index > 0 ? more[index - 1] : first) { return }
    more.insert(line, at: index)
  }

  static func == (left: RowSample, right: RowSample) -> Bool {
    left.rows == right.rows && left.firstLines == right.firstLines
  }
}
