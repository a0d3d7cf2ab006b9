/// One event file's tallies per person (reviews by reviewer, on-call by engineer) on one reader thread: the person's
/// index through `ByteInterner`, their tally by that index, where each row went, and the tallies of the rows the
/// record decoders read, by text.
///
/// A file's people are merged and keyed apart from the teams and the other file, so the largest merge of a large
/// org (100,000 reviewers) runs on a thread of its own while the calling thread merges the teams and on-call.
struct PersonTallies<Tally: MergeableTally> {
  var names = ByteInterner()
  /// By index in `names`.
  var tallies: [Tally] = []
  /// Where each row of the file went; counted rows by the index in `names`.
  var rows = StreamedFileAccount()
  var byText: [String: Tally] = [:]

  /// `other`'s people, tallies and row accounting added to these, person by person through the interners.
  mutating func absorb(_ other: PersonTallies) {
    let index = names.absorb(other.names)
    tallies.merge(other.tallies, at: index)
    rows.absorb(other.rows, values: index)
    byText.merge(other.byText, uniquingKeysWith: Tally.merged)
  }

  /// Every thread's tallies of the file summed per person and keyed by text, the file's row accounting added to
  /// `accounting`; each thread's tallies are freed as they are taken in.
  /// - Parameter room: how many people the result should hold without growing (`keyed(by:adding:room:)`).
  static func merged(
    _ threads: inout [PersonTallies], accounting: inout FileAccounting, room: Int = 0
  ) -> [String: Tally] {
    guard var whole = threads.popLast() else { return [:] }
    while let thread = threads.popLast() { whole.absorb(thread) }
    let names = whole.names.strings()
    // Many people are keyed on a thread of their own while their rows are accounted here: at 100,000 reviewers
    // each took 40 ms, one after the other, with the calling thread waiting for both.
    let (tallies, byText) = (whole.tallies, whole.byText)
    let keyed = BackgroundWork<[String: Tally], Never>.started(inBackground: names.count >= Self.backgroundKeyingSize) {
      tallies.keyed(by: names, adding: byText, room: room)
    }
    whole.rows.add(to: &accounting, values: names)
    return keyed()
  }

  /// Files with this many people are keyed on a thread of their own; fewer are keyed in line, where a thread would
  /// cost more than it saves.
  static var backgroundKeyingSize: Int { 10_000 }
}

/// A per-person tally a `RowBatch` adds rows to.
protocol BatchedTally: MergeableTally {
  /// What one counted row adds.
  associatedtype Counted
  mutating func add(_ counted: Counted)
  /// The rows added so far: what a batch reads ahead of adding to it.
  var rowsAdded: Int { get }
}

extension PersonTallies: BatchedRowTarget where Tally: BatchedTally {
  typealias Counted = Tally.Counted

  func touchSlot(of hash: UInt64) -> UInt64 { names.touch(hash) }

  /// The index of the person named by `key`, with an empty tally made for them when they are new.
  mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    tallies.index(of: key, hash: hash, in: &names)
  }

  func touch(_ index: Int) -> UInt64 { UInt64(truncatingIfNeeded: rows.touch(index) &+ tallies[index].rowsAdded) }

  mutating func add(_ counted: Tally.Counted, at index: Int, line: Int, columnNumber: Int) {
    rows.count(index, line: line, columnNumber: columnNumber)
    tallies[index].add(counted)
  }
}
