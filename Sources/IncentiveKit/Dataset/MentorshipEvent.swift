/// A mentee's progression event, credited to the mentor (tech-lead effectiveness).
struct MentorshipEvent: DatasetRecord {
  enum Kind: Sendable { case promoted, levelUp, milestone }

  var mentorID: String
  var menteeID: String
  var kind: Kind
  var date: CivilDate

  static let fileName = "mentorship"
  static let columns: [TableColumn] = [
    .required("mentor_id"), .required("mentee_id"), .required("event"), .required("date"),
  ]

  /// `event` spellings, lowercase ASCII, in the order of `kindValues`.
  static let kindSpellings: [StaticString] = ["promoted", "level_up", "milestone"]
  static let kindValues: [Kind] = [.promoted, .levelUp, .milestone]

  init(row: borrowing TableRow) throws(InputError) {
    mentorID = try row.requiredString(0)
    menteeID = try row.requiredString(1)
    kind = try row.requiredChoice(2, Self.kindSpellings, Self.kindValues)
    date = try row.requiredDate(3)
    if mentorID == menteeID { throw row.invalid(1, menteeID, "someone other than the mentor") }
  }
}
