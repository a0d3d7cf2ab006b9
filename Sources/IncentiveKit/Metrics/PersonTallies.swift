/// One event file's tallies per person (reviews by reviewer, on-call by engineer) on one reader thread: the person's
/// index, their tally by that index, where each row went, and the tallies of the rows the record decoders read, by
/// text.
///
/// A person on the roster is indexed by their roster position: every thread looks their id up in one interner of
/// the roster's ids (`PersonIndex.interner()`), shared and only read, so the threads' tallies line up person by
/// person and merge position by position, and the merged tallies are the roster's `PersonTable` with no id hashed
/// into a table (at 100,000 reviewers, re-interning one thread's people into another's and keying them by text
/// was most of the merge). Anyone else (an alias, a typo, an id of a file read without a roster) is interned on
/// the thread, indexed after the roster.
struct PersonTallies<Tally: MergeableTally> {
  /// The roster's ids in roster order, shared by every thread.
  private(set) var roster = ByteInterner()
  private(set) var people = PersonIndex.empty
  /// Ids the roster lacks, at `roster.count + ` their index here.
  var names = ByteInterner()
  /// By index: roster position, then `names` after the roster.
  var tallies: [Tally] = []
  /// Where each row of the file went; counted rows by the same index as `tallies`.
  var rows = StreamedFileAccount()
  var byText: [String: Tally] = [:]

  /// Tallies whose people are `people`, looked up in `roster` (its `interner()`, made once for every thread).
  init(people: PersonIndex = .empty, roster: ByteInterner = ByteInterner()) {
    precondition(roster.count == people.count, "the roster interner holds the roster's ids")
    self.people = people
    self.roster = roster
  }

  /// `other`'s tallies and row accounting added to these: the roster's people position by position, anyone else
  /// through the interners.
  mutating func absorb(_ other: PersonTallies) {
    let others = names.absorb(other.names)
    var index = Array(0..<roster.count)
    index.reserveCapacity(roster.count + others.count)
    for local in others { index.append(roster.count + local) }
    tallies.merge(other.tallies, at: index)
    rows.absorb(other.rows, values: index)
    byText.merge(other.byText, uniquingKeysWith: Tally.merged)
  }

  /// Every thread's tallies of the file summed per person, laid out by the roster, the file's row accounting added
  /// to `accounting`; each thread's tallies are freed as they are taken in.
  static func merged(_ threads: inout [PersonTallies], accounting: inout FileAccounting) -> PersonTable<Tally> {
    guard var whole = threads.popLast() else { return PersonTable() }
    while let thread = threads.popLast() { whole.absorb(thread) }
    let rosterCount = whole.roster.count
    let others = whole.names.strings()
    whole.rows.add(to: &accounting, people: whole.people, values: others)
    // Someone is in the table when a row of theirs was counted: a roster id's place exists whether or not it was.
    let (tallies, rows) = (whole.tallies, whole.rows)
    var table = PersonTable<Tally>(people: whole.people) { position in
      position < tallies.count && rows.countedRows(position) > 0 ? tallies[position] : nil
    }
    for (local, name) in others.enumerated() { table[name] = tallies[rosterCount + local] }
    for (name, tally) in whole.byText { table[name, default: Tally()].merge(tally) }
    return table
  }
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

  func touchSlot(of hash: UInt64) -> UInt64 { roster.touch(hash) }

  /// The index of the person named by `key`: their roster position, or after the roster for an id it lacks,
  /// interned here when new; with an empty tally made for them when they are new.
  mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let index = roster.index(of: key, hash: hash) ?? roster.count + names.intern(key, hash: hash)
    tallies.extend(toInclude: index, with: Tally())
    return index
  }

  func touch(_ index: Int) -> UInt64 { UInt64(truncatingIfNeeded: rows.countedRows(index) &+ tallies[index].rowsAdded) }

  mutating func add(_ counted: Tally.Counted, at index: Int, line: Int, columnNumber: Int) {
    rows.count(index, line: line, columnNumber: columnNumber)
    tallies[index].add(counted)
  }
}
