extension PayoutReport {
  /// The machine contract of `calculate --format json` (SPEC section 6): money and
  /// multipliers as decimal strings, engineers by id, teams by name, byte-stable.
  ///
  /// The whole document as one tree; `writeJSON(to:)` writes the same bytes a person at a time.
  public func jsonValue() -> JSONValue {
    .object(
      documentMembers(
        engineers: .array(engineers.map(engineerJSON)), teams: .array(teams.map(teamJSON))))
  }

  /// The document's members in order, with the two that grow with the org passed in: as trees
  /// (`jsonValue()`) or as placeholders the streaming writer fills.
  private func documentMembers(engineers: JSONValue, teams: JSONValue) -> [(String, JSONValue)] {
    var document: [(String, JSONValue)] = [
      ("plan", plan.jsonValue),
      ("period", period.jsonValue),
      ("currency", .string(currency.code)),
      ("engineers", engineers),
      ("teams", teams),
      ("total", .string(total.formatted(in: currency))),
    ]
    if self.engineers.contains(where: { !$0.extras.isEmpty }) {
      document.append(("extras_total", .string(extrasTotal.formatted(in: currency))))
    }
    return document
  }

  /// Writes `jsonValue()`'s pretty text, byte for byte, holding one engineer's tree at a time.
  func writeJSON<Sink: ReportSink>(to sink: inout Sink) throws(OutputError) {
    var writer = JSONStreamWriter(into: sink)
    writer.beginObject()
    // `.null` stands for the two arrays, which are streamed instead of built.
    for (key, value) in documentMembers(engineers: .null, teams: .null) {
      switch key {
      case "engineers":
        writer.key(key)
        writer.beginArray()
        for payout in engineers { try writer.value(engineerJSON(payout)) }
        writer.endArray()
      case "teams":
        writer.key(key)
        writer.beginArray()
        for team in teams { try writer.value(teamJSON(team)) }
        writer.endArray()
      default:
        try writer.member(key, value)
      }
    }
    writer.endObject()
    try writer.finish()
    sink = writer.sink
  }

  /// One engineer of `engineers`.
  func engineerJSON(_ payout: EngineerPayout) -> JSONValue {
    let currency = self.currency
    let components = payout.components.map { outcome -> JSONValue in
      .object([
        ("id", .string(outcome.component.id)),
        ("metric", .string(outcome.component.metric.name)),
        ("scope", .string(outcome.component.scope.rawValue)),
        ("value", outcome.value.map { .string($0.trimmed(minimumDecimals: 1)) } ?? .null),
        ("weight", .string(outcome.weight.trimmed(minimumDecimals: 1))),
        ("multiplier", .string(outcome.multiplier.formatted(decimals: Precision.componentMultiplier))),
        ("amount", .string(outcome.amount.formatted(in: currency))),
        ("notes", .array(payout.notes(for: outcome, in: currency).map { .string($0) })),
      ])
    }
    var fields: [(String, JSONValue)] = [
      ("engineer_id", .string(payout.engineer.id)),
      ("name", payout.engineer.name.map { .string($0) } ?? .null),
      ("team", .string(payout.team)),
      ("role", .string(payout.engineer.role)),
      ("proration", .string(payout.proration.factor.formatted(decimals: Precision.proration))),
      ("target", .string(payout.target.amount.formatted(in: currency))),
      ("multiplier", .string(payout.multiplier.trimmed(minimumDecimals: 2))),
      ("payout", .string(payout.payout.formatted(in: currency))),
      ("components", .array(components)),
    ]
    // Pay outside the bonus appears only when the plan has premiums or retention grants, so
    // plans without them keep SPEC section 6's shape exactly.
    if !payout.extras.isEmpty {
      fields.append(("extras", .array(payout.extras.map { $0.jsonValue(in: currency) })))
    }
    return .object(fields)
  }

  /// One team of `teams`.
  func teamJSON(_ team: TeamTotal) -> JSONValue {
    .object([
      ("team", .string(team.team)),
      ("headcount", .number(String(team.headcount))),
      ("payout", .string(team.payout.formatted(in: currency))),
    ])
  }

  /// Σ of pay outside the bonus (premiums, retention tranches).
  public var extrasTotal: Money {
    engineers.reduce(Money.zero) { $0 + $1.extrasTotal }
  }

  public func renderJSON() -> String { ReportBytes.collect { (sink) throws(OutputError) in try writeJSON(to: &sink) } }
}
