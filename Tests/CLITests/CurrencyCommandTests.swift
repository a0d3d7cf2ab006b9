import Foundation
import Testing

/// Fixtures/currencies: four people paid in EUR, GBP, INR and JPY under a USD plan, every
/// multiplier 1.0, so each payout is the target: base × 10 % × 92/365 (2026-Q3, 92 days, 2026 has
/// 365), rounded half-even to the currency's minor units. Worked in Fixtures/currencies/README.md.
@Suite("Several currencies, end to end")
struct CurrencyCommandTests {
  static func json(_ dataset: String) throws -> [String: Any] {
    let result = try CLIRunner.run(["calculate", dataset, "--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
  }

  static func withoutFX() throws -> URL {
    let directory = try CLIRunner.copyFixture("currencies")
    try FileManager.default.removeItem(at: directory.appendingPathComponent("fx.csv"))
    return directory
  }

  @Test("each person is paid in their currency with its minor units; teams and totals per currency")
  func perCurrency() throws {
    let json = try Self.json("Fixtures/currencies")
    let engineers = json["engineers"] as! [[String: Any]]
    let paid = Dictionary(uniqueKeysWithValues: engineers.map {
      ($0["engineer_id"] as! String, [$0["currency"] as! String, $0["payout"] as! String])
    })
    // M1  90,000 EUR × 10 % × 92/365 = 2,268.4931… → 2,268.49
    // M2  80,000 GBP × 10 % × 92/365 = 2,016.4383… → 2,016.44
    // M3  2,400,000 INR × 10 % × 92/365 = 60,493.1506… → 60,493.15
    // M4  12,000,000 JPY × 10 % × 92/365 = 302,465.75… → 302,466 (no minor unit)
    #expect(paid == [
      "M1": ["EUR", "2268.49"], "M2": ["GBP", "2016.44"], "M3": ["INR", "60493.15"], "M4": ["JPY", "302466"],
    ])
    let teams = (json["teams"] as! [[String: Any]]).map { [$0["team"] as! String, $0["currency"] as! String, $0["payout"] as! String] }
    #expect(teams == [
      ["mobile", "INR", "60493.15"], ["mobile", "JPY", "302466"], ["platform", "EUR", "2268.49"],
      ["platform", "GBP", "2016.44"],
    ])
    #expect(json["currency"] as? String == "USD")
  }

  @Test("fx.csv converts each currency's total to USD beside its rate, and the total is their sum")
  func converted() throws {
    let totals = try Self.json("Fixtures/currencies")
    let byCurrency = totals["totals"] as! [String: [String: Any]]
    // EUR 2,268.49 × 1.08 = 2,449.9692 → 2,449.97
    // GBP 2,016.44 × 1.27 = 2,560.8788 → 2,560.88
    // INR 60,493.15 × 0.012 = 725.9178 → 725.92
    // JPY 302,466 × 0.0067 = 2,026.5222 → 2,026.52
    let expected = [
      "EUR": ["2268.49", "1.08", "2449.97"], "GBP": ["2016.44", "1.27", "2560.88"],
      "INR": ["60493.15", "0.012", "725.92"], "JPY": ["302466", "0.0067", "2026.52"],
    ]
    for (code, figures) in expected {
      let line = byCurrency[code]!
      #expect([line["total"] as! String, line["rate"] as! String, line["converted_total"] as! String] == figures)
      #expect(line["as_of"] as? String == "2026-09-30")
    }
    // 2,449.97 + 2,560.88 + 725.92 + 2,026.52 = 7,763.29
    #expect(totals["total"] as? String == "7763.29")
  }

  @Test("without fx.csv the run succeeds with totals per currency and no converted total")
  func withoutRates() throws {
    let json = try Self.json(try Self.withoutFX().path)
    let totals = json["totals"] as! [String: [String: Any]]
    #expect(totals["EUR"]?["total"] as? String == "2268.49")
    #expect(totals["EUR"]?["rate"] == nil)
    #expect(json["total"] == nil)
  }

  @Test("band midpoints in USD are converted with fx.csv; a missing rate names the currency")
  func bands() throws {
    let directory = try CLIRunner.copyFixture("currencies", editing: "plan.json") {
      $0.replacingOccurrences(
        of: #""payout_cap": 2.0,"#, with: #""payout_cap": 2.0, "target_basis": "band", "bands": {"L4": 100000},"#)
    }
    let json = try Self.json(directory.path)
    let m1 = (json["engineers"] as! [[String: Any]]).first { $0["engineer_id"] as? String == "M1" }!
    // 100,000 USD / 1.08 = 92,592.5925… → 92,592.59 EUR; × 10 % × 92/365 = 2,333.8406… → 2,333.84
    #expect(m1["target"] as? String == "2333.84")
    let fx = directory.appendingPathComponent("fx.csv")
    try "currency,rate,as_of,source\nEUR,1.08,2026-09-30,ECB\n".write(to: fx, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no exchange rate for GBP"))
    #expect(result.stdout.isEmpty)
  }

  @Test("premium rates in USD are converted into the person's currency with one rounding")
  func premiums() throws {
    let directory = try CLIRunner.copyFixture("currencies", editing: "plan.json") {
      $0.replacingOccurrences(of: #""payout_cap": 2.0,"#, with: #""payout_cap": 2.0, "premiums": {"per_shift": 100},"#)
    }
    try """
      engineer_id,shift_start,shift_end,pages,after_hours_pages
      M1,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,3,1
      M1,2026-08-03T09:00:00Z,2026-08-10T09:00:00Z,2,0
      M4,2026-07-06T09:00:00Z,2026-07-13T09:00:00Z,1,0
      """.write(to: directory.appendingPathComponent("oncall.csv"), atomically: true, encoding: .utf8)
    let json = try Self.json(directory.path)
    let extras = Dictionary(uniqueKeysWithValues: (json["engineers"] as! [[String: Any]]).compactMap { engineer in
      (engineer["extras"] as? [[String: Any]])?.first.map { (engineer["engineer_id"] as! String, $0["amount"] as! String) }
    })
    // M1: 2 shifts × 100 USD = 200 USD; / 1.08 = 185.185… → 185.19 EUR
    // M4: 1 shift × 100 USD = 100 USD; / 0.0067 = 14,925.37… → 14,925 JPY
    #expect(extras == ["M1": "185.19", "M4": "14925"])
  }

  @Test("a run in several currencies refuses formats that would print one currency's digits for another's")
  func refusedFormats() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/currencies", "--format", "markdown"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("several currencies"))
  }

  @Test("check --update and close summarise the total per currency and converted")
  func summaries() throws {
    let directory = try CLIRunner.copyFixture("currencies")
    let golden = directory.appendingPathComponent("golden.json").path
    let result = try CLIRunner.run(["check", directory.path, "--expected", golden, "--update"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // Per currency as in README.md, and 2,449.97 + 2,560.88 + 725.92 + 2,026.52 = 7,763.29 USD.
    #expect(result.stdout.contains(
      "total 2268.49 EUR, 2016.44 GBP, 60493.15 INR, 302466 JPY (7763.29 USD at fx.csv rates)"))
    let again = try CLIRunner.run(["check", directory.path, "--expected", golden])
    #expect(again.status == 0, "stdout: \(again.stdout) stderr: \(again.stderr)")
    // Raise M4's salary from 12,000,000 to 12,365,000 JPY: 1,236,500 × 92 / 365 = 311,665.75… → 311,666,
    // 9,200 yen more than 302,466; printed in yen, not as cents of USD.
    let roster = directory.appendingPathComponent("roster.csv")
    try String(contentsOf: roster, encoding: .utf8).replacingOccurrences(of: ",12000000,", with: ",12365000,")
      .write(to: roster, atomically: true, encoding: .utf8)
    let moved = try CLIRunner.run(["check", directory.path, "--expected", golden])
    #expect(moved.status == 1)
    #expect(moved.stdout.contains("M4 Sato Haruki: payout 302466 → 311666 JPY (+9,200)"))
  }

  @Test("diff refuses a run in several currencies; sensitivity of one person prints their currency")
  func whatIf() throws {
    let diff = try CLIRunner.run(["diff", "Fixtures/currencies", "--against", "Fixtures/currencies/plan.json"])
    #expect(diff.status == 2)
    #expect(diff.stderr.contains("diff compares payouts in one currency, and this run pays in EUR, GBP, INR, JPY"))
    let one = try CLIRunner.run(["sensitivity", "Fixtures/currencies", "--engineer", "M4"])
    #expect(one.status == 0, "stderr: \(one.stderr)")
    // M4's payout, 302,466 JPY (README.md), not read as cents of USD.
    #expect(one.stdout.contains("payout 302,466 JPY"))
    let team = try CLIRunner.run(["sensitivity", "Fixtures/currencies", "--team", "mobile"])
    #expect(team.status == 2)
    #expect(team.stderr.contains("team \"mobile\" is paid in INR, JPY"))
  }

  @Test("the payroll file has a control total per currency")
  func payroll() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/currencies", "--format", "payroll"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("M4,Sato Haruki,2026-07-01,2026-09-30,JPY,BONUS,reviews,302466\n"))
    #expect(result.stderr.contains("payroll control: EUR 1 lines, total 2268.49"))
    #expect(result.stderr.contains("payroll control: JPY 1 lines, total 302466"))
  }
}
