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

  /// The index of the person named by `bytes`, with an empty tally made for them when they are new.
  @inline(__always)
  mutating func index(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    tallies.index(of: bytes, in: &names)
  }

  /// `other`'s people, tallies and row accounting added to these, person by person through the interners.
  mutating func absorb(_ other: PersonTallies) {
    let index = names.absorb(other.names)
    tallies.merge(other.tallies, at: index)
    rows.absorb(other.rows, values: index)
    byText.merge(other.byText, uniquingKeysWith: Tally.merged)
  }

  /// Every thread's tallies of the file summed per person and keyed by text, the file's row accounting added to
  /// `accounting`; each thread's tallies are freed as they are taken in.
  static func merged(_ threads: inout [PersonTallies], accounting: inout FileAccounting) -> [String: Tally] {
    guard var whole = threads.popLast() else { return [:] }
    while let thread = threads.popLast() { whole.absorb(thread) }
    let names = whole.names.strings()
    whole.rows.add(to: &accounting, values: names)
    return whole.tallies.keyed(by: names, adding: whole.byText)
  }
}
