/// How a joiner's or leaver's target is cut to the days they were employed: the plan key
/// `"proration"`. Two methods, because finance books use a day count while the first plans
/// used a rounded period ratio, and golden files made under one must keep holding.
enum ProrationMethod: String, Sendable, CaseIterable {
  /// `base × pct / 100 × period days / days in year × proration`, the proration rounded to 4
  /// decimals first (SPEC section 5): the default, so existing golden files hold.
  case periodRatio = "period_ratio"
  /// `base × pct / 100 × days employed / days in the year the period starts in`, rounded once,
  /// half-even: finance's day count, which lands on the cent of a payroll spreadsheet.
  case days
}
