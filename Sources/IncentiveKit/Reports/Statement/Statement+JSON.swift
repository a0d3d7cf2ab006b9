extension Statement {
  /// `statement --format json`: the same content as the text, money and multipliers as
  /// decimal strings (never JSON floats), for a payroll portal to render its own way.
  func jsonValue() -> JSONValue {
    let parts = self.parts.map { part -> JSONValue in
      .object([
        ("id", .string(part.id)),
        ("metric", .string(part.metric)),
        ("scope", .string(part.scope)),
        ("weight", .string(part.weight.trimmed(minimumDecimals: 1))),
        ("value", part.value.map { .string($0.trimmed(minimumDecimals: 1)) } ?? .null),
        ("multiplier", .string(part.multiplier.formatted(decimals: Precision.componentMultiplier))),
        ("amount", .string(part.amount.formatted(in: currency))),
        ("explanation", .array(part.steps.map { .string($0) })),
      ])
    }
    let teams = self.teams.map { figures -> JSONValue in
      .object([
        ("team", .string(figures.team)),
        ("relation", .string(figures.relation)),
        ("dora_level", figures.doraLevel.map { .string($0) } ?? .null),
        ("metrics", .object(figures.metrics.map { ($0.name, .string($0.value.trimmed())) })),
      ])
    }
    let extras = self.extras.map { $0.jsonValue(in: currency) }
    return .object([
      ("engineer_id", .string(engineerID)),
      ("name", name.map { .string($0) } ?? .null),
      ("role", .string(role)),
      ("team", .string(team)),
      ("plan", plan.jsonValue),
      ("period", period.jsonValue),
      ("currency", .string(currency.code)),
      (
        "employed",
        .object([
          ("from", .string(employed.from.description)), ("to", .string(employed.to.description)),
          ("days", .number(String(proration.employedDays))), ("period_days", .number(String(proration.periodDays))),
          ("proration", .string(proration.factor.formatted(decimals: Precision.proration))),
        ])
      ),
      ("base", .string(base.formatted(in: currency))),
      ("target_bonus_pct", .string(targetPercent.trimmed())),
      ("target", .string(target.formatted(in: currency))),
      ("multiplier", .string(multiplier.trimmed(minimumDecimals: 2))),
      ("multiplier_explanation", .string(multiplierExplanation)),
      ("payout", .string(payout.formatted(in: currency))),
      ("components", .array(parts)),
      ("extras", .array(extras)),
      ("teams", .array(teams)),
      ("note", .string(Self.privacyNote)),
    ])
  }

  public func renderJSON() -> String { JSONWriter.pretty(jsonValue()) }
}
