/// One reader thread's tallies of the event files: per team and per engineer, indexed through `ByteInterner` so a
/// row costs no `String`, plus tallies keyed by text for the rows the byte-level reader handed to their record
/// decoders. Grows with teams and people (and one duration per qualifying deployment or incident), never with rows.
struct EventTallies {
  var teams = ByteInterner()
  /// By index in `teams`.
  var delivery: [DeliveryTally] = []
  var reviewers: PersonTallies<ReviewTally>
  /// Counted rows of the chunk being read, not yet added to their tallies (`addBatches`).
  var reviewBatch = RowBatch<PersonTallies<ReviewTally>>()
  var shiftBatch = RowBatch<PersonTallies<OncallTally>>()
  var deploymentBatch = RowBatch<EventTallies>()
  var onCall: PersonTallies<OncallTally>
  /// Deployments named by counted incidents; deployments are read after every thread's incidents are merged.
  var causingDeployments = Set<String>()
  var deliveryByTeam: [String: DeliveryTally] = [:]
  /// Where each row of each team-keyed file went; counted rows by the index in `teams`.
  var incidentRows = StreamedFileAccount()
  var deploymentRows = StreamedFileAccount()

  /// Tallies whose reviewers and engineers on call are indexed by their position in `people`, looked up in `roster`
  /// (`people.interner()`, made once and shared by every thread's tallies).
  init(people: PersonIndex = .empty, roster: ByteInterner = ByteInterner()) {
    reviewers = PersonTallies(people: people, roster: roster)
    onCall = PersonTallies(people: people, roster: roster)
  }

  /// The rows waiting in the batches added to their tallies: at the end of each chunk, and before a row goes to its
  /// record decoder. That row's counts go elsewhere (the tallies and accounting by text), so the order matters to
  /// nothing today; adding the batches first keeps it the order read whatever a later change counts there.
  mutating func addBatches() {
    reviewBatch.add(to: &reviewers)
    reviewers.rows.addCrossTeamBatches()
    shiftBatch.add(to: &onCall)
    addDeploymentBatch()
  }

  /// Whether every counted row appended to a batch has reached its tallies.
  var hasNoBatchedRows: Bool {
    reviewBatch.isEmpty && shiftBatch.isEmpty && deploymentBatch.isEmpty && reviewers.rows.hasNoBatchedCells
  }

  /// The deployments waiting in `deploymentBatch` added to their teams' tallies (the batch is set aside while it
  /// is added to these tallies, which hold it).
  mutating func addDeploymentBatch() {
    var batch = RowBatch<EventTallies>()
    swap(&batch, &deploymentBatch)
    batch.add(to: &self)
    swap(&batch, &deploymentBatch)
  }

  /// The delivery tally of the team named by `bytes`, created on first use as `delivery[team, default:]` is.
  @inline(__always)
  mutating func deliveryIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    delivery.index(of: bytes, in: &teams)
  }

  /// Every thread's tallies summed per team and engineer: the teams keyed by text as the whole-file path keys them,
  /// the people laid out by the roster (`PersonTallies`).
  ///
  /// The threads' states become one by their bytes first (`absorb`), freeing each as it is taken in, so each team
  /// is made a `String` and hashed into the dictionaries once, not once per thread and file (at 100,000 people this
  /// merge took 0.5 s on one core). The reviewers, most of a large org, are merged on a thread of their own from the
  /// start while this one merges the teams and on-call.
  static func merged(
    _ states: inout [EventTallies]
  ) -> (
    delivery: [String: DeliveryTally], reviews: PersonTable<ReviewTally>, oncall: PersonTable<OncallTally>,
    rows: StreamedRows
  ) {
    // A batch never added would lose its rows without a word: a programming error, stopped here rather than paid.
    precondition(states.allSatisfy(\.hasNoBatchedRows), "a batch of counted rows was never added to its tallies")
    var rows = StreamedRows()
    // Taken out of the states, so each merge holds the only reference to what it changes.
    let reviewers = Handoff(states.indices.map { states[$0].take(\.reviewers) })
    let reviewerWork = BackgroundWork { () -> (reviews: PersonTable<ReviewTally>, rows: FileAccounting) in
      var rows = StreamedRows().reviews
      var threads = reviewers.take()
      return (PersonTallies.merged(&threads, accounting: &rows), rows)
    }
    var onCall = states.indices.map { states[$0].take(\.onCall) }
    var delivery: [String: DeliveryTally] = [:]
    if var merging = states.popLast() {
      while let state = states.popLast() { merging.absorb(state) }
      let teams = merging.teams.strings()
      merging.incidentRows.add(to: &rows.incidents, values: teams)
      merging.deploymentRows.add(to: &rows.deployments, values: teams)
      delivery = merging.delivery.keyed(by: teams, adding: merging.deliveryByTeam)
    }
    let oncall = PersonTallies.merged(&onCall, accounting: &rows.shifts)
    let merged = reviewerWork.take()
    rows.reviews = merged.rows
    return (delivery, merged.reviews, oncall, rows)
  }
}

