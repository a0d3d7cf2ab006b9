/// Promotions of the period whose mentee is on no roster row (nor an `identities.csv` alias of one) while their mentor
/// is, on a track that reads `mentee_promotions`: they count toward the mentor's `mentee_promotions` as written, so a
/// mistyped id (`E1O` for `E10`) or a row meant for another org paid the mentor without a word (acme's E13, with no
/// promotion, from 4,215.72 to 5,717.65 for one row naming `E99`). A mentee outside the plan's roster (an intern, a
/// contractor) can be real, so the promotion still counts and is named, once per mentee and mentor, at its first line.
enum MenteeRoster {
  static func findings(
    _ dataset: Dataset, roster: Roster, aliases: RosterAliases, plan: Plan, period: Period
  ) throws(InputError) -> [DataFinding] {
    let unknown = try dataset.groups(MentorshipEvent.self) {
      (event: MentorshipEvent) -> (key: String, value: (mentee: String, mentor: String))? in
      guard period.contains(event.date), event.kind != .milestone else { return nil }
      // The mentor as paid (an identities.csv spelling is its roster id), and only when their track reads the metric:
      // otherwise the row moves no one's pay.
      let mentor = aliases.engineer(event.mentorID)
      guard let paid = roster[mentor], roster[aliases.engineer(event.menteeID)] == nil,
        plan.track(for: paid.role)?.reads(.menteePromotions) == true
      else { return nil }
      return (event.menteeID + "\u{0}" + mentor, (event.menteeID, mentor))
    }
    guard let (file, groups) = unknown else { return [] }
    return groups.map {
      .menteeNotOnRoster(
        file: file, line: $0.rows.firstLine ?? 0, mentee: $0.value.mentee, mentor: $0.value.mentor, rows: $0.rows.rows)
    }
  }
}
