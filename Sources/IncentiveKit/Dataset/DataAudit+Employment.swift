extension DataAudit {
  /// On-call shifts and reviews of the period credited to a roster engineer wholly outside their employment: ending
  /// over a day before their `start_date` or starting over a day after their `end_date`. Each counts toward their
  /// metrics as written, so a shift typed under the wrong id moves two people's pay (the input audit's E14 shift
  /// written E15, who started a month later, took E14 from 3,479.75 to 3,008.18). Named once per file and person
  /// (`audit data` only: it reads the two event files again).
  static func outsideEmployment(
    _ dataset: Dataset, roster: Roster, aliases: RosterAliases, period: Period
  ) throws(InputError) -> [DataFinding] {
    func scan<R: DatasetRecord>(
      _ type: R.Type, what: String, _ event: (R) -> (person: String, from: Int64, to: Int64)
    ) throws(InputError) -> [DataFinding] {
      let outside = try dataset.groups(type, lineLimit: RowSample.limit) {
        (record: R) -> (key: String, value: Engineer)? in
        let (person, from, to) = event(record)
        let id = aliases.engineer(person)
        // A shift counts when it overlaps the period (a review when it is in it), so it is asked about then.
        guard from < period.endMilliseconds && to > period.startMilliseconds, let engineer = roster[id] else {
          return nil
        }
        // The roster's dates are civil days where the person is, the events' instants UTC: a day of slack either
        // side, so an evening review on someone's last day west of UTC, or a shift from midnight on their first day
        // east of it, is no finding.
        let first = CivilDate(containingSecond: from.floorDiv(1_000))
        let last = CivilDate(containingSecond: max(from, to - 1).floorDiv(1_000))
        let before = last.advanced(by: 1) < engineer.startDate
        let after = engineer.endDate.map { first.advanced(by: -1) > $0 } == true
        guard before || after else { return nil }
        return (id, engineer)
      }
      guard let (file, groups) = outside else { return [] }
      return groups.map { (engineer, rows) in
        .outsideEmployment(
          file: file, engineer: engineer.id, what: what, lines: rows.firstLines, rows: rows.rows,
          employed: engineer.endDate.map { "\(engineer.startDate) to \($0)" } ?? "from \(engineer.startDate)")
      }
    }
    return try scan(OncallShift.self, what: "on-call shift") { ($0.engineerID, $0.start, $0.end) }
      + scan(Review.self, what: "review") { ($0.reviewerID, $0.submittedAt, $0.submittedAt + 1) }
  }
}
