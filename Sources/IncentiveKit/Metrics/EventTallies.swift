/// One reader thread's tallies of the event files: per team and per engineer, indexed through `ByteInterner` so a
/// row costs no `String`, plus tallies keyed by text for the rows the byte-level reader handed to their record
/// decoders. Grows with teams and people (and one duration per qualifying deployment or incident), never with rows.
struct EventTallies {
  var teams = ByteInterner()
  /// By index in `teams`.
  var delivery: [DeliveryTally] = []
  var reviewers = PersonTallies<ReviewTally>()
  var onCall = PersonTallies<OncallTally>()
  /// Deployments named by counted incidents; deployments are read after every thread's incidents are merged.
  var causingDeployments = Set<String>()
  var deliveryByTeam: [String: DeliveryTally] = [:]
  /// Where each row of each team-keyed file went; counted rows by the index in `teams`.
  var incidentRows = StreamedFileAccount()
  var deploymentRows = StreamedFileAccount()

  /// The delivery tally of the team named by `bytes`, created on first use as `delivery[team, default:]` is.
  @inline(__always)
  mutating func deliveryIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    Self.index(of: bytes, in: &teams, tallies: &delivery)
  }

  /// The index of `bytes` in `interner`, with an empty tally made for it when it is new.
  @inline(__always)
  static func index<Tally: MergeableTally>(
    of bytes: UnsafeBufferPointer<UInt8>, in interner: inout ByteInterner, tallies: inout [Tally]
  ) -> Int {
    let index = interner.intern(bytes)
    tallies.extend(toInclude: index, with: Tally())
    return index
  }

  /// Every thread's tallies summed per team and engineer, keyed by text as the whole-file path keys them.
  ///
  /// The threads' states become one by their bytes first (`absorb`), freeing each as it is taken in, so each team
  /// and engineer is made a `String` and hashed into the dictionaries once, not once per thread and file (at
  /// 100,000 people this merge took 0.5 s on one core, 0.2 s now). The reviewers, most of a large org, are merged
  /// and keyed on a thread of their own from the start while this one merges the teams and on-call.
  static func merged(
    _ states: inout [EventTallies]
  ) -> (
    delivery: [String: DeliveryTally], reviews: [String: ReviewTally], oncall: [String: OncallTally],
    rows: StreamedRows
  ) {
    var rows = StreamedRows()
    // Taken out of the states, so each merge holds the only reference to what it changes.
    let reviewers = Handoff(states.indices.map { states[$0].takeReviewers() })
    let reviewerWork = BackgroundWork { () -> (reviews: [String: ReviewTally], rows: FileAccounting) in
      var rows = StreamedRows().reviews
      var threads = reviewers.take()
      return (PersonTallies.merged(&threads, accounting: &rows), rows)
    }
    var onCall = states.indices.map { states[$0].takeOnCall() }
    var delivery: [String: DeliveryTally] = [:]
    if var merging = states.popLast() {
      while let state = states.popLast() { merging.absorb(state) }
      let teams = merging.teams.strings()
      merging.incidentRows.add(to: &rows.incidents, values: teams)
      merging.deploymentRows.add(to: &rows.deployments, values: teams)
      delivery = keyed(merging.delivery, by: teams, adding: merging.deliveryByTeam)
    }
    let oncall = PersonTallies.merged(&onCall, accounting: &rows.shifts)
    let merged = reviewerWork.take()
    rows.reviews = merged.rows
    return (delivery, merged.reviews, oncall, rows)
  }

  /// `tallies` by the name of their index, with the tallies of the rows the record decoders read added.
  static func keyed<Tally: MergeableTally>(
    _ tallies: [Tally], by names: [String], adding byText: [String: Tally]
  ) -> [String: Tally] {
    var result = [String: Tally](minimumCapacity: tallies.count + byText.count)
    for (index, tally) in tallies.enumerated() { result[names[index]] = tally }
    for (name, tally) in byText { result[name, default: Tally()].merge(tally) }
    return result
  }
}

extension EventTallies {
  /// The reviewers' tallies, left empty here.
  mutating func takeReviewers() -> PersonTallies<ReviewTally> {
    defer { reviewers = PersonTallies() }
    return reviewers
  }

  /// The on-call tallies, left empty here.
  mutating func takeOnCall() -> PersonTallies<OncallTally> {
    defer { onCall = PersonTallies() }
    return onCall
  }

  /// `other`'s team tallies and row accounting added to these, key by key through the interners (the people's are
  /// merged apart: `PersonTallies`).
  mutating func absorb(_ other: EventTallies) {
    let teamIndex = teams.absorb(other.teams)
    Self.add(other.delivery, into: &delivery, at: teamIndex)
    incidentRows.absorb(other.incidentRows, values: teamIndex)
    deploymentRows.absorb(other.deploymentRows, values: teamIndex)
    causingDeployments.formUnion(other.causingDeployments)
    deliveryByTeam.merge(other.deliveryByTeam, uniquingKeysWith: DeliveryTally.merged)
  }

  /// Each of `tallies` merged into `into` at the index `indices` gives it, growing `into` for keys new to it.
  static func add<Tally: MergeableTally>(_ tallies: [Tally], into: inout [Tally], at indices: [Int]) {
    for (index, tally) in tallies.enumerated() {
      into.extend(toInclude: indices[index], with: Tally())
      into[indices[index]].merge(tally)
    }
  }
}

/// A per-team or per-engineer tally of the event files: starts empty, and adds another thread's.
protocol MergeableTally {
  init()
  mutating func merge(_ other: Self)
}

extension MergeableTally {
  /// `first` and `second` added up: how tallies under one key merge.
  static func merged(_ first: Self, _ second: Self) -> Self {
    var sum = first
    sum.merge(second)
    return sum
  }
}

extension DeliveryTally: MergeableTally {}
extension ReviewTally: MergeableTally {}
extension OncallTally: MergeableTally {}

/// Every thread's row accounting of the streamed files, merged, lines still `ChunkLine`s.
struct StreamedRows {
  var incidents = FileAccounting(file: "", rosterColumn: .team())
  var deployments = FileAccounting(file: "", rosterColumn: .team())
  var reviews = FileAccounting(file: "", rosterColumn: .engineer("reviewer_id"))
  var shifts = FileAccounting(file: "", rosterColumn: .engineer("engineer_id"))
}
