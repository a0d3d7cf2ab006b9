import Testing

@testable import IncentiveKit

@Suite("Payout curves")
struct PayoutCurveTests {
  static func curve(_ points: [(String, String)]) -> PayoutCurve {
    PayoutCurve(points: points.map { .init(value: FixedDecimal($0.0)!, multiplier: FixedDecimal($0.1)!) })
  }

  /// SPEC's delivery curve: [[0.5, 0], [1, 0.5], [3, 1.0], [7, 1.5]].
  static let rising = curve([("0.5", "0"), ("1", "0.5"), ("3", "1.0"), ("7", "1.5")])
  /// SPEC's recovery curve, lower is better: [[1, 1.5], [4, 1.0], [24, 0.5], [72, 0]].
  static let falling = curve([("1", "1.5"), ("4", "1.0"), ("24", "0.5"), ("72", "0")])

  @Test(
    "rising curve: flat outside, exact at points, linear between (worked by hand)",
    arguments: [
      ("0", "0.0000"),  // below the first point: flat at 0
      ("0.5", "0.0000"),  // on the first point
      ("0.75", "0.2500"),  // 0 + 0.5 × 0.25/0.5
      ("2", "0.7500"),  // 0.5 + 0.5 × 1/2
      ("3.043478", "1.0054"),  // 1.0 + 0.5 × 0.043478/4 = 1.00543475 → 1.0054
      ("7", "1.5000"),  // on the last point
      ("30", "1.5000"),  // above: flat at 1.5
    ])
  func rising(value: String, expected: String) {
    #expect(Self.rising.multiplier(at: FixedDecimal(value)!).rounded(toScale: 4).formatted(decimals: 4) == expected)
  }

  @Test(
    "falling curve for a lower-is-better metric",
    arguments: [
      ("0.5", "1.5000"), ("1", "1.5000"), ("2.5", "1.2500"),  // 1.5 − 0.5 × 1.5/3
      ("14", "0.7500"),  // 1.0 − 0.5 × 10/20
      ("48", "0.2500"),  // 0.5 − 0.5 × 24/48
      ("100", "0.0000"),
    ])
  func falling(value: String, expected: String) {
    #expect(Self.falling.multiplier(at: FixedDecimal(value)!).rounded(toScale: 4).formatted(decimals: 4) == expected)
  }

  @Test("a repeated value is a step: the later point wins at the step")
  func step() {
    let step = Self.curve([("0", "0"), ("2", "0"), ("2", "1"), ("4", "1")])
    #expect(step.multiplier(at: FixedDecimal("1.999999")!).rounded(toScale: 4) == FixedDecimal("0")!)
    #expect(step.multiplier(at: FixedDecimal("2")!).rounded(toScale: 4) == FixedDecimal("1")!)
  }

  @Test("half-even on an exact tie at the fifth decimal")
  func tie() {
    // [0, 0]..[1, 1]: value 0.00005 → 0.00005 exactly, half-even to 0.0000; 0.00015 → 0.0002.
    let line = Self.curve([("0", "0"), ("1", "1")])
    #expect(line.multiplier(at: FixedDecimal("0.00005")!).rounded(toScale: 4).formatted(decimals: 4) == "0.0000")
    #expect(line.multiplier(at: FixedDecimal("0.00015")!).rounded(toScale: 4).formatted(decimals: 4) == "0.0002")
  }

  @Test("placement names the segment for explain")
  func placement() {
    #expect(Self.rising.placement(of: FixedDecimal("2")!) == .between(Self.rising.points[1], Self.rising.points[2]))
    #expect(Self.rising.placement(of: FixedDecimal("3")!) == .atPoint(Self.rising.points[2]))
    #expect(Self.rising.placement(of: FixedDecimal("0.1")!) == .belowFirst(Self.rising.points[0]))
    #expect(Self.rising.placement(of: FixedDecimal("9")!) == .aboveLast(Self.rising.points[3]))
  }

  /// A step at 1.5: [[0, 0.5], [1.5, 1.0], [1.5, 1.2], [3, 2.0]].
  static let stepped = curve([("0", "0.5"), ("1.5", "1.0"), ("1.5", "1.2"), ("3", "2.0")])

  /// Where each value lands, worked by hand (the later point wins at the step).
  static let steppedPlacements: [(String, PayoutCurve.Placement)] = [
    ("-1", .belowFirst(stepped.points[0])), ("0", .atPoint(stepped.points[0])),
    ("0.75", .between(stepped.points[0], stepped.points[1])), ("1.5", .atPoint(stepped.points[2])),
    ("2", .between(stepped.points[2], stepped.points[3])), ("3", .atPoint(stepped.points[3])),
    ("4", .aboveLast(stepped.points[3])),
  ]

