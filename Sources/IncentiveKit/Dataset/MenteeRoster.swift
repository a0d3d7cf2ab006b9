/// Promotions of the period whose mentee is on no roster row (nor an `identities.csv` alias of one) while their mentor
/// is, on a track that reads `mentee_promotions`: they count toward the mentor's `mentee_promotions` as written, so a
/// mistyped id (`E1O` for `E10`) or a row meant for another org paid the mentor without a word (acme's E13, with no
/// promotion, from 4,215.72 to 5,717.65 for one row naming `E99`). A mentee outside the plan's roster (an intern, a
/// contractor) can be real, so the promotion still counts and is named, once per mentee and mentor, at its first line.
///
/// A mentee on the roster who was not employed on the promotion's date is named the same way: a promotion before
/// someone joined or after they left is a date or an id typed wrong (E16, gone since June, promoted in August paid
/// E13 5,717.65 instead of 4,215.72 in the input audit).
enum MenteeRoster {
  /// What a named group of promotions is about: a mentee on no roster row, or one not employed on the dates.
  private struct Named {
    var mentee: String
    var mentor: String
    /// The mentee's days of employment (`2023-01-09 to 2026-06-19`, `from 2026-07-07`), when they are on the roster.
    var employed: String?
  }

  static func findings(
    _ dataset: Dataset, roster: Roster, aliases: RosterAliases, plan: Plan, period: Period
  ) throws(InputError) -> [DataFinding] {
    let named = try dataset.groups(MentorshipEvent.self) { (event: MentorshipEvent) -> (key: String, value: Named)? in
      guard period.contains(event.date), event.kind != .milestone else { return nil }
      // The mentor as paid (an identities.csv spelling is its roster id), and only when their track reads the metric:
      // otherwise the row moves no one's pay.
      let mentor = aliases.engineer(event.mentorID)
      guard let paid = roster[mentor], plan.track(for: paid.role)?.reads(.menteePromotions) == true else { return nil }
      // One mentee as written is either on the roster or not, so the two kinds never share a key.
      let key = event.menteeID + "\u{0}" + mentor
      guard let mentee = roster[aliases.engineer(event.menteeID)] else {
        return (key, Named(mentee: event.menteeID, mentor: mentor))
      }
      guard !mentee.isEmployed(on: event.date) else { return nil }
      let employed = mentee.endDate.map { "\(mentee.startDate) to \($0)" } ?? "from \(mentee.startDate)"
      return (key, Named(mentee: event.menteeID, mentor: mentor, employed: employed))
    }
    guard let (file, groups) = named else { return [] }
    return groups.map {
      let (line, rows, named) = ($0.rows.firstLine ?? 0, $0.rows.rows, $0.value)
      guard let employed = named.employed else {
        return .menteeNotOnRoster(file: file, line: line, mentee: named.mentee, mentor: named.mentor, rows: rows)
      }
      return .menteeNotEmployed(
        file: file, line: line, mentee: named.mentee, mentor: named.mentor, rows: rows, employed: employed)
    }
  }
}
