import Foundation
import Testing

/// `incentive sensitivity` for E06 Tomás Herrera (payments IC), checked against curve interpolation
/// worked by hand from expected.json: target 2,974.25, multiplier 0.95931 =
///   0.3 × 0.8000 (delivery) + 0.2 × 1.2708 (recovery) + 0.15 × 1.1500 (quality)
///   + 0.25 × 0.9706 (reviews) + 0.1 × 0.5000 (collaboration), payout 2,853.23.
@Suite("incentive sensitivity, end to end")
struct SensitivityCommandTests {
  static func words(_ text: String) -> [[Substring]] {
    text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
  }

  @Test("curve-point probes match hand interpolation, and the delivery guards hold it at 0.8")
  func curvePoints() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E06"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = Self.words(result.stdout)
    // recovery at the curve point 1 pays 1.5: 0.95931 + 0.2 × (1.5 − 1.2708) = 1.00515;
    // 2,974.25 × 1.00515 = 2,989.567… → 2,989.57 (+136.34).
    #expect(lines.contains(["recovery", "time_to_restore_hours", "payments", "1", "1.5000", "2,989.57", "+136.34"]))
    // at 4: 1.0; 0.95931 − 0.2 × 0.2708 = 0.90515; × 2,974.25 = 2,692.142… → 2,692.14 (−161.09).
    #expect(lines.contains(["4", "1.0000", "2,692.14", "-161.09"]))
    #expect(lines.contains(["2.375", "(now)", "1.2708", "2,853.23", "0.00"]))
    // reviews at 0.3 pays 1.0: 0.95931 + 0.25 × 0.0294 = 0.96666; × 2,974.25 = 2,875.090… → 2,875.09.
    #expect(lines.contains(["0.3", "1.0000", "2,875.09", "+21.86"]))
    // collaboration at 4 pays 1.0: 0.95931 + 0.1 × 0.5 = 1.00931; × 2,974.25 = 3,001.940… → 3,001.94.
    #expect(lines.contains(["4", "1.0000", "3,001.94", "+148.71"]))
    // delivery: payments' change_failure_rate 0.2 > 0.15 and coverage_delta −0.007 < 0 cap it at 0.8 at
    // every curve point, so moving deployment_frequency alone changes nothing.
    let guards: [Substring] = ["change_failure_rate", "max", "0.15;", "coverage_delta", "min", "0.0"]
    #expect(lines.contains(["3", "0.8000", "2,853.23", "0.00"] + guards))
  }

  @Test("rubber-stamp reviews are caught by the collaboration guard and lower the payout by the hand amount")
  func trivialReviews() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E06"])
    // E06 has 7 reviews with 5 substantive of 17 comments (0.294118); 7 twins of one comment each:
    // reviews 14, cross_team_reviews 0 → 7, ratio 5/24 = 0.208333.
    #expect(result.stdout.contains("E06 substantive_review_ratio: 0.294118 → 0.208333"))
    #expect(result.stdout.contains("E06 cross_team_reviews: 0 → 7"))
    // reviews: (0.208333 − 0.1)/0.2 = 0.541665 → 0.5417; collaboration: 1 + 3/6 = 1.5, but the ratio is
    // under 0.25, so the guard caps it at 1.0. Multiplier 0.95931 + 0.25 × (0.5417 − 0.9706)
    // + 0.1 × (1.0 − 0.5) = 0.902085; × 2,974.25 = 2,683.026… → 2,683.03 (−170.20).
    #expect(
      result.stdout.contains(
        "guard collaboration substantive_review_ratio min 0.25 (cap 1.0) on E06: 0.294118 → 0.208333: CAUGHT"))
    #expect(
      result.stdout.contains(
        "payout 2,853.23 → 2,683.03 (-170.20): caught by collaboration substantive_review_ratio min 0.25 (cap 1.0)"))
  }

  @Test("splitting deployments pays through the rollback rate and clears the change-failure guard")
  func splitDeployments() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E06"])
    // payments: 40 deployments become 80; failures stay 8 (CFR 0.2 → 0.1), pay-010 stays the one
    // attributable rollback (1/40 → 1/80 = 0.0125). Quality: 1.3 − 0.3 × 0.0125/0.05 = 1.225.
    // Delivery stays 0.8 (coverage_delta still breaks its guard). Multiplier 0.95931 + 0.15 × (1.225 − 1.15)
    // = 0.97056; × 2,974.25 = 2,886.688… → 2,886.69 (+33.46).
    #expect(result.stdout.contains("payments change_failure_rate: 0.2 → 0.1"))
    #expect(result.stdout.contains("payments attributable_rollback_rate: 0.025 → 0.0125"))
    #expect(result.stdout.contains("on payments: 0.2 → 0.1: no longer broken"))
    #expect(result.stdout.contains("payout 2,853.23 → 2,886.69 (+33.46): PAYS: no guard catches this move"))
    #expect(result.stdout.contains("assumes: each of the team's production deployments"))
  }

  @Test("a team's total: platform at team_health 85 moves by E01's and E08's hand-computed changes")
  func team() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--team", "platform"])
    #expect(result.status == 0, "\(result.stderr)")
    // team_health is read on platform by E01 (default track, weight 0.4) and E08 (manager, weight 0.25).
    // At 81 both curves give 1 + 0.4 × 11/15 = 1.2933; at the next point, 85, they give 1.4 (+0.1067).
    //   E01: 1.22056 + 0.4 × 0.1067 = 1.26324; 13,358.90 × 1.26324 = 16,875.4968… → 16,875.50 (+570.16)
    //   E08: 1.17706 + 0.25 × 0.1067 = 1.203735; 6,881.10 × 1.203735 = 8,283.0209… → 8,283.02 (+183.55)
    //   team: 48,336.81 + 570.16 + 183.55 = 49,090.52 (+753.71)
    let lines = Self.words(result.stdout)
    #expect(lines.contains(["85", "49,090.52", "+753.71"]))
    // At the point below, 70, both give 1.0 (−0.2933):
    //   E01: 1.22056 − 0.4 × 0.2933 = 1.10324; × 13,358.90 = 14,738.0728… → 14,738.07 (−1,567.27)
    //   E08: 1.17706 − 0.25 × 0.2933 = 1.103735; × 6,881.10 = 7,594.9109… → 7,594.91 (−504.56)
    //   team: 48,336.81 − 2,071.83 = 46,264.98
    #expect(lines.contains(["health", "team_health", "platform", "70", "46,264.98", "-2,071.83"]))
    #expect(result.stdout.contains("note: individual components are not varied for a team"))
  }

  @Test("--format json carries the same hand-checked figures and a pays flag per move")
  func json() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E06", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["payout"] as? String == "2853.23")
    let moves = try #require(document["moves"] as? [[String: Any]])
    // The same moves as above: splitting pays +33.46, rubber-stamp reviews lose 170.20.
    #expect(moves.map { $0["move"] as? String } == ["split_deployments", "trivial_reviews"])
    #expect(moves.map { $0["delta"] as? String } == ["33.46", "-170.20"])
    #expect(moves.map { $0["pays"] as? Bool } == [true, false])
    let recovery = try #require(
      (document["inputs"] as? [[String: Any]])?.first { $0["metric"] as? String == "time_to_restore_hours" })
    let points = try #require(recovery["points"] as? [[String: Any]])
    #expect(points.map { $0["value"] as? String } == ["1", "2.375", "4"])
    #expect(points.map { $0["payout"] as? String } == ["2989.57", "2853.23", "2692.14"])
  }

  @Test("for a team, a guard that catches several members is named once in the verdict")
  func teamVerdict() throws {
    let result = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--team", "payments"])
    // Each member's reviews are doubled with one-comment twins. E05: 4 substantive of 12 comments over
    // 5 reviews, 4/(12 + 5) = 0.235294; E06: 5/17 → 5/24 = 0.208333; both fall under the 0.25 bound.
    #expect(result.stdout.contains("on E05: 0.333333 → 0.235294: CAUGHT"))
    #expect(result.stdout.contains("on E06: 0.294118 → 0.208333: CAUGHT"))
    #expect(result.stdout.contains("caught by collaboration substantive_review_ratio min 0.25 (cap 1.0)\n"))
  }

  @Test("bad subjects are bad input: unknown engineer, unknown team, both or neither option")
  func badSubjects() throws {
    let unknown = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E99"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no engineer \"E99\" in the roster; did you mean E09?"))
    let team = try CLIRunner.run(["sensitivity", "Fixtures/acme", "--team", "growth"])
    #expect(team.status == 2)
    #expect(team.stderr.contains("teams: mobile, payments, platform"))
    #expect(try CLIRunner.run(["sensitivity", "Fixtures/acme"]).status == 2)
    #expect(try CLIRunner.run(["sensitivity", "Fixtures/acme", "--engineer", "E06", "--team", "payments"]).status == 2)
  }
}
