extension Sensitivity {
  /// The analysis for machines (a CI job can fail a plan change when a move `pays`): amounts and
  /// metric values as decimal strings, an absent value as null.
  func jsonValue() -> JSONValue {
    let subjectValue: JSONValue
    switch subject {
    case .engineer(let id): subjectValue = .object([("engineer_id", .string(id))])
    case .team(let team): subjectValue = .object([("team", .string(team))])
    }
    let inputValues = inputs.map { input -> JSONValue in
      .object([
        ("components", .array(input.components.map { .string($0) })), ("metric", .string(input.metric.name)),
        ("subject", .string(input.subject)),
        (
          "points",
          .array(
            input.points.map { point in
              .object([
                ("value", decimal(point.value)), ("current", .bool(point.isCurrent)),
                (
                  "multiplier",
                  point.componentMultiplier.map { .string($0.formatted(decimals: Precision.componentMultiplier)) }
                    ?? .null
                ),
                ("payout", money(point.payout)), ("delta", money(point.delta)),
                ("guards_broken", .array(point.brokenGuards.map { .string($0) })),
              ])
            })
        ),
        ("notes", .array(input.notes.map { .string($0) })),
      ])
    }
    let moveValues = moves.map { outcome -> JSONValue in
      .object([
        ("move", .string(outcome.move.kind.rawValue)), ("title", .string(outcome.move.title)),
        ("assumption", .string(outcome.move.assumption)),
        (
          "metrics",
          .array(
            outcome.shifts.map { shift in
              .object([
                ("subject", .string(shift.subject)), ("metric", .string(shift.metric.name)),
                ("before", decimal(shift.before)), ("after", decimal(shift.after)),
              ])
            })
        ),
        (
          "guards",
          .array(
            outcome.guards.map { status in
              .object([
                ("component", .string(status.component)), ("rule", .string(status.rule)),
                ("subject", .string(status.subject)), ("before", decimal(status.before)),
                ("after", decimal(status.after)), ("broken_before", .bool(status.brokenBefore)),
                ("broken_after", .bool(status.brokenAfter)), ("caught", .bool(status.caught)),
              ])
            })
        ),
        ("payout_before", money(outcome.payout.before ?? .zero)),
        ("payout_after", money(outcome.payout.after ?? .zero)), ("delta", money(outcome.payout.delta)),
        ("pays", .bool(outcome.pays)), ("verdict", .string(verdict(outcome))),
      ])
    }
    return .object([
      ("subject", subjectValue), ("title", .string(title)),
      ("period", period.jsonValue),
      ("currency", .string(currency.code)), ("payout", money(payout)), ("inputs", .array(inputValues)),
      ("moves", .array(moveValues)), ("notes", .array(notes.map { .string($0) })),
    ])
  }

  private func money(_ amount: Money) -> JSONValue { .string(amount.formatted(in: currency)) }

  private func decimal(_ value: FixedDecimal?) -> JSONValue { value.map { .string($0.trimmed()) } ?? .null }
}
