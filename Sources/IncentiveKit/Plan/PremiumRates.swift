/// Pay for incident response outside a person's working hours, outside the bonus: it does not
/// depend on any multiplier and is shown as its own line.
struct PremiumRates: Sendable, Equatable {
  /// Paid per after-hours page (`after_hours_pages` × rate), in plan currency.
  var afterHoursPage: FixedDecimal?
  /// Paid per on-call shift overlapping the period.
  var perShift: FixedDecimal?
}
