extension DataAudit {
  /// On-call shifts and reviews of the period credited to a roster engineer on a day they were not employed: before
  /// their `start_date` or after their `end_date`. Each counts toward their metrics as written, so a shift typed
  /// under the wrong id moves two people's pay (the input audit's E14 shift written E15, who started a month later,
  /// took E14 from 3,479.75 to 3,008.18). Named once per file and person (`audit data` only: it reads the two event
  /// files again).
  static func outsideEmployment(
    _ dataset: Dataset, roster: Roster, aliases: RosterAliases, period: Period
  ) throws(InputError) -> [DataFinding] {
    func scan<R: DatasetRecord>(
      _ type: R.Type, what: String, _ event: (R) -> (person: String, at: Int64)
    ) throws(InputError) -> [DataFinding] {
      let outside = try dataset.groups(type, lineLimit: RowSample.limit) { (record: R) -> (key: String, value: String)? in
        let (person, at) = event(record)
        let id = aliases.engineer(person)
        guard period.contains(milliseconds: at), let engineer = roster[id] else { return nil }
        let day = CivilDate(containingSecond: at.floorDiv(1_000))
        guard day < engineer.startDate || engineer.endDate.map({ day > $0 }) == true else { return nil }
        return (id, id)
      }
      guard let (file, groups) = outside else { return [] }
      return groups.map { group in
        let engineer = roster[group.value]!
        return .outsideEmployment(
          file: file, engineer: group.value, what: what, lines: group.rows.firstLines, rows: group.rows.rows,
          employed: engineer.endDate.map { "\(engineer.startDate) to \($0)" } ?? "from \(engineer.startDate)")
      }
    }
    return try scan(OncallShift.self, what: "on-call shift") { ($0.engineerID, $0.start) }
      + scan(Review.self, what: "review") { ($0.reviewerID, $0.submittedAt) }
  }
}
