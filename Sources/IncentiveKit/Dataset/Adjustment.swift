/// A manual, approved change to one person's payout (`adjustments.csv`): it lives in the
/// dataset so it survives every re-run, is applied after the formula, and is shown with its
/// reason wherever the payout is.
struct Adjustment: DatasetRecord {
  enum Change: Sendable, Equatable {
    /// A new component multiplier (or, for `total`, a new payout multiplier).
    case multiplier(FixedDecimal)
    /// A fixed payout amount (only for `total`: a component amount would break the rule that
    /// target × multiplier gives the payout).
    case amount(FixedDecimal)
  }

  var engineerID: String
  /// A component id of the person's track, or `total`.
  var component: String
  var change: Change
  var reason: String
  var approvedBy: String
  var date: CivilDate
  /// Nil: applies to whatever period the dataset is calculated for.
  var period: Period?
  var line: Int

  static let fileName = "adjustments"
  static let columns: [TableColumn] = [
    .required("engineer_id"), .required("component"), .optional("multiplier"), .optional("amount"),
    .required("reason"), .required("approved_by"), .required("date"), .optional("period"),
  ]

  /// The `component` of a row that adjusts the whole payout, which no plan component may be named.
  static let totalComponent = "total"

  var isTotal: Bool { component == Self.totalComponent }

  init(row: borrowing TableRow) throws(InputError) {
    engineerID = try row.requiredString(0)
    component = try row.requiredString(1)
    let multiplier = try row.decimal(2)
    let amount = try row.decimal(3)
    switch (multiplier, amount) {
    case (let value?, nil):
      guard !value.isNegative, value.scale <= 4, value <= FixedDecimal(100) else {
        throw row.invalid(2, value.description, "a multiplier from 0 to 100 with at most 4 decimals")
      }
      change = .multiplier(value)
    case (nil, let value?):
      guard component == Self.totalComponent else {
        throw row.invalid(3, value.description, "empty for a component (give a multiplier; amounts adjust the total)")
      }
      guard !value.isNegative, value < FixedDecimal(1_000_000_000_000) else {
        throw row.invalid(3, value.description, "an amount from 0 to below 10^12")
      }
      change = .amount(value)
    case (_?, _?):
      throw row.invalid(3, try row.string(3) ?? "", "empty when a multiplier is given (one change per row)")
    case (nil, nil):
      throw row.missing(2)
    }
    // An unexplained or unapproved change to someone's pay is not accepted.
    reason = try row.requiredString(4)
    approvedBy = try row.requiredString(5)
    // Compared as the roster compares near spellings (case, surrounding spaces, width): `e07` or `E07 ` approving
    // E07's own adjustment is still self-approval, and was accepted as another approver.
    if RosterNames.fold(approvedBy) == RosterNames.fold(engineerID) {
      throw row.invalid(5, approvedBy, "someone other than the person adjusted")
    }
    date = try row.requiredDate(6)
    if let text = try row.string(7) {
      guard let parsed = Period(parsing: text) else { throw row.invalid(7, text, "a period (2026-Q3, …)") }
      period = parsed
    }
    line = row.line
  }

  /// Who approved it, when and why, as a payout trace records it.
  var approval: PayoutStep.Approval { .init(approvedBy: approvedBy, date: date, reason: reason) }
}
