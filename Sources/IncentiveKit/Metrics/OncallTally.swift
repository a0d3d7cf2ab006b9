/// One engineer's on-call load in the period.
struct OncallTally: Sendable {
  var shifts = 0
  var afterHoursPages = 0

  mutating func add(_ shift: OncallShift) {
    add(afterHoursPages: shift.afterHoursPages)
  }

  /// Counts one shift overlapping the period from its after-hours pages (the byte-level reader's entry).
  ///
  /// Plain `+`: every count cell is at most `TableRow.maximumCount` (999,999,999), checked where it is read with the
  /// file, line and column, so these sums cannot overflow below 9.2 billion rows (see `TableRow.maximumCount`).
  mutating func add(afterHoursPages pages: Int?) {
    shifts += 1
    afterHoursPages += pages ?? 0
  }

  /// Adds another reader's tally of the same engineer (all sums).
  mutating func merge(_ other: OncallTally) {
    shifts += other.shifts
    afterHoursPages += other.afterHoursPages
  }

  func record(into set: inout MetricSet) {
    guard shifts > 0 else { return }
    set.set(.oncallShifts, FixedDecimal(shifts), rows: shifts, source: OncallShift.fileName)
    set.set(.afterHoursPages, FixedDecimal(afterHoursPages), rows: shifts, source: OncallShift.fileName)
  }
}

extension OncallTally: BatchedTally {
  /// One counted shift's after-hours pages.
  typealias Counted = Int?

  mutating func add(_ afterHoursPages: Int?) { add(afterHoursPages: afterHoursPages) }

  var rowsAdded: Int { shifts }
}
