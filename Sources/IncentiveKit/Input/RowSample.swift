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
  /// The smallest line seen, nil when none was kept: what a message points at.
  private(set) var firstLine: Int?
  /// The lines after the first, as kept: ascending, and `limit - 1` at most, when every line came through `add` or
  /// `merge` with one limit.
  private var more: [Int] = []

  /// `rows` rows with `firstLines` kept as they are given (callers give them ascending).
  init(rows: Int = 0, firstLines: [Int] = []) {
    self.rows = rows
    firstLine = firstLines.first
    more = Array(firstLines.dropFirst())
  }

  /// `rows` rows whose smallest line is `firstLine`.
  init(rows: Int, firstLine: Int) {
    self.rows = rows
    self.firstLine = firstLine
  }

  /// The kept lines: the smallest line numbers seen, ascending, at most `limit`.
  var firstLines: [Int] { firstLine.map { [$0] + more } ?? [] }

  /// One more row, at `line`; `limit` lines are kept.
  mutating func add(line: Int, limit: Int = Self.limit) {
    rows += 1
    keep(line, limit: limit)
  }

  /// The line at or above which `add(line:limit:)` keeps nothing: the last kept line once exactly `limit` are kept,
  /// else none (`Int.max`). A caller meeting many rows of one value holds it beside the sample and counts a row
  /// at or above it without reaching the kept lines (`StreamedFileAccount`'s cross-team cells).
  func turnsAway(limit: Int = Self.limit) -> Int {
    guard let first = firstLine, 1 + more.count == limit else { return .max }
    return more.last ?? first
  }

  /// `other`'s rows added, its lines merged in (rows from another thread or another key).
  mutating func merge(_ other: RowSample, limit: Int = Self.limit) {
    rows += other.rows
    guard let first = other.firstLine else { return }
    keep(first, limit: limit)
    for line in other.more { keep(line, limit: limit) }
  }

  /// Every kept line replaced by `transform(line)`, which must keep their order (chunk lines made file lines).
  mutating func rewriteLines(_ transform: (Int) -> Int) {
    guard let first = firstLine else { return }
    firstLine = transform(first)
    guard !more.isEmpty else { return }
    for index in more.indices { more[index] = transform(more[index]) }
  }

  /// Keeps `line` if it is among the `limit` smallest: a full sample drops its largest for a line smaller than its
  /// `limit`-th.
  private mutating func keep(_ line: Int, limit: Int) {
    guard let first = firstLine else {
      firstLine = line
      return
    }
    if 1 + more.count >= limit {
      guard line < (limit == 1 ? first : more[limit - 2]) else { return }
      guard !more.isEmpty else {
        firstLine = line
        return
      }
      more.removeLast()
    }
    if line < first {
      more.insert(first, at: 0)
      firstLine = line
      return
    }
    let index = more.firstIndex { $0 > line } ?? more.count
    if line == (index > 0 ? more[index - 1] : first) { return }
    more.insert(line, at: index)
  }

  /// Keyed samples by their first line, then by key (`String.precedes(atLine:_:atLine:)`).
  static func inFirstLineOrder(
    _ left: (key: String, value: RowSample), _ right: (key: String, value: RowSample)
  ) -> Bool {
    left.key.precedes(atLine: left.value.firstLine ?? 0, right.key, atLine: right.value.firstLine ?? 0)
  }

  static func == (left: RowSample, right: RowSample) -> Bool {
    left.rows == right.rows && left.firstLines == right.firstLines
  }
}
