/// One reader thread's tallies of the event files: per team and per engineer, indexed through `ByteInterner` so a
/// row costs no `String`, plus tallies keyed by text for the rows the byte-level reader handed to their record
/// decoders. Grows with teams and people (and one duration per qualifying deployment or incident), never with rows.
struct EventTallies {
  var teams = ByteInterner()
  /// By index in `teams`.
  var delivery: [DeliveryTally] = []
  var reviewers = ByteInterner()
  /// By index in `reviewers`.
  var reviews: [ReviewTally] = []
  var onCall = ByteInterner()
  /// By index in `onCall`.
  var oncall: [OncallTally] = []
  /// Deployments named by counted incidents; deployments are read after every thread's incidents are merged.
  var causingDeployments = Set<String>()
  var deliveryByTeam: [String: DeliveryTally] = [:]
  var reviewsByReviewer: [String: ReviewTally] = [:]
  var oncallByEngineer: [String: OncallTally] = [:]
  /// Where each row of each file went; counted rows by the index in `teams`, `reviewers` or `onCall`.
  var incidentRows = StreamedFileAccount()
  var deploymentRows = StreamedFileAccount()
  var reviewRows = StreamedFileAccount()
  var shiftRows = StreamedFileAccount()

  /// The delivery tally of the team named by `bytes`, created on first use as `delivery[team, default:]` is.
  @inline(__always)
  mutating func deliveryIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let index = teams.intern(bytes)
    if index == delivery.count { delivery.append(DeliveryTally()) }
    return index
  }

  @inline(__always)
  mutating func reviewIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let index = reviewers.intern(bytes)
    if index == reviews.count { reviews.append(ReviewTally()) }
    return index
  }

  @inline(__always)
  mutating func oncallIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let index = onCall.intern(bytes)
    if index == oncall.count { oncall.append(OncallTally()) }
    return index
  }

  /// Every thread's tallies summed per team and engineer, keyed by text as the whole-file path keys them.
  ///
  /// Takes the states out of `states` one by one, so each thread's durations are freed as soon as they are
  /// copied and the merged lists never coexist with all of them.
  static func merged(
    _ states: inout [EventTallies]
  ) -> (
    delivery: [String: DeliveryTally], reviews: [String: ReviewTally], oncall: [String: OncallTally],
    rows: StreamedRows
  ) {
    var delivery: [String: DeliveryTally] = [:]
    var reviews: [String: ReviewTally] = [:]
    var oncall: [String: OncallTally] = [:]
    var rows = StreamedRows()
    while let state = states.popLast() {
      rows.incidents.merge(state.incidentRows.accounting(values: state.teams))
      rows.deployments.merge(state.deploymentRows.accounting(values: state.teams))
      rows.reviews.merge(state.reviewRows.accounting(values: state.reviewers))
      rows.shifts.merge(state.shiftRows.accounting(values: state.onCall))
      for (index, tally) in state.delivery.enumerated() {
        delivery[state.teams.string(index), default: DeliveryTally()].merge(tally)
      }
      for (team, tally) in state.deliveryByTeam { delivery[team, default: DeliveryTally()].merge(tally) }
      for (index, tally) in state.reviews.enumerated() {
        reviews[state.reviewers.string(index), default: ReviewTally()].merge(tally)
      }
      for (id, tally) in state.reviewsByReviewer { reviews[id, default: ReviewTally()].merge(tally) }
      for (index, tally) in state.oncall.enumerated() {
        oncall[state.onCall.string(index), default: OncallTally()].merge(tally)
      }
      for (id, tally) in state.oncallByEngineer { oncall[id, default: OncallTally()].merge(tally) }
    }
    return (delivery, reviews, oncall, rows)
  }
}

/// Every thread's row accounting of the streamed files, merged, lines still `ChunkLine`s.
struct StreamedRows {
  var incidents = FileAccounting(file: "", rosterColumn: .team())
  var deployments = FileAccounting(file: "", rosterColumn: .team())
  var reviews = FileAccounting(file: "", rosterColumn: .engineer("reviewer_id"))
  var shifts = FileAccounting(file: "", rosterColumn: .engineer("engineer_id"))
}
