import Foundation
import Testing

@Suite("incentive audit bias, end to end")
struct AuditBiasCommandTests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try CLIRunner.run(["audit", "bias"] + arguments + ["--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
  }

  static func groups(_ document: [String: Any]) -> [String: [String: Any]] {
    Dictionary(uniqueKeysWithValues: (document["groups"] as! [[String: Any]]).map { ($0["group"] as! String, $0) })
  }

  @Test("by gender on acme, against the multipliers of Fixtures/acme/expected.json")
  func gender() throws {
    let document = try Self.json(["Fixtures/acme", "--attribute", "gender"])
    let groups = Self.groups(document)
    // female (E16 left before the period): E01 1.22056, E03 1.43675, E05 1.020835, E07 0.6875,
    // E08 1.17706, E10 1.50, E12 1.039975, E14 0.97773 → 6 of 8 at or above 1.
    // Mean 9.06041 / 8 = 1.13255…; median (1.039975 + 1.17706) / 2 = 1.1085175.
    let female = try #require(groups["female"])
    #expect(female["headcount"] as? Int == 8)
    #expect(female["at_or_above_target"] as? Int == 6)
    #expect(female["mean_multiplier"] as? String == "1.1326")
    #expect(female["median_multiplier"] as? String == "1.1085")
    #expect(female["adverse_impact_ratio"] as? String == "1.0000")
    // male: E02 0.63873, E04 1.137515, E06 0.95931, E09 1.47458, E11 0.86427, E13 0.84206,
    // E15 0.768155 → 2 of 7. Impact ratio (2/7) / (6/8) = 16/42 = 0.38095… < 0.8.
    let male = try #require(groups["male"])
    #expect(male["headcount"] as? Int == 7)
    #expect(male["at_or_above_target"] as? Int == 2)
    #expect(male["adverse_impact_ratio"] as? String == "0.3810")
    #expect(male["below_four_fifths"] as? Bool == true)
    #expect(female["below_four_fifths"] as? Bool == false)
    #expect(document["most_favoured_group"] as? String == "female")
    // Gap: 1.13255125 − 6.68462 / 7 (= 0.95494571…) = 0.17760554 → +0.1776 and −0.1776.
    #expect(female["gap_vs_rest"] as? String == "0.1776")
    #expect(male["gap_vs_rest"] as? String == "-0.1776")
  }

  @Test("the same seed reproduces the p-values exactly; they are probabilities")
  func reproducible() throws {
    let arguments = ["Fixtures/acme", "--attribute", "gender", "--permutations", "2000", "--seed", "99"]
    let first = try CLIRunner.run(["audit", "bias"] + arguments)
    let second = try CLIRunner.run(["audit", "bias"] + arguments)
    #expect(first.status == 0 && first.stdout == second.stdout)
    for group in (try Self.json(arguments)["groups"] as! [[String: Any]]) {
      let p = Double(group["p_value"] as! String)!
      // (count + 1) / 2001 lies in [1/2001, 1].
      #expect(p >= 0.0004 && p <= 1)
    }
  }

  @Test("groups under min_group_size are suppressed: age_band 20-29 has 4 paid people, 40-49 has 3")
  func suppressed() throws {
    // Paid people by age_band: 30-39 E03 E04 E05 E07 E08 E10 E12 E13 = 8;
    // 20-29 E06 E11 E14 E15 = 4 (E16 left); 40-49 E01 E02 E09 = 3.
    let document = try Self.json(["Fixtures/acme", "--attribute", "age_band"])
    #expect(Array(Self.groups(document).keys) == ["30-39"])
    #expect(document["suppressed_groups"] as? Int == 2)
    let table = try CLIRunner.run(["audit", "bias", "Fixtures/acme", "--attribute", "age_band"])
    #expect(table.stdout.contains("2 groups with fewer than 5 people suppressed"))
    #expect(!table.stdout.contains("20-29") && !table.stdout.contains("40-49"))
  }

  @Test("one person alone in a group: the smallest other group is hidden too, so no audit can be subtracted from another")
  func complementary() throws {
    // acme's demographics with E15 recorded as the only nonbinary person. Paid: female E01 E03 E05 E07 E08 E10 E12
    // E14 = 8, male E02 E04 E06 E09 E11 E13 = 6, nonbinary E15 = 1 (E16 left). Hiding E15 alone left the 14 others
    // shown, and an audit by region_group shows all 15: its sum of multipliers minus this one's was E15's. male, the
    // smallest group shown, is hidden with it: 7 people left out.
    let directory = try CLIRunner.copyFixture("acme", editing: "demographics.csv") {
      $0.replacingOccurrences(of: "\nE15,male,", with: "\nE15,nonbinary,")
        .replacingOccurrences(of: "\nE15,female,", with: "\nE15,nonbinary,")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let document = try Self.json([directory.path, "--attribute", "gender"])
    #expect(Array(Self.groups(document).keys) == ["female"])
    #expect(document["suppressed_groups"] as? Int == 2)
    let table = try CLIRunner.run(["audit", "bias", directory.path, "--attribute", "gender"])
    #expect(
      table.stdout.contains(
        "1 group with fewer than 5 people suppressed, and 1 more so that those left out are at least 5 people"))
    let rows = table.stdout.split(separator: "\n")
    #expect(rows.contains { $0.hasPrefix("female ") })
    #expect(!rows.contains { $0.hasPrefix("male ") } && !table.stdout.contains("nonbinary"))
  }

  @Test("--by-manager groups individual-component multipliers by manager_id")
  func byManager() throws {
    let directory = try CLIRunner.acme(minGroupSize: 3)
    defer { try? FileManager.default.removeItem(at: directory) }
    let document = try Self.json([directory.path, "--by-manager"])
    let groups = Self.groups(document)
    #expect(groups.keys.sorted() == ["E01", "E02", "E08", "E12"])
    // E02's reports, Σ w·m / Σ w over individual components (expected.json):
    // E03 (0.3×1.5 + 0.3×1.8333) / 0.6 = 1.66665; E05 (0.25×1.1667 + 0.1×0.625) / 0.35 = 1.011929;
    // E06 (0.25×0.9706 + 0.1×0.5) / 0.35 = 0.836143; E07 (0.25×0.7 + 0.1×1.0) / 0.35 = 0.785714.
    // 2 of 4 at or above 1; mean 4.300436 / 4 = 1.075109.
    let e02 = try #require(groups["E02"])
    #expect(e02["headcount"] as? Int == 4)
    #expect(e02["at_or_above_target"] as? Int == 2)
    #expect(e02["mean_multiplier"] as? String == "1.0751")
    // E08's reports E04 1.321429, E09 1.625, E10 2.117371: all at or above, the most favoured.
    #expect(document["most_favoured_group"] as? String == "E08")
    // E12's: E11 0.285714, E13 0.7222, E14 1.196429, E15 0.976214: 1 of 4, ratio 0.25 / 1.
    #expect(groups["E12"]?["adverse_impact_ratio"] as? String == "0.2500")
    // E01 manages nobody's manager: E01 itself has no manager_id.
    #expect(document["not_recorded"] as? Int == 1)
  }

  @Test(
    "usage and input errors exit 2",
    arguments: [
      (["Fixtures/acme"], "give either --attribute A or --by-manager"),
      (["Fixtures/acme", "--attribute", "gender", "--by-manager"], "not both"),
      (["Fixtures/acme", "--attribute", "shoe_size"], "missing required column \"shoe_size\""),
      (["Fixtures/acme", "--attribute", "gender", "--permutations", "0"], "a whole number from 1"),
      (["Fixtures/acme", "--attribute", "gender", "--seed", "x"], "a whole number from 0"),
      (["Fixtures/acme", "--attribute", "gender", "--demographics", "/nonexistent.csv"], "cannot read"),
    ])
  func errors(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(["audit", "bias"] + arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
  }

  @Test("a demographics file listing someone twice names the line")
  func duplicate() throws {
    let directory = try CLIRunner.copyFixture("acme", editing: "demographics.csv") {
      $0 + "E04,female,americas,30-39\n"
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["audit", "bias", directory.path, "--attribute", "gender"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("demographics.csv:18: engineer_id \"E04\" is listed twice (first on line 5)"))
  }
}
