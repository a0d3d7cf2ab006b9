extension BiasAudit {
  /// `audit bias --format json`: ratios and p-values as decimal strings (4 places), counts
  /// as numbers, so a notebook can read it without parsing the table.
  func jsonValue() -> JSONValue {
    func decimal(_ ratio: Ratio?) -> JSONValue {
      ratio.map { .string($0.rounded(toScale: 4).formatted(decimals: 4)) } ?? .null
    }
    let rows = groups.map { group -> JSONValue in
      .object([
        ("group", .string(group.name)),
        ("headcount", .number(String(group.headcount))),
        ("mean_multiplier", decimal(group.mean)),
        ("median_multiplier", decimal(group.median)),
        ("at_or_above_target", .number(String(group.atTargetCount))),
        ("at_or_above_target_share", decimal(group.atTargetShare)),
        ("adverse_impact_ratio", decimal(group.impactRatio)),
        ("below_four_fifths", group.impactRatio == nil ? .null : .bool(group.belowFourFifths)),
        ("gap_vs_rest", decimal(group.gap)),
        ("p_value", decimal(group.test?.pValue)),
        ("extreme_permutations", group.test.map { .number(String($0.extremeCount)) } ?? .null),
      ])
    }
    var document: [(String, JSONValue)] = []
    if let plan { document.append(("plan", plan.jsonValue)) }
    if let period { document.append(("period", period.jsonValue)) }
    document += [
      ("grouping", .string(groupLabel)),
      ("measure", .string(measure)),
      ("min_group_size", .number(String(minGroupSize))),
      ("permutations", .number(String(permutations))),
      ("seed", .number(String(seed))),
      ("most_favoured_group", mostFavoured.map { .string($0) } ?? .null),
      ("groups", .array(rows)),
      ("suppressed_groups", .number(String(suppression.suppressedCount))),
      ("not_recorded", .number(String(notRecorded))),
    ]
    return .object(document)
  }

  func renderJSON() -> String { JSONWriter.pretty(jsonValue()) }
}
