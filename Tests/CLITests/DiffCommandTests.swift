import Foundation
import Testing

/// `incentive diff` between two plans and between two exports, with deltas worked out by hand.
@Suite("incentive diff, end to end")
struct DiffCommandTests {
  /// Plan B lowers payout_cap from 1.5 to 1.2. Only the four people whose multiplier is above 1.2 in
  /// expected.json move, each to target × 1.2:
  ///   E09 6,673.15 × 1.2 = 8,007.78   (was 9,840.09)  −1,832.31
  ///   E03 7,278.08 × 1.2 = 8,733.696 → 8,733.70 (was 10,456.78) −1,723.08
  ///   E10 5,308.90 × 1.2 = 6,370.68   (was 7,963.35)  −1,592.67
  ///   E01 13,358.90 × 1.2 = 16,030.68 (was 16,305.34) −274.66
  ///   total −(1,832.31 + 1,723.08 + 1,592.67 + 274.66) = −5,422.72: 87,757.48 → 82,334.76
  static func lowerCap() throws -> (URL, String) {
    let directory = try CLIRunner.copyFixture("acme")
    let planB = directory.appendingPathComponent("plan-b.json").path
    try FileManager.default.copyItem(atPath: directory.appendingPathComponent("plan.json").path, toPath: planB)
    try CLIRunner.edit(directory, "plan-b.json", replacing: #""payout_cap": 1.5,"#, with: #""payout_cap": 1.2,"#)
    return (directory, planB)
  }

  @Test("two plans: the capped engineers come first, largest change first, with the hand-computed deltas")
  func twoPlansJSON() throws {
    let (directory, planB) = try Self.lowerCap()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["diff", directory.path, "--against", planB, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let engineers = try #require(document["engineers"] as? [[String: Any]])
    #expect(engineers.count == 15, "a what-if lists everyone")
    let head = engineers.prefix(4).map {
      [$0["engineer_id"] as? String, $0["after"] as? String, $0["delta"] as? String]
    }
    #expect(
      head == [
        ["E09", "8007.78", "-1832.31"], ["E03", "8733.70", "-1723.08"], ["E10", "6370.68", "-1592.67"],
        ["E01", "16030.68", "-274.66"],
      ])
    #expect(engineers[4]["delta"] as? String == "0.00")
    #expect(engineers[4]["status"] as? String == "unchanged")
    let total = try #require(document["total"] as? [String: Any])
    #expect(total["before"] as? String == "87757.48")
    #expect(total["after"] as? String == "82334.76")
    #expect(total["delta"] as? String == "-5422.72")
    // E01's components keep their multipliers; the cap is what moved: 1.22056 → 1.20.
    let e01 = engineers[3]
    #expect(e01["multiplier_before"] as? String == "1.22056")
    #expect(e01["multiplier_after"] as? String == "1.20")
  }

  @Test("two plans as a table: the cap named as what moved, teams and total, then the summary line")
  func twoPlansTable() throws {
    let (directory, planB) = try Self.lowerCap()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["diff", directory.path, "--against", planB])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(
      lines.contains([
        "E01", "Priya", "Raman", "platform", "16,305.34", "16,030.68", "-274.66", "multiplier", "1.22056", "→", "1.20",
      ]))
    // payments: only E03 moves, −1,723.08; mobile has nobody above 1.2.
    #expect(lines.contains(["payments", "5", "22,332.70", "20,609.62", "-1,723.08"]))
    #expect(lines.contains(["mobile", "5", "17,087.97", "17,087.97", "0.00"]))
    #expect(result.stdout.hasSuffix("total 87,757.48 → 82,334.76 (-5,422.72 USD); 4 of 15 engineers' payouts change\n"))
  }

