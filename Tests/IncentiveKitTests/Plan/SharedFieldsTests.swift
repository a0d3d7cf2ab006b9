import Testing

@testable import IncentiveKit

/// A plan component and a roster entry keep their fields in one shared box that a change replaces: they must still
/// behave as values, so changing a copy never shows in the original, and equality is by the fields.
@Suite("Components and roster entries stay values")
struct SharedFieldsTests {
  static func component() -> Component {
    Component(
      id: "delivery", metric: .deploymentFrequency, scope: .team, weight: FixedDecimal(1),
      valuation: .curve(PayoutCurveTests.rising), guards: [], eligibility: nil, onMissing: .error)
  }

  @Test func aChangedComponentCopyLeavesTheOriginal() {
    let original = Self.component()
    var copy = original
    copy.weight = FixedDecimal("0.5")!
    copy.teamOverrides["search"] = Component.Override(curve: nil, weight: FixedDecimal(2))
    #expect(original.weight == FixedDecimal(1))
    #expect(original.teamOverrides.isEmpty)
    #expect(copy.weight == FixedDecimal("0.5")!)
    #expect(copy.weight(for: "search") == FixedDecimal(2))
    #expect(copy != original)
  }

  @Test func componentsBuiltApartWithTheSameFieldsAreEqual() {
    #expect(Self.component() == Self.component())
    var renamed = Self.component()
    renamed.id = "speed"
    #expect(renamed != Self.component())
    renamed.id = "delivery"
    #expect(renamed == Self.component())
  }

  @Test func aChangedRosterEntryCopyLeavesTheOriginal() {
    let original = Engineer(
      id: "E1", name: "Ada", team: "search", role: "ic", level: nil, region: nil, timezone: nil, managerID: "E9",
      startDate: ISO8601.parseDate("2026-01-01")!, endDate: nil, exitReason: nil, baseSalary: FixedDecimal(100_000),
      targetBonusPercent: FixedDecimal(10), currency: nil, line: 2)
    var copy = original
    copy.team = "platform"
    copy.managerID = nil
    #expect(original.team == "search")
    #expect(original.managerID == "E9")
    #expect(copy.team == "platform")
    #expect(copy.managerID == nil)
    #expect(copy.id == "E1" && copy.line == 2)
  }
}
