import Foundation
import Testing

@Suite("incentive metrics and explain, end to end")
struct MetricsCommandTests {
  /// Metric values from the program against Fixtures/acme/expected-metrics.json, which
  /// derive.py computed independently; null there means absent here.
  @Test("metric values match the independent derivation")
  func matchesExpected() throws {
    let result = try CLIRunner.run(["metrics", "Fixtures/acme", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    var teams: [String: [String: String]] = [:]
    for team in actual["teams"] as! [[String: Any]] {
      teams[team["team"] as! String] = team["metrics"] as? [String: String]
    }
    var engineers: [String: [String: String]] = [:]
    for engineer in actual["engineers"] as! [[String: Any]] {
      engineers[engineer["engineer_id"] as! String] = engineer["metrics"] as? [String: String]
    }
    let expected = try JSONSerialization.jsonObject(
      with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected-metrics.json"))) as! [String: Any]
    var compared = 0
    for (kind, table) in [("teams", teams), ("engineers", engineers)] {
      for (subject, metrics) in expected[kind] as! [String: [String: Any]] {
        for (metric, value) in metrics {
          let mine = table[subject]?[metric]
          if let value = value as? String {
            #expect(mine == value, "\(subject) \(metric)")
          } else {
            #expect(mine == nil, "\(subject) \(metric) should be absent")
          }
          compared += 1
        }
      }
    }
    #expect(compared > 100)
  }

  @Test("every team shows a DORA level from the 2023 report")
  func doraLevels() throws {
    let result = try CLIRunner.run(["metrics", "Fixtures/acme"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("DORA levels: 2023 report"))
    #expect(result.stdout.contains("Team payments — DORA overall:"))
  }

  @Test("explain walks through every step and lands on the payout in expected.json")
  func explain() throws {
    let result = try CLIRunner.run(["explain", "Fixtures/acme", "--engineer", "E10"])
    #expect(result.status == 0, "\(result.stderr)")
    let expected = try JSONSerialization.jsonObject(
      with: Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"))) as! [String: Any]
    let e10 = (expected["engineers"] as! [[String: Any]]).first { $0["engineer_id"] as? String == "E10" }!
    for step in ["1. Proration", "2. Target", "3. Components", "4. Multiplier", "5. Payout", "6. Component amounts"] {
      #expect(result.stdout.contains(step))
    }
    #expect(result.stdout.contains("→ \(e10["target"] as! String) (half-even to minor units)"))
    #expect(result.stdout.contains("above the payout cap 1.5: multiplier 1.50"))
    #expect(result.stdout.contains("sum \(e10["payout"] as! String) = payout \(e10["payout"] as! String)"))
  }

  @Test("explain of an approved amount shows the multiplier's real product, then the amount it is rounded to")
  func approvedAmount() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    try "engineer_id,component,multiplier,amount,reason,approved_by,date\nE03,total,,2500.00,Spot award,E02,2026-10-05\n"
      .write(to: directory.appendingPathComponent("adjustments.csv"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["explain", directory.path, "--engineer", "E03"])
    #expect(result.status == 0, "\(result.stderr)")
    // E03's target 7,278.08 (expected.json); 2,500.00 / 7,278.08 = 0.34349718607… → 0.3434971861 (10 decimals), and
    // 7,278.08 × 0.3434971861 = 2,500.000000210688: not 2,500 exactly, so shown to 8 decimals and cut (…).
    #expect(
      result.stdout.contains("   7278.08 × 0.3434971861 = 2500.00000021… → 2500.00 (half-even; the approved amount)"))
  }

  @Test("explain of an unknown engineer is an error")
  func unknownEngineer() throws {
    let result = try CLIRunner.run(["explain", "Fixtures/acme", "--engineer", "nobody"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no engineer \"nobody\" in the roster"))
    let gone = try CLIRunner.run(["explain", "Fixtures/acme", "--engineer", "E16"])
    #expect(gone.status == 2)
    #expect(gone.stderr.contains("E16 was not employed on any day"))
  }
}
