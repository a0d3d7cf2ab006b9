/// A mentee's progression event, credited to the mentor (tech-lead effectiveness).
public struct MentorshipEvent: DatasetRecord {
  public enum Kind: Sendable { case promoted, levelUp, milestone }

  public var mentorID: String
  public var menteeID: String
  public var kind: Kind
  public var date: CivilDate

  public static let fileName = "mentorship"
  public static let columns: [TableColumn] = [
    .required("mentor_id"), .required("mentee_id"), .required("event"), .required("date"),
  ]

  public init(row: TableRow) throws(InputError) {
    mentorID = try row.requiredString(0)
    menteeID = try row.requiredString(1)
    kind = try row.requiredChoice(2, ["promoted": .promoted, "level_up": .levelUp, "milestone": .milestone])
    date = try row.requiredDate(3)
    if mentorID == menteeID { throw row.invalid(1, menteeID, "someone other than the mentor") }
  }
}
