@testable import IncentiveKit
import Testing

@Suite("PayoutDiff")
struct PayoutDiffTests {
  static let usd = Currency(code: "USD")!

  static func money(_ text: String) -> Money { Money(text, currency: usd)! }

  static func engineer(
    _ id: String, team: String = "core", target: String, multiplier: String, payout: String,
    components: [(String, String, String)]
  ) -> PayoutSnapshot.EngineerFigures {
    PayoutSnapshot.EngineerFigures(
      id: id, name: nil, team: team, target: money(target), multiplier: FixedDecimal(multiplier)!,
      payout: money(payout),
      components: components.map { .init(id: $0.0, multiplier: FixedDecimal($0.1)!, amount: money($0.2)) })
  }

  static func snapshot(
    _ engineers: [PayoutSnapshot.EngineerFigures], teams: [(String, Int, String)], total: String,
    period: String = "2026-07-01..2026-09-30", sha: String = "a"
  ) -> PayoutSnapshot {
    PayoutSnapshot(
      planName: "p", planVersion: "1", planSHA256: sha, period: period, currency: usd, engineers: engineers,
      teams: teams.map { .init(team: $0.0, headcount: $0.1, payout: money($0.2)) }, total: money(total))
  }

  /// Before: e1 1,000.00 (delivery 0.5 × 1.2 → 600.00, quality 0.5 × 0.8 → 400.00), e2 500.00, e3 200.00.
  /// After: e1's delivery multiplier 1.2 → 1.4 (0.5 × 1.4 × 1,000 = 700.00; payout 1,100.00, +100.00),
  /// e2 unchanged, e3 gone (−200.00), e4 new (+50.00). Team core 1,700.00 → 1,650.00 (−50.00).
  static let before = snapshot(
    [
      engineer(
        "e1", target: "1000.00", multiplier: "1.00", payout: "1000.00",
        components: [("delivery", "1.2000", "600.00"), ("quality", "0.8000", "400.00")]),
      engineer(
        "e2", target: "500.00", multiplier: "1.00", payout: "500.00", components: [("delivery", "1.0000", "500.00")]),
      engineer(
        "e3", target: "200.00", multiplier: "1.00", payout: "200.00", components: [("delivery", "1.0000", "200.00")]),
    ], teams: [("core", 3, "1700.00")], total: "1700.00")
  static let after = snapshot(
    [
      engineer(
        "e1", target: "1000.00", multiplier: "1.10", payout: "1100.00",
        components: [("delivery", "1.4000", "700.00"), ("quality", "0.8000", "400.00")]),
      engineer(
        "e2", target: "500.00", multiplier: "1.00", payout: "500.00", components: [("delivery", "1.0000", "500.00")]),
      engineer(
        "e4", target: "50.00", multiplier: "1.00", payout: "50.00", components: [("delivery", "1.0000", "50.00")]),
    ], teams: [("core", 3, "1650.00")], total: "1650.00", sha: "b")

