import Foundation
import Testing

/// `incentive trend` on a two-quarter dataset worked by hand:
///   plan: one component, team_health on the curve [0, 0]–[100, 2] (multiplier = health / 50), weight 1.
///   alpha's surveys: 2026-Q1 health 50 → 1.0; 2026-Q2 health 75 → 1.5.
///   E1 (365,000 at 10 %, employed throughout): Q1 target 36,500 × 90/365 = 9,000.00 → paid 9,000.00;
///     Q2 target 36,500 × 91/365 = 9,100.00 → × 1.5 = 13,650.00; year to date 9,000.00 then 22,650.00.
///   E2 (182,500 at 10 %, from 2026-05-01): not employed in Q1; Q2 proration 61/91 = 0.6703,
///     target 18,250 × 91/365 × 0.6703 = 4,550 × 0.6703 = 3,049.865 → 3,049.86 (half-even),
///     × 1.5 = 4,574.79. Team alpha: Q1 9,000.00 (1 person), Q2 13,650.00 + 4,574.79 = 18,224.79 (2).
///   Deployments: Q1 two successes, each 24 h after its first commit: 2 / (90/7) = 0.155556 a week,
///     lead time 24 h, change failure 0; Q2 one failure: change failure 1, no success to time.
@Suite("incentive trend, end to end")
struct TrendCommandTests {
  static let files = [
    "roster.csv": """
    engineer_id,name,team,role,start_date,base_salary,target_bonus_pct
    E1,Ada,alpha,ic,2025-01-01,365000,10
    E2,Bo,alpha,ic,2026-05-01,182500,10

    """,
    "surveys.csv": "team,period,health_score,responses\nalpha,2026-Q1,50,4\nalpha,2026-Q2,75,4\n",
    "deployments.csv": """
    deployment_id,team,finished_at,status,first_commit_at
    d1,alpha,2026-02-10T10:00:00Z,success,2026-02-09T10:00:00Z
    d2,alpha,2026-03-10T10:00:00Z,success,2026-03-09T10:00:00Z
    d3,alpha,2026-05-10T10:00:00Z,failed,

    """,
    "plan.json": """
    {"name": "T", "version": "1", "rationale": "health pays team_health", "period": "2026-Q1", "currency": "USD",
     "tracks": {"ic": {"components": [
       {"id": "health", "metric": "team_health", "scope": "team", "weight": 1, "curve": [[0, 0], [100, 2]]}]}}}
    """,
  ]

  static func dataset() throws -> URL { try CLIRunner.scratchDirectory("trend", files: files) }

  @Test("JSON: per team DORA metrics and payout per period, per person payouts and year to date")
  func json() throws {
    let directory = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["trend", directory.path, "--periods", "2026-Q1..2026-Q2", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.map { $0["period"] as? String } == ["2026-Q1", "2026-Q2"])
    #expect(periods.map { $0["total"] as? String } == ["9000.00", "18224.79"])
    let team = try #require((json["teams"] as? [[String: Any]])?.first)
    let points = try #require(team["periods"] as? [[String: Any]])
    #expect(points.map { $0["payout"] as? String } == ["9000.00", "18224.79"])
    #expect(points.map { $0["headcount"] as? Int } == [1, 2])
    #expect(points[0]["deployment_frequency"] as? String == "0.155556")
    #expect(points[0]["lead_time_hours"] as? String == "24")
    #expect(points[1]["change_failure_rate"] as? String == "1")
    #expect(points[1]["lead_time_hours"] is NSNull)
    let people = try #require(json["engineers"] as? [[String: Any]])
    #expect(people.map { $0["engineer_id"] as? String } == ["E1", "E2"])
    #expect(people[0]["payouts"] as? [String] == ["9000.00", "13650.00"])
    #expect(people[0]["year_to_date"] as? [String] == ["9000.00", "22650.00"])
    #expect((people[1]["payouts"] as? [Any])?.first is NSNull)
    #expect((people[1]["year_to_date"] as? [Any])?.last as? String == "4574.79")
  }

  @Test("each period of a trend pays exactly what calculate pays for that period alone")
  func agreesWithCalculate() throws {
    let directory = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: directory) }
    let trend = try CLIRunner.run(["trend", directory.path, "--periods", "2026-Q1,2026-Q2", "--format", "json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(trend.stdout.utf8)) as? [String: Any])
    let totals = (json["periods"] as? [[String: Any]])?.map { $0["total"] as? String }
    for (index, quarter) in ["2026-Q1", "2026-Q2"].enumerated() {
      let single = try CLIRunner.run(["calculate", directory.path, "--period", quarter, "--format", "json"])
      let calculated = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
      #expect(totals?[index] == calculated["total"] as? String, "\(quarter)")
    }
  }

  @Test("the table and the HTML page: teams per period, people with year to date, line charts, no script")
  func tableAndHTML() throws {
    let directory = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: directory) }
    let table = try CLIRunner.run(["trend", directory.path, "--periods", "2026-Q1..2026-Q2"])
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(lines.contains(["alpha", "2026-Q2", "—", "—", "1", "—", "low", "2", "18,224.79"]))
    #expect(lines.contains(["E1", "Ada", "alpha", "9,000.00", "13,650.00", "22,650.00"]))
    #expect(lines.contains(["E2", "Bo", "alpha", "—", "4,574.79", "4,574.79"]))
    let html = try CLIRunner.run(["trend", directory.path, "--periods", "2026-Q1..2026-Q2", "--format", "html"]).stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 5)
    #expect(html.contains("<title>alpha 2026-Q2: 18224.79 USD</title>"))
    #expect(TagBalance.problem(in: html) == nil)
    #expect(!html.lowercased().contains("<script") && !html.contains("href="))
  }

  @Test("a run paying people in two currencies is refused, not added up as one currency")
  func severalCurrencies() throws {
    let directory = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: directory) }
    // Bo paid in yen: 4,574.79 USD's worth would be about 457,479 yen, which a trend would have shown as 4,574.79
    // beside Ada's dollars and added into alpha's dollar total.
    let roster = """
      engineer_id,name,team,role,start_date,base_salary,target_bonus_pct,currency
      E1,Ada,alpha,ic,2025-01-01,365000,10,USD
      E2,Bo,alpha,ic,2026-05-01,18250000,10,JPY

      """
    try roster.write(to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    for format in ["table", "json", "html"] {
      let result = try CLIRunner.run(["trend", directory.path, "--periods", "2026-Q1..2026-Q2", "--format", format])
      #expect(result.status == 2, "\(format): \(result.stderr)")
      #expect(result.stdout.isEmpty, "\(format)")
      #expect(result.stderr.contains("trend compares payouts in one currency, and this run pays in JPY, USD"), "\(result.stderr)")
    }
  }

  @Test("periods that are neither a range of like periods nor a list are a usage error")
  func badPeriods() throws {
    let directory = try Self.dataset()
    defer { try? FileManager.default.removeItem(at: directory) }
    for periods in ["2026-Q4..2026-Q1", "2026-Q1..2026-07", "2026-Q9", "2026-Q1,nope"] {
      let result = try CLIRunner.run(["trend", directory.path, "--periods", periods])
      #expect(result.status == 2, "\(periods)")
      #expect(result.stderr.contains("--periods: \"\(periods)\" is not a range of like periods"), "\(periods)")
    }
  }
}
