extension PayoutReport {
  /// The machine contract of `calculate --format json` (SPEC section 6): money and
  /// multipliers as decimal strings, engineers by id, teams by name, byte-stable.
  func jsonValue() -> JSONValue {
    let currency = self.currency
    let engineers = self.engineers.map { payout -> JSONValue in
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
    let teams = self.teams.map { team -> JSONValue in
      .object([
        ("team", .string(team.team)),
        ("headcount", .number(String(team.headcount))),
        ("payout", .string(team.payout.formatted(in: currency))),
      ])
    }
    var document: [(String, JSONValue)] = [
      ("plan", plan.jsonValue),
      ("period", period.jsonValue),
      ("currency", .string(currency.code)),
      ("engineers", .array(engineers)),
      ("teams", .array(teams)),
      ("total", .string(total.formatted(in: currency))),
    ]
    if self.engineers.contains(where: { !$0.extras.isEmpty }) {
      document.append(("extras_total", .string(extrasTotal.formatted(in: currency))))
    }
    document.append(("inputs", inputsJSON))
    return .object(document)
  }

  /// Σ of pay outside the bonus (premiums, retention tranches).
  public var extrasTotal: Money {
    engineers.reduce(Money.zero) { $0 + $1.extrasTotal }
  }

  public func renderJSON() -> String { JSONWriter.pretty(jsonValue()) }
}