  @Test("engineers sorted by absolute change, with added, removed, unchanged and the component that drove it")
  func engineers() {
    let diff = PayoutDiff(before: Self.before, after: Self.after)
    #expect(diff.engineers.map(\.id) == ["e3", "e1", "e4", "e2"])  // |−200| > |+100| > |+50| > 0
    #expect(
      diff.engineers.map(\.payout.delta) == [Self.money("-200.00"), Self.money("100.00"), Self.money("50.00"), .zero])
    #expect(diff.engineers[0].isRemoved && diff.engineers[2].isAdded)
    #expect(diff.engineers.map(\.isDifferent) == [true, true, true, false])
    let e1 = diff.engineers[1]
    #expect(e1.drivers.map(\.id) == ["delivery"], "quality did not move")
    #expect(e1.drivers.first?.amount.delta == Self.money("100.00"))
    #expect(e1.drivers.first?.multiplierBefore == FixedDecimal("1.2"))
    #expect(e1.drivers.first?.multiplierAfter == FixedDecimal("1.4"))
    #expect(diff.teams.first?.payout.delta == Self.money("-50.00"))
    #expect(diff.total.delta == Self.money("-50.00"))
    #expect(diff.hasDifferences)
    #expect(diff.mismatches.isEmpty)
    #expect(diff.planChanges == ["plan sha256 a… → b…"])
  }

  @Test("the people's order on either side changes nothing, and a repeated id counts once, as first listed")
  func order() {
    var shuffled = Self.after
    shuffled.engineers.reverse()
    var repeated = Self.before
    // A second e1 whose payout would make it the largest change, were it read.
    repeated.engineers.append(
      Self.engineer("e1", target: "1.00", multiplier: "1.00", payout: "9999.00", components: []))
    let diff = PayoutDiff(before: repeated, after: shuffled)
    #expect(diff == PayoutDiff(before: Self.before, after: Self.after))
    #expect(diff.engineers.map(\.id) == ["e3", "e1", "e4", "e2"])
  }

  /// The diff of `before` and `after` worked out above, as machines read it.
  @Test("the JSON: every engineer largest change first with its status, amounts as strings, tool_version last")
  func json() throws {
    let diff = PayoutDiff(before: Self.before, after: Self.after)
    let text = ReportBytes.collect { try diff.writeJSON(to: &$0, onlyDifferences: false) }
    let document = try JSONParser.parse(Array(text.utf8), file: "diff.json")
    // Pretty-printed as every JSON output is: the same bytes as the tree written whole.
    #expect(text == JSONWriter.pretty(document))
    let members = try #require(document.objectMembers)
    #expect(members.map(\.key) == [
      "differs", "currency", "tolerance", "mismatches", "plan_changes", "engineers", "teams", "total", "extras_total",
      ToolVersion.jsonKey,
    ])
    let engineers = try #require(document["engineers"]?.arrayValue)
    #expect(engineers.map { $0["engineer_id"] } == ["e3", "e1", "e4", "e2"].map { JSONValue.string($0) })
    #expect(engineers.map { $0["status"] } == ["removed", "changed", "added", "unchanged"].map { JSONValue.string($0) })
    #expect(engineers[0]["after"] == .null)
    #expect(engineers[1]["delta"] == .string("100.00"))
    let driver = try #require(engineers[1]["components"]?.arrayValue?.first)
    #expect(driver["id"] == .string("delivery"))
    #expect(driver["multiplier_before"] == .string("1.2000") && driver["multiplier_after"] == .string("1.4000"))
    #expect(document["total"]?["delta"] == .string("-50.00"))
    let check = ReportBytes.collect { try diff.writeJSON(to: &$0, onlyDifferences: true, expected: "golden.json") }
    let checked = try JSONParser.parse(Array(check.utf8), file: "check.json")
    #expect(checked.objectMembers?.first?.key == "expected")
    #expect(checked["engineers"]?.arrayValue?.count == 3, "e2 did not change")
  }

  @Test("identical runs have no differences even when the plan digest differs")
  func identical() {
    var reformatted = Self.before
    reformatted.planSHA256 = "c"
    let diff = PayoutDiff(before: Self.before, after: reformatted)
    #expect(!diff.hasDifferences)
    #expect(diff.differingEngineers.isEmpty)
    #expect(diff.planChanges.count == 1)
  }

  /// e1's payout 1,000.00 → 1,000.02 and its delivery amount 600.00 → 600.02; multipliers unchanged.
  @Test(
    "tolerance: amounts within it are equal, one cent more is a difference",
    arguments: [("0.01", true), ("0.02", false)])
  func tolerance(tolerance: String, differs: Bool) {
    let nudged = Self.snapshot(
      [
        Self.engineer(
          "e1", target: "1000.02", multiplier: "1.00", payout: "1000.02",
          components: [("delivery", "1.2000", "600.02"), ("quality", "0.8000", "400.00")])
      ], teams: [("core", 1, "1000.02")], total: "1000.02")
    let base = Self.snapshot(
      [Self.before.engineers[0]], teams: [("core", 1, "1000.00")], total: "1000.00")
    let diff = PayoutDiff(before: base, after: nudged, tolerance: Self.money(tolerance))
    #expect(diff.hasDifferences == differs)
    #expect(diff.engineers[0].isDifferent == differs)
  }

  @Test("a moved multiplier is a difference whatever the tolerance")
  func multiplierExact() {
    var after = Self.before
    after.engineers[1].components[0].multiplier = FixedDecimal("1.0001")!
    let diff = PayoutDiff(before: Self.before, after: after, tolerance: Self.money("1000.00"))
    #expect(diff.hasDifferences)
    #expect(diff.differingEngineers.map(\.id) == ["e2"])
  }

  @Test("a different period or currency is a mismatch")
  func mismatches() {
    var other = Self.before
    other.period = "2026-10-01..2026-12-31"
    let diff = PayoutDiff(before: Self.before, after: other)
    #expect(diff.mismatches == ["period 2026-07-01..2026-09-30 → 2026-10-01..2026-12-31"])
    #expect(diff.hasDifferences)
  }

  @Test("a golden document missing a member is an error at its position")
  func decodeErrors() throws {
    let text =
      "{\"plan\": {\"name\": \"p\", \"version\": \"1\", \"sha256\": \"a\"},\n \"currency\": \"USD\",\n"
      + " \"period\": {\"from\": \"2026-07-01\", \"to\": \"2026-09-30\"},\n \"engineers\": [{\"engineer_id\": \"e1\"}]}"
    let json = try JSONParser.parse(Array(text.utf8), file: "golden.json")
    #expect(
      throws: InputError.malformed(
        file: "golden.json", line: 4, column: 16,
        reason: "engineers[] has no \"team\"; is this `incentive calculate --format json` output?")
    ) {
      try PayoutSnapshot(json: json, file: "golden.json")
    }
  }
}