  @Test(
    "a value lands in the same place at its own scale and at a metric's six decimals (whole-number search)",
    arguments: steppedPlacements.indices)
  func placementAtEitherScale(_ index: Int) {
    let (text, expected) = Self.steppedPlacements[index]
    let value = FixedDecimal(text)!
    #expect(Self.stepped.placement(of: value) == expected)
    let atMetricScale = FixedDecimal(units: value.units(atScale: Precision.metricValue), scale: Precision.metricValue)
    #expect(atMetricScale.scale == 6)
    #expect(Self.stepped.placement(of: atMetricScale) == expected)
  }

  @Test("curves with the same points are equal whatever decimals the points are written with")
  func equalityByPoints() {
    // 0.5000000 has 7 decimals, so only the first curve keeps its points as whole units too.
    #expect(Self.curve([("0.5", "1.0")]) == Self.curve([("0.5000000", "1.0")]))
    #expect(Self.curve([("0.5", "1.0")]) != Self.curve([("0.6", "1.0")]))
  }

  @Test("a curve with a point finer than a metric's decimals compares as decimals")
  func finerPointsThanAMetric() {
    // 0.0000001 has 7 decimals; a metric value of 0.000000 is at the first point, 0.000001 above the last.
    let fine = Self.curve([("0", "1"), ("0.0000001", "2")])
    #expect(fine.placement(of: FixedDecimal(units: 0, scale: 6)) == .atPoint(fine.points[0]))
    #expect(fine.placement(of: FixedDecimal(units: 1, scale: 6)) == .aboveLast(fine.points[1]))
    #expect(fine.placement(of: FixedDecimal("0.00000005")!) == .between(fine.points[0], fine.points[1]))
  }
}

@Suite("Guards and eligibility")
struct GuardTests {
  @Test(
    "a guard breaks outside its bounds or on an absent value; a value on the bound holds",
    arguments: [
      (nil, nil, "0.15", true), ("0.15", nil, "0.15", false), ("0.16", nil, "0.15", true),
      ("-0.01", "0", nil, true), ("0", "0", nil, false), ("0.2", "0", "0.3", false), ("0.31", "0", "0.3", true),
    ] as [(String?, String?, String?, Bool)])
  func guardBounds(value: String?, min: String?, max: String?, broken: Bool) {
    let rule = Guard(metric: "m", min: min.flatMap { FixedDecimal($0) }, max: max.flatMap { FixedDecimal($0) }, cap: .one)
    #expect(rule.isBroken(by: value.flatMap { FixedDecimal($0) }) == broken)
  }

  @Test("bounds text for notes")
  func boundsText() {
    #expect(Guard(metric: "m", max: FixedDecimal("0.15")!, cap: .one).boundsText == "max 0.15")
    #expect(Guard(metric: "m", min: FixedDecimal("0")!, max: FixedDecimal("0.3")!, cap: .one).boundsText == "min 0.0 max 0.3")
  }

  @Test(
    "a broken guard's note, with and without a value, in docs/calculation.md's words",
    arguments: [
      ("0", "0.3", "0.5", "guard change_failure_rate min 0.0 max 0.3 broken: capped at 0.5"),
      (nil, "0.15", "1", "guard change_failure_rate max 0.15 broken: capped at 1.0"),
      ("2", nil, "0.75", "guard change_failure_rate min 2.0 broken: capped at 0.75"),
    ] as [(String?, String?, String, String)])
  func brokenNotes(min: String?, max: String?, cap: String, note: String) {
    let rule = Guard(
      metric: "change_failure_rate", min: min.flatMap { FixedDecimal($0) }, max: max.flatMap { FixedDecimal($0) },
      cap: FixedDecimal(cap)!)
    #expect(rule.brokenNote == note)
    let capText = note[note.range(of: "capped at ")!.upperBound...]
    #expect(rule.noValueNote == "guard change_failure_rate broken (no value): capped at \(capText)")
    let usd = Currency(code: "USD")!
    let absent = PayoutStep.GuardReading(subject: "payments", rule: rule, value: nil, isBroken: true)
    #expect(PayoutStep.guardCheck(absent).note(in: usd) == rule.noValueNote)
    let present = PayoutStep.GuardReading(subject: "payments", rule: rule, value: FixedDecimal(9), isBroken: true)
    #expect(PayoutStep.guardCheck(present).note(in: usd) == note)
    let held = PayoutStep.GuardReading(subject: "payments", rule: rule, value: FixedDecimal(9), isBroken: false)
    #expect(PayoutStep.guardCheck(held).note(in: usd) == nil)
  }

  @Test("eligibility explains a failure in the notes' words")
  func eligibility() {
    let rule = Eligibility(metric: "oncall_shifts", min: FixedDecimal(2))
    #expect(rule.failure(for: FixedDecimal(2)) == nil)
    #expect(rule.failure(for: FixedDecimal(1)) == "not eligible: oncall_shifts 1.0 below min 2.0")
    #expect(rule.failure(for: nil) == "not eligible: oncall_shifts has no value")
    let ceiling = Eligibility(metric: "after_hours_pages", max: FixedDecimal(10))
    #expect(ceiling.failure(for: FixedDecimal(11)) == "not eligible: after_hours_pages 11.0 above max 10.0")
  }
}
