extension PayoutDiff {
  /// The diff for machines: amounts as decimal strings (never JSON floats), an absent side as null,
  /// each engineer with a `status` of `changed`, `added`, `removed` or `unchanged`; `tool_version` last.
  ///
  /// Written a member at a time, one engineer's tree at a time (`JSONStreamWriter`, the bytes `JSONWriter.pretty` gives
  /// the whole tree): a diff of 100,000 people was a tree and a string of 40 MB held at once.
  ///
  /// - Parameters:
  ///   - onlyDifferences: leave out engineers and teams that did not change (check).
  ///   - expected: the golden file a check compared against, first (`check --format json`).
  func writeJSON<Sink: ReportSink>(to sink: inout Sink, onlyDifferences: Bool, expected: String? = nil) throws {
    var writer = JSONStreamWriter(into: sink)
    writer.beginObject()
    if let expected { try writer.member("expected", .string(expected)) }
    try writer.member("differs", .bool(hasDifferences))
    try writer.member("currency", .string(currency.code))
    try writer.member("tolerance", .string(tolerance.formatted(in: currency)))
    try writer.member("mismatches", .array(mismatches.map { .string($0) }))
    try writer.member("plan_changes", .array(planChanges.map { .string($0) }))
    writer.key("engineers")
    writer.beginArray()
    for engineer in onlyDifferences ? differingEngineers : engineers { try writer.value(engineerJSON(engineer)) }
    writer.endArray()
    writer.key("teams")
    writer.beginArray()
    for team in onlyDifferences ? differingTeams : teams { try writer.value(teamJSON(team)) }
    writer.endArray()
    try writer.member("total", .object(fields(total)))
    try writer.member("extras_total", .object(fields(extrasTotal)))
    try writer.member(ToolVersion.jsonKey, .string(ToolVersion.current))
    writer.endObject()
    try writer.finish()
    sink = writer.sink
  }

  private func engineerJSON(_ engineer: EngineerChange) -> JSONValue {
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

  private func teamJSON(_ team: TeamChange) -> JSONValue {
    .object(
      [
        ("team", .string(team.team)), ("headcount_before", team.headcountBefore.map { .number($0) } ?? .null),
        ("headcount_after", team.headcountAfter.map { .number($0) } ?? .null),
      ] + fields(team.payout))
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
