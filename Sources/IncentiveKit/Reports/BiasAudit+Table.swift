extension BiasAudit {
  /// The terminal view of `audit bias`: one row per shown group, then what was left out.
  func renderTable() -> String {
    var text = "Bias audit by \(shown: groupLabel): \(measure)\n"
    if let plan, let period {
      text += plan.heading(for: period) + "\n"
    }
    text +=
      "Permutation test: \(permutations) rounds, seed \(seed) · groups under \(minGroupSize) people suppressed\n\n"
    var table = TextTable(
      headers: [
        "GROUP", "PEOPLE", "MEAN", "MEDIAN", "AT OR ABOVE TARGET", "IMPACT RATIO", "FOUR-FIFTHS", "GAP VS REST",
        "P-VALUE",
      ],
      alignments: [.left, .right, .right, .right, .right, .right, .left, .right, .right])
    for group in groups {
      table.append([
        group.name, String(group.headcount), group.mean.rounded(toScale: 4).formatted(decimals: 4),
        group.median.rounded(toScale: 4).formatted(decimals: 4),
        "\(group.atTargetCount)/\(group.headcount) (\(Self.percent(group.atTargetShare)))",
        group.impactRatio.map { $0.rounded(toScale: 4).formatted(decimals: 4) } ?? "—",
        group.impactRatio == nil ? "—" : (group.belowFourFifths ? "BELOW 4/5" : "ok"),
        group.gap.map { Self.signed($0.rounded(toScale: 4)) } ?? "—",
        group.test.map { $0.pValue.rounded(toScale: 4).formatted(decimals: 4) } ?? "—",
      ])
    }
    text += groups.isEmpty ? "No group has at least \(minGroupSize) people: nothing can be shown.\n" : table.render()
    text += "\n"
    if let mostFavoured { text += "Most favoured group (highest share at or above target): \(shown: mostFavoured)\n" }
    if let notice = suppression.notice(noun: "group", plural: "groups") {
      // The notice counts every hidden group; those hidden to protect the small ones are said apart.
      let small = suppression.suppressedCount - complementary
      text +=
        (complementary == 0
          ? notice
          : (small == 0
            ? "\(complementary) \(complementary == 1 ? "group" : "groups") suppressed"
            : "\(small) \(small == 1 ? "group" : "groups") with fewer than \(minGroupSize) people suppressed, and "
              + "\(complementary) more") + " so that those left out are at least \(minGroupSize) people")
        + " (left out of every comparison)\n"
    }
    if notRecorded > 0 {
      text +=
        "\(notRecorded) \(notRecorded == 1 ? "person" : "people") without a recorded \(shown: groupLabel) left out\n"
    }
    text += "Method and how to read it: docs/privacy-and-fairness.md\n"
    return text
  }

  /// `75.0%`: a share as a percentage with one decimal, half-even.
  static func percent(_ share: Ratio) -> String { share.percentText }

  /// `+0.0312` / `-0.1500`: a gap with its sign always shown.
  static func signed(_ value: FixedDecimal) -> String {
    (value.isNegative ? "" : "+") + value.formatted(decimals: 4)
  }
}
