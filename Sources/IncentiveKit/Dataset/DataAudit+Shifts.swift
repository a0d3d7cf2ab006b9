extension DataAudit {
  /// A person's on-call shifts of the period that overlap without being the same shift (`repeatedRows` lists those):
  /// each shift counts in full, for `oncall_shifts` and the shift premium, so an hour on two overlapping rows is paid
  /// twice. Two schedules exported into one file, or a handover written on both sides, look like this.
  static func overlappingShifts(_ dataset: Dataset, period: Period) throws(InputError) -> [DataFinding] {
    var shifts: [(engineer: String, start: Int64, end: Int64)] = []
    // Each row of the period its own value, so the accounting keeps its line.
    var lines = InputAccounting()
    try dataset.account(OncallShift.self, into: &lines) { (shift: OncallShift) throws(InputError) -> RowFate in
      guard shift.start < period.endMilliseconds && shift.end > period.startMilliseconds else {
        return .leftOut(.outsidePeriod)
      }
      shifts.append((shift.engineerID, shift.start, shift.end))
      return .counted(rosterValue: String(shifts.count - 1))
    }
    guard let file = lines.files.first else { return [] }
    func line(_ row: Int) -> Int { file.countedByValue[String(row)]?.firstLine ?? 0 }
    func span(_ row: Int) -> String {
      ISO8601.format(milliseconds: shifts[row].start) + " to " + ISO8601.format(milliseconds: shifts[row].end)
    }
    var findings: [(line: Int, finding: DataFinding)] = []
    let byEngineer = Dictionary(grouping: shifts.indices, by: { shifts[$0].engineer })
    for (engineer, rows) in byEngineer {
      let ordered = rows.sorted { (shifts[$0].start, shifts[$0].end, $0) < (shifts[$1].start, shifts[$1].end, $1) }
      // The shift reaching furthest so far: a later one starting before it ends overlaps it.
      var reaching = ordered[0]
      for row in ordered.dropFirst() {
        let same = shifts[row].start == shifts[reaching].start && shifts[row].end == shifts[reaching].end
        if shifts[row].start < shifts[reaching].end && !same {
          let pair = [reaching, row].sorted { line($0) < line($1) }
          findings.append(
            (
              line(pair[0]),
              .overlappingShifts(
                file: file.file, engineer: engineer, lines: pair.map(line), spans: pair.map(span))
            ))
        }
        if shifts[row].end > shifts[reaching].end { reaching = row }
      }
    }
    return findings.sorted { $0.line < $1.line }.map(\.finding)
  }
}
