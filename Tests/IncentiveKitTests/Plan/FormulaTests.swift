import Testing

@testable import IncentiveKit

@Suite("Formula components: parsing and exact evaluation")
struct FormulaTests {
  /// Metric values the formulas below read; `pages` is 2 so `1 / (pages - 2)` divides by zero.
  static let values: [MetricID: FixedDecimal] = [
    "x": FixedDecimal("2.5")!, "time_to_restore_hours": FixedDecimal(14), "pages": FixedDecimal(2),
  ]

  static func evaluate(_ text: String) throws -> Ratio {
    let formula = try FormulaParser.parse(text)
    return try formula.evaluate { Self.values[$0] }
  }

  @Test(
    "evaluates exactly, by hand",
    arguments: [
      ("1 + 2 * 3", "7"),  // precedence: 2*3 first
      ("(1 + 2) * 3", "9"),
      ("10 / 4", "2.5"),
      ("1 / 3 * 3", "1"),  // exact fractions: no 0.9999
      ("-x + 1", "-1.5"),
      ("1 - (time_to_restore_hours - 4) / 40", "0.75"),  // 1 - 10/40
      ("min(3, 1, 2)", "1"),
      ("max(3, 1, 2)", "3"),
      ("clamp(5, 0, 1.5)", "1.5"),
      ("clamp(-1, 0, 1.5)", "0"),
      ("if(x > 2, 10, 20)", "10"),
      ("if(x >= 3, 10, 20)", "20"),
      ("(x == 2.5) + (x != 2.5)", "1"),  // comparisons give 1 and 0
      ("curve(x, [[0, 0], [10, 1]])", "0.25"),  // 2.5 of the way 0..10
      ("curve(x, [[3, 1], [5, 2]])", "1"),  // flat below the first point
    ])
  func evaluates(text: String, expected: String) throws {
    let value = try Self.evaluate(text)
    #expect(value.decimalText() == expected)
  }

  @Test("metrics read are listed in first-use order")
  func metricsRead() throws {
    let formula = try FormulaParser.parse("max(pages, x) + curve(time_to_restore_hours, [[1, 1]]) - x")
    #expect(formula.metrics == ["pages", "x", "time_to_restore_hours"])
  }

  @Test("division by zero and an absent metric are reported, not turned into a number")
  func missing() throws {
    let byZero = try FormulaParser.parse("1 / (pages - 2)")
    #expect(throws: Formula.Missing.divisionByZero) { try byZero.evaluate { Self.values[$0] } }
    let absent = try FormulaParser.parse("coverage_delta * 2")
    #expect(throws: Formula.Missing.metric("coverage_delta")) { try absent.evaluate { Self.values[$0] } }
  }

  @Test(
    "syntax errors name the 1-based column",
    arguments: [
      ("1 - (mttr_hours - 4) / ", 23, "expected a value"),  // just after the last non-blank character
      ("1 +", 4, "expected a value"),
      ("(1 + 2", 7, "expected"),
      ("1 2", 3, "unexpected \"2\""),
      ("launch(x)", 1, ""),
    ])
  func syntaxErrors(text: String, column: Int, reason: String) {
    do {
      _ = try FormulaParser.parse(text)
      Issue.record("expected a syntax error for \(text)")
    } catch {
      #expect(error.column == column, "\(text): \(error.reason)")
      #expect(error.reason.hasPrefix(reason), "\(text): \(error.reason)")
    }
  }

  @Test("a formula is at most 256 values, operators and calls: longer chains are refused, not walked off the stack")
  func tooLong() throws {
    // `1+1+…+1` with n ones is 2n - 1 parts; 128 ones (255 parts) parse and add up exactly.
    let longest = try FormulaParser.parse(Array(repeating: "1", count: 128).joined(separator: "+"))
    #expect(try longest.evaluate { _ in nil } == Ratio(128, 1))
    // The 257th part of each shape: the 129th `1` (column 257), a 256th minus then its operand, a product's.
    let cases: [(text: String, column: Int)] = [
      (Array(repeating: "1", count: 129).joined(separator: "+"), 257),
      (String(repeating: "-", count: 256) + "1", 257),
      (Array(repeating: "2", count: 200).joined(separator: " * "), 4 * 128 + 1),
      (Array(repeating: "1", count: 100_000).joined(separator: "+"), 257),
      (String(repeating: "-", count: 50_000) + "1", 257),
    ]
    for (text, column) in cases {
      #expect(throws: Formula.SyntaxError(column: column, reason: "too long (at most 256 values, operators and calls)")) {
        try FormulaParser.parse(text)
      }
    }
  }

  @Test("the plan decoder reports a formula error with its JSON path and column")
  func decoderMessage() {
    let plan = """
      {"name": "P", "version": "1", "rationale": "r", "period": "2026-Q3", "currency": "USD",
       "tracks": {"ic": {"components": [
         {"id": "recovery", "formula": "1 - (mttr_hours - 4) / ", "scope": "team", "weight": 1}]}}}
      """
    do {
      _ = try PlanDecoder.decode(Array(plan.utf8), file: "plan.json")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == "plan.json: tracks.ic.components[0].formula: 1 - (mttr_hours - 4) / : expected a value at column 23")
    }
  }
}
