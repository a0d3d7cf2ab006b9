import Testing

@testable import IncentiveKit

@Suite("Bias audit")
struct BiasAuditTests {
  static func subjects(_ group: String?, _ values: [String]) -> [BiasAudit.Subject] {
    values.map { BiasAudit.Subject(group: group, value: FixedDecimal($0)!) }
  }

  static func d(_ text: String) -> FixedDecimal { FixedDecimal(text)! }

  /// A: 10 people, 8 at or above target (share 0.8, the most favoured shown group).
  /// B: 10 people, 6 at or above (one exactly at 1.0, which counts): 0.6 / 0.8 = 0.75 < 0.8.
  /// C: 25 people, 16 at or above: 0.64 / 0.8 = 0.8 exactly, not below four fifths.
  /// D: 4 people all at 1.5 (share 1.0) but under min_group_size 5: suppressed, so it is
  ///    not the most favoured group and takes part in no comparison.
  /// E: 5 people (exactly min_group_size, shown), 2 at or above: 0.4 / 0.8 = 0.5.
  static let audit = BiasAudit(
    subjects: subjects("A", Array(repeating: "1.2", count: 8) + ["0.8", "0.8"])
      + subjects("B", Array(repeating: "1.1", count: 5) + ["1.0"] + Array(repeating: "0.9", count: 4))
      + subjects("C", Array(repeating: "1.0", count: 16) + Array(repeating: "0.5", count: 9))
      + subjects("D", ["1.5", "1.5", "1.5", "1.5"])
      + subjects("E", ["1.0", "1.3", "0.7", "0.6", "0.9"])
      + subjects(nil, ["1.0", "2.0"]),
    grouping: .attribute("team_colour"), minGroupSize: 5, permutations: 200, seed: 1)

  static func group(_ name: String) -> BiasAudit.GroupResult? { audit.groups.first { $0.name == name } }

  @Test(
    "adverse impact ratio against the most favoured group, and the four-fifths flag",
    arguments: [
      ("A", 8, 10, "1.0000", false),
      ("B", 6, 10, "0.7500", true),
      ("C", 16, 25, "0.8000", false),
      ("E", 2, 5, "0.5000", true),
    ] as [(String, Int, Int, String, Bool)])
  func impactRatio(name: String, atTarget: Int, headcount: Int, ratio: String, flagged: Bool) throws {
    let result = try #require(Self.group(name))
    #expect(result.atTargetCount == atTarget)
    #expect(result.headcount == headcount)
    #expect(result.impactRatio?.rounded(toScale: 4) == Self.d(ratio))
    #expect(result.belowFourFifths == flagged)
  }

  @Test("the most favoured group is the shown one with the highest at-target share")
  func mostFavoured() {
    #expect(Self.audit.mostFavoured == "A")
  }

  @Test("mean and median are exact: A mean (8 × 1.2 + 2 × 0.8) / 10 = 1.12; B median (1.0 + 1.1) / 2 = 1.05")
  func meanAndMedian() throws {
    let a = try #require(Self.group("A"))
    #expect(a.mean.rounded(toScale: 4) == Self.d("1.12"))
    #expect(a.median.rounded(toScale: 4) == Self.d("1.2"))
    let b = try #require(Self.group("B"))
    // (5 × 1.1 + 1.0 + 4 × 0.9) / 10 = 10.1 / 10
    #expect(b.mean.rounded(toScale: 4) == Self.d("1.01"))
    #expect(b.median.rounded(toScale: 4) == Self.d("1.05"))
    let e = try #require(Self.group("E"))
    // sorted 0.6 0.7 0.9 1.0 1.3: median 0.9, mean 4.5 / 5 = 0.9
    #expect(e.median.rounded(toScale: 4) == Self.d("0.9"))
    #expect(e.mean.rounded(toScale: 4) == Self.d("0.9"))
  }

  @Test("a group of min_group_size − 1 is suppressed and one of min_group_size is shown")
  func suppressionThreshold() {
    #expect(Self.audit.groups.map(\.name) == ["A", "B", "C", "E"])
    #expect(Self.audit.suppression.suppressedCount == 1)
    #expect(Self.audit.notRecorded == 2)
  }

  @Test("the gap compares with the shown groups only: A's rest is B, C and E, not D")
  func gapExcludesSuppressed() throws {
    // A sum 11.2 (10 people); rest B 10.1 + C (16 + 4.5 = 20.5) + E 4.5 = 35.1 over 40 people.
    // Gap = 1.12 − 35.1 / 40 = 1.12 − 0.8775 = 0.2425.
    let a = try #require(Self.group("A"))
    #expect(a.gap?.rounded(toScale: 4) == Self.d("0.2425"))
    #expect(a.test?.permutations == 200)
  }

  @Test("with one shown group there is nothing to compare against")
  func singleGroup() throws {
    let audit = BiasAudit(
      subjects: Self.subjects("only", ["1", "1", "1", "0.5", "2"]), grouping: .manager, minGroupSize: 5,
      permutations: 10, seed: 1)
    let only = try #require(audit.groups.first)
    #expect(only.test == nil && only.gap == nil)
    #expect(only.impactRatio?.rounded(toScale: 4) == FixedDecimal(1))
  }

  @Test("nobody at target anywhere leaves the impact ratio undefined rather than 0/0")
  func nobodyAtTarget() {
    let audit = BiasAudit(
      subjects: Self.subjects("x", ["0.5", "0.5"]) + Self.subjects("y", ["0.9", "0.1"]), grouping: .attribute("g"),
      minGroupSize: 2, permutations: 10, seed: 1)
    #expect(audit.groups.allSatisfy { $0.impactRatio == nil && !$0.belowFourFifths })
  }
}