extension EventTallies {
  /// One file's tallies per person, left empty here, so whoever takes them holds the only reference.
  mutating func take<Tally>(_ people: WritableKeyPath<EventTallies, PersonTallies<Tally>>) -> PersonTallies<Tally> {
    defer {
      self[keyPath: people] = PersonTallies(people: self[keyPath: people].people, roster: self[keyPath: people].roster)
    }
    return self[keyPath: people]
  }

  /// `other`'s team tallies and row accounting added to these, key by key through the interners (the people's are
  /// merged apart: `PersonTallies`).
  mutating func absorb(_ other: EventTallies) {
    let teamIndex = teams.absorb(other.teams)
    delivery.merge(other.delivery, at: teamIndex)
    incidentRows.absorb(other.incidentRows, values: teamIndex)
    deploymentRows.absorb(other.deploymentRows, values: teamIndex)
    causingDeployments.formUnion(other.causingDeployments)
    deliveryByTeam.merge(other.deliveryByTeam, uniquingKeysWith: DeliveryTally.merged)
  }
}

/// A per-team or per-engineer tally of the event files: starts empty, and adds another thread's.
protocol MergeableTally: Sendable {
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

/// Tallies by the index a `ByteInterner` gives their team or person.
extension Array where Element: MergeableTally {
  /// The index of `bytes` in `interner`, with an empty tally made for it when it is new.
  /// - Parameter hash: `ByteInterner.hash(bytes)`, when the caller has it already.
  @inline(__always)
  mutating func index(
    of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil, in interner: inout ByteInterner
  ) -> Int {
    let index = interner.intern(bytes, hash: hash ?? ByteInterner.hash(bytes))
    extend(toInclude: index, with: Element())
    return index
  }

  /// Each of `others` merged in at the index `indices` gives it, growing this for keys new to it.
  mutating func merge(_ others: [Element], at indices: [Int]) {
    for (index, tally) in others.enumerated() {
      extend(toInclude: indices[index], with: Element())
      self[indices[index]].merge(tally)
    }
  }

  /// The tallies by the name of their index, with the tallies of the rows the record decoders read added.
  func keyed(by names: [String], adding byText: [String: Element]) -> [String: Element] {
    var result = [String: Element](minimumCapacity: count + byText.count)
    for (index, tally) in enumerated() { result[names[index]] = tally }
    for (name, tally) in byText { result[name, default: Element()].merge(tally) }
    return result
  }
}

extension DeliveryTally: MergeableTally {}

/// The tallies a batch of deployments is added to: the teams' delivery tallies and the deployments' row counts.
extension EventTallies: BatchedRowTarget {
  typealias Counted = DeliveryTally.DeploymentEffect

  func touchSlot(of hash: UInt64) -> UInt64 { teams.touch(hash) }

  mutating func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    delivery.index(of: key, hash: hash, in: &teams)
  }

  func touch(_ index: Int) -> UInt64 {
    UInt64(truncatingIfNeeded: deploymentRows.countedRows(index) &+ delivery[index].successfulDeployments)
  }

  func touchFurther(_ index: Int) -> UInt64 { delivery[index].leadTimes.touch() }

  mutating func add(_ effect: DeliveryTally.DeploymentEffect, at index: Int, line: Int, columnNumber: Int) {
    deploymentRows.count(index, line: line, columnNumber: columnNumber)
    delivery[index].add(effect)
  }
}
extension ReviewTally: MergeableTally {}
extension OncallTally: MergeableTally {}

/// Every thread's row accounting of the streamed files, merged, lines still `ChunkLine`s.
struct StreamedRows {
  var incidents = FileAccounting(file: "", rosterColumn: .team())
  var deployments = FileAccounting(file: "", rosterColumn: .team())
  var reviews = FileAccounting(file: "", rosterColumn: .engineer("reviewer_id"))
  var shifts = FileAccounting(file: "", rosterColumn: .engineer("engineer_id"))
}
