extension ShareReport {
  /// `calculate --share --format json`: its own shape, not SPEC section 6's (which lists
  /// people): shown teams, the total or null, and what was suppressed.
  func jsonValue() -> JSONValue {
    func row(_ team: Team) -> JSONValue {
      .object([
        ("team", .string(team.team)),
        ("headcount", .number(String(team.headcount))),
        ("target", .string(team.target.formatted(in: currency))),
        ("payout", .string(team.payout.formatted(in: currency))),
        ("payout_to_target", team.payoutToTarget.map { .string($0.formatted(decimals: 4)) } ?? .null),
      ])
    }
    return .object([
      ("plan", plan.jsonValue),
      ("period", period.jsonValue),
      ("currency", .string(currency.code)),
      ("min_group_size", .number(String(suppression.minimum))),
      ("teams", .array(suppression.shown.map(row))),
      ("suppressed_teams", .number(String(suppression.suppressedCount))),
      ("total", total.map { row($0) } ?? .null),
      ("notes", .array([notice, suppression.totalWithheldReason].compactMap { $0.map { .string($0) } })),
    ])
  }

  func renderJSON() -> String { JSONWriter.pretty(jsonValue()) }
}
