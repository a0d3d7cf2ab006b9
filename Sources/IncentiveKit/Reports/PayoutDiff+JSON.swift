extension PayoutDiff {
  /// The diff for machines: amounts as decimal strings (never JSON floats), an absent side as null,
  /// each engineer with a `status` of `changed`, `added`, `removed` or `unchanged`.
  ///
  /// - Parameter onlyDifferences: leave out engineers and teams that did not change (check).
  func jsonValue(onlyDifferences: Bool) -> JSONValue {
    let people = (onlyDifferences ? differingEngineers : engineers).map { engineer -> JSONValue in
      let status =
        engineer.isAdded ? "added" : engineer.isRemoved ? "removed" : engineer.isDifferent ? "changed" : "unchanged"
      return .object(
        [
          ("engineer_id", .string(engineer.id)), ("name", engineer.name.map { .string($0) } ?? .null),
          ("team", .string(engineer.team)), ("status", .string(status)),
        ] + fields(engineer.payout)
          + [
            ("target_before", money(engineer.target.before)), ("target_after", money(engineer.target.after)),
            ("multiplier_before", decimal(engineer.multiplierBefore, minimumDecimals: 2)),
            ("multiplier_after", decimal(engineer.multiplierAfter, minimumDecimals: 2)),
            (
              "components",
              .array(
                engineer.drivers.map { driver in
                  .object(
                    [
                      ("id", .string(driver.id)),
                      ("multiplier_before", decimal(driver.multiplierBefore, minimumDecimals: 4)),
                      ("multiplier_after", decimal(driver.multiplierAfter, minimumDecimals: 4)),
                    ] + fields(driver.amount))
                })
            ),
          ])
    }
    let teamValues = (onlyDifferences ? differingTeams : teams).map { team -> JSONValue in
      .object(
        [
          ("team", .string(team.team)), ("headcount_before", team.headcountBefore.map { .number($0) } ?? .null),
          ("headcount_after", team.headcountAfter.map { .number($0) } ?? .null),
        ] + fields(team.payout))
    }
    return .object([
      ("differs", .bool(hasDifferences)),
      ("currency", .string(currency.code)),
      ("tolerance", .string(tolerance.formatted(in: currency))),
      ("mismatches", .array(mismatches.map { .string($0) })),
      ("plan_changes", .array(planChanges.map { .string($0) })),
      ("engineers", .array(people)),
      ("teams", .array(teamValues)),
      ("total", .object(fields(total))),
      ("extras_total", .object(fields(extrasTotal))),
    ])
  }

  /// `check --format json`: the differences only, with the golden file they were found against first.
  func checkJSON(expected: String) -> JSONValue {
    var document = jsonValue(onlyDifferences: true)
    document.kind = .object([JSONMember(key: "expected", value: .string(expected))] + (document.objectMembers ?? []))
    return document
  }

  private func fields(_ change: Change) -> [(String, JSONValue)] {
    [("before", money(change.before)), ("after", money(change.after)), ("delta", money(change.delta))]
  }

  private func money(_ value: Money?) -> JSONValue { value.map { .string($0.formatted(in: currency)) } ?? .null }

  /// As the payout JSON prints it: engineer multipliers trimmed to at least 2 decimals, component ones to 4.
  private func decimal(_ value: FixedDecimal?, minimumDecimals: Int) -> JSONValue {
    value.map { .string($0.trimmed(minimumDecimals: minimumDecimals)) } ?? .null
  }
}
