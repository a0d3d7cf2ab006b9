import Foundation
import Testing

@Suite("incentive forecast, end to end")
struct ForecastCommandTests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try CLIRunner.run(["forecast"] + arguments + ["--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
  }

  @Test("Fixtures/currencies pays every multiplier 1.0, so the forecast is the full-period target, low = high")
  func currencies() throws {
    let json = try Self.json(["Fixtures/currencies", "--as-of", "2026-08-15"])
    // 2026-07-01..2026-08-15 = 46 days; 6 complete weeks (07-01..08-11).
    #expect(json["elapsed_days"] as? Int == 46)
    #expect(json["weeks"] as? Int == 6)
    let people = (json["engineers"] as! [[String: Any]]).map {
      [$0["engineer_id"] as! String, $0["currency"] as! String, $0["expected"] as! String, $0["low"] as! String,
       $0["high"] as! String]
    }
    // Targets as in Fixtures/currencies/README.md: base × 10 % × 92 / 365, proration to the period's end.
    #expect(people == [
      ["M1", "EUR", "2268.49", "2268.49", "2268.49"], ["M2", "GBP", "2016.44", "2016.44", "2016.44"],
      ["M3", "INR", "60493.15", "60493.15", "60493.15"], ["M4", "JPY", "302466", "302466", "302466"],
    ])
    let totals = (json["totals"] as! [[String: Any]]).map { [$0["currency"] as! String, $0["expected"] as! String] }
    #expect(totals == [["EUR", "2268.49"], ["GBP", "2016.44"], ["INR", "60493.15"], ["JPY", "302466"]])
  }

  @Test("a joiner after --as-of is forecast from their start: E15's target 1,380.74 is their ceiling at multiplier ≤ 1.5")
  func joiner() throws {
    let json = try Self.json(["Fixtures/acme", "--as-of", "2026-08-15"])
    let e15 = (json["engineers"] as! [[String: Any]]).first { $0["engineer_id"] as? String == "E15" }!
    // E15 starts 2026-08-17, after the as-of date; proration 45/92 → 0.4891, target 1,380.74
    // (docs/calculation.md); the plan caps at 1.5, so any forecast lies in 0 .. 2,071.11.
    let low = Decimal(string: e15["low"] as! String)!
    let high = Decimal(string: e15["high"] as! String)!
    let expected = Decimal(string: e15["expected"] as! String)!
    #expect(low <= expected && expected <= high)
    #expect(high <= Decimal(string: "2071.11")!)
    #expect(json["engineers"].map { ($0 as! [Any]).count } == 15)
  }

  @Test("an --as-of outside the running period is a usage error", arguments: ["2026-06-30", "2026-09-30", "2026-13-01"])
  func outside(_ day: String) throws {
    let result = try CLIRunner.run(["forecast", "Fixtures/acme", "--as-of", day])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--as-of"))
  }
}
