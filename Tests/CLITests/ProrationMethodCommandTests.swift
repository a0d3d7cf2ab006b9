import Foundation
import Testing

@Suite("The plan's proration method, end to end")
struct ProrationMethodCommandTests {
  /// A scratch copy of acme whose plan sets `"proration"` (nil: leaves the key out).
  static func acme(proration: String?) throws -> URL {
    try CLIRunner.copyFixture("acme", editing: "plan.json") { plan in
      guard let proration else { return plan }
      return plan.replacingOccurrences(
        of: #""cooling_off_days": 30,"#, with: #""cooling_off_days": 30, "proration": "\#(proration)","#)
    }
  }

  static func targets(proration: String?) throws -> [String: String] {
    let directory = try acme(proration: proration)
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    return Dictionary(uniqueKeysWithValues: (json["engineers"] as! [[String: Any]]).map {
      ($0["engineer_id"] as! String, $0["target"] as! String)
    })
  }

  @Test("days: finance's formula on the leaver E05 and the joiner E15")
  func days() throws {
    let targets = try Self.targets(proration: "days")
    // E05: 148,250.50 × 10 % = 14,825.05 a year; employed 07-01..08-31 = 62 days;
    //      14,825.05 × 62 / 365 = 2,518.2276… → 2,518.23
    #expect(targets["E05"] == "2518.23")
    // E15: 112,000 × 10 % = 11,200; employed 08-17..09-30 = 45 days; 11,200 × 45 / 365 = 1,380.8219… → 1,380.82
    #expect(targets["E15"] == "1380.82")
    // A full-quarter person is unchanged: E04 171,000 × 12.5 % × 92 / 365 = 5,387.6712… → 5,387.67
    #expect(targets["E04"] == "5387.67")
  }

  @Test("period_ratio (the default) keeps today's figures")
  func periodRatio() throws {
    let explicit = try Self.targets(proration: "period_ratio")
    // E05: 14,825.05 × 92/365 × 0.6739 (62/92 = 0.673913… → 0.6739) = 2,518.1799… → 2,518.18
    #expect(explicit["E05"] == "2518.18")
    // E15: 11,200 × 92/365 × 0.4891 (45/92 = 0.489130… → 0.4891) = 1,380.7432… → 1,380.74
    #expect(explicit["E15"] == "1380.74")
    #expect(try Self.targets(proration: nil) == explicit)
  }

  @Test("explain shows the days formula for the leaver E05")
  func explain() throws {
    let directory = try Self.acme(proration: "days")
    let result = try CLIRunner.run(["explain", directory.path, "--engineer", "E05"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // 148,250.50 × 10 % × 62 / 365 = 2,518.2276… → 2,518.23
    #expect(result.stdout.contains("base 148250.50 × 10% × 62 days employed / 365 (proration \"days\")"))
    #expect(result.stdout.contains("→ 2518.23 (half-even to minor units)"))
  }

  @Test("E05's statement shows the days formula under the days method")
  func statement() throws {
    let directory = try Self.acme(proration: "days")
    let result = try CLIRunner.run(["statement", directory.path, "--engineer", "E05"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("2,518.23  base 148,250.50 × 10% a year × 62/365 days employed, rounded to the minor unit"))
  }

  @Test("an unknown method is a plan error naming the key")
  func unknown() throws {
    let directory = try Self.acme(proration: "daily")
    let result = try CLIRunner.run(["calculate", directory.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("proration"))
    #expect(result.stderr.contains("\"days\""))
  }
}
