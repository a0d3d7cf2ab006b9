/// One engineer's on-call load in the period.
struct OncallTally {
  var shifts = 0
  var afterHoursPages = 0

  mutating func add(_ shift: OncallShift) {
    shifts += 1
    afterHoursPages += shift.afterHoursPages ?? 0
  }

  func record(into set: inout MetricSet) {
    guard shifts > 0 else { return }
    set.set("oncall_shifts", FixedDecimal(shifts), rows: shifts, source: "oncall")
    set.set("after_hours_pages", FixedDecimal(afterHoursPages), rows: shifts, source: "oncall")
  }
}