  @Test("a retention grant in the plan change names a person: the comment says it changed, --detail shows it")
  func retentionGrantChange() throws {
    let (directory, planB) = try Self.lowerCap()
    defer { try? FileManager.default.removeItem(at: directory) }
    try CLIRunner.edit(
      directory, "plan-b.json", replacing: #""payout_cap": 1.2,"#,
      with: #""payout_cap": 1.5, "retention_bonuses": [{"engineer_id": "E09", "amount": 24000, "grant_date": "2026-01-15", "cliff_months": 6, "vesting_months": 24, "every_months": 3, "reason": "counter-offer"}],"#)
    let comment = try CLIRunner.run(["diff", directory.path, "--against", planB, "--format", "markdown"]).stdout
    #expect(comment.contains("| retention\\_bonuses | — | withheld (names a person) |"))
    #expect(!comment.contains("E09") && !comment.contains("24000") && !comment.contains("counter-offer"))
    let detail = try CLIRunner.run(["diff", directory.path, "--against", planB, "--format", "markdown", "--detail"])
    #expect(detail.stdout.contains("retention\\_bonuses") && detail.stdout.contains("E09"))
  }

  @Test("the summary line names a change of pay outside the bonus, which the bonus total leaves out")
  func extrasInSummary() throws {
    let directory = try CLIRunner.scratchDirectory("extras")
    defer { try? FileManager.default.removeItem(at: directory) }
    // acme's plan paying 150.00, then 160.00, per on-call shift: 21 shifts of 2026-Q3 (of oncall.csv's 24, not
    // E06's ending 06-29, E12's ending at 07-01T00:00 or E13's from 10-01), worked by 10 people: 3,150.00 →
    // 3,360.00, +210.00; no bonus moves.
    let acme = try String(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/plan.json"), encoding: .utf8)
    for (name, rate) in [("a.json", 150), ("b.json", 160)] {
      try ("{\"premiums\": {\"per_shift\": \(rate)}," + acme.dropFirst()).write(
        to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let result = try CLIRunner.run([
      "diff", "Fixtures/acme", "--plan", directory.appendingPathComponent("a.json").path, "--against",
      directory.appendingPathComponent("b.json").path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasSuffix(
        "total 87,757.48 → 87,757.48 (0.00 USD); outside the bonus 3,150.00 → 3,360.00 (+210.00 USD); 10 of 15 "
          + "engineers' payouts change\n"))
    // Pay outside the bonus is personal: a pull-request comment leaves its totals to --detail.
    let markdown = try CLIRunner.run([
      "diff", "Fixtures/acme", "--plan", directory.appendingPathComponent("a.json").path, "--against",
      directory.appendingPathComponent("b.json").path, "--format", "markdown",
    ]).stdout
    #expect(markdown.contains("total 87,757.48 → 87,757.48 (**0.00 USD**)."))
    #expect(!markdown.contains("outside the bonus") && !markdown.contains("3,150.00"))
  }

  @Test("two exports: --dataset-b with E04's salary raised gives the +35.84 of CheckCommandTests")
  func twoExports() throws {
    let directory = try CheckCommandTests.editedCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["diff", "Fixtures/acme", "--dataset-b", directory.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let first = try #require((document["engineers"] as? [[String: Any]])?.first)
    #expect(first["engineer_id"] as? String == "E04")
    #expect(first["delta"] as? String == "35.84")
    #expect((document["total"] as? [String: Any])?["delta"] as? String == "35.84")
  }

  @Test("diff without --against or --dataset-b is a usage error")
  func needsSecondRun() throws {
    let result = try CLIRunner.run(["diff", "Fixtures/acme"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("usage: incentive diff"))
  }

  @Test("--format markdown: a PR comment naming nobody; four people moved, so only an unmoved team's figures")
  func markdownComment() throws {
    let (directory, planB) = try Self.lowerCap()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["diff", directory.path, "--against", planB, "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "### incentive diff")
    // Four people move (E09, E03, E10, E01): platform −1,832.31 − 1,592.67 − 274.66 = −3,699.64
    // (48,336.81 → 44,637.17), payments −1,723.08 (22,332.70 → 20,609.62), E03's change alone; mobile does not
    // move. Four is under min_group_size (5): every delta would be the pay of fewer than five people, so none shows.
    #expect(
      lines.contains(
        "**4 of 15 engineers** and **2 of 3 teams** moved; totals withheld: with the teams shown they would give away "
          + "the pay, or the change, of fewer than 5 people."))
    // mobile: five people's pay, nobody moved, so its figures are shown; platform (3 movers) and payments (1) fold,
    // 4 movers in all, too few to show; the totals would give them away.
    #expect(lines.contains("| mobile | 5 | 17,087.97 | 17,087.97 | 0.00 |"))
    #expect(
      lines.contains("| 2 team(s) with the pay or change of fewer than 5 people | — | withheld | withheld | withheld |"))
    #expect(lines.contains("| Total |  | withheld | withheld | withheld |"))
    #expect(lines.contains("| Component | People moved |"))
    #expect(lines.contains("| payout\\_cap | 1.5 | 1.2 |"))
    for secret in ["E09", "E03", "Kenji", "Sofia", "9,840.09", "8,007.78", "3,699.64", "1,723.08", "5,422.72", "48,336.81"] {
      #expect(!result.stdout.contains(secret), "the comment shows \(secret)")
    }
    // --detail, for a private channel, shows them.
    let detail = try CLIRunner.run(["diff", directory.path, "--against", planB, "--format", "markdown", "--detail"])
    #expect(detail.stdout.contains("| payments | 5 | 22,332.70 | 20,609.62 | -1,723.08 |"))
    #expect(detail.stdout.contains("total 87,757.48 → 82,334.76 (**-5,422.72 USD**)."))
  }
}
