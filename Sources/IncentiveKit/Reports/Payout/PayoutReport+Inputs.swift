extension PayoutReport {
  /// The `inputs` key of `calculate --format json`: per input file, rows read, counted and left out by reason
  /// with the first few line numbers (docs/data-quality.md). Files by name, reasons in `LeftOutReason` order.
  var inputsJSON: JSONValue {
    .array(metrics.inputs.byName.map(\.jsonValue))
  }
}

extension FileAccounting {
  var jsonValue: JSONValue {
    var reasons: [(String, JSONValue)] = []
    for reason in leftOut.keys.sorted() {
      let sample = leftOut[reason]!
      var fields: [(String, JSONValue)] = [
        ("rows", .number(String(sample.rows))),
        ("first_lines", .array(sample.firstLines.map { .number(String($0)) })),
      ]
      if reason == .notProduction { fields.append(("environments", Self.counts(environments))) }
      if reason == .notOnRoster { fields.append(("values", Self.counts(notOnRoster.mapValues(\.rows)))) }
      reasons.append((reason.rawValue, .object(fields)))
    }
    var members: [(String, JSONValue)] = [
      ("file", .string(name)),
      ("rows_read", .number(String(rowsRead))),
      ("counted", .number(String(counted))),
      ("left_out", .object(reasons)),
    ]
    // Only when an alias was used, so a dataset without aliases keeps its shape.
    if !mapped.isEmpty {
      members.append(
        (
          "mapped",
          .object(
            mapped.sorted { $0.key < $1.key }.map { alias in
              (alias.key, .object([("to", .string(alias.value.target)), ("rows", .number(String(alias.value.sample.rows)))]))
            })
        ))
    }
    return .object(members)
  }

  private static func counts(_ values: [String: Int]) -> JSONValue {
    .object(values.sorted { $0.key < $1.key }.map { ($0.key, .number(String($0.value))) })
  }
}
