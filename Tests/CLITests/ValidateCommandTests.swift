import Foundation
import Testing

@Suite("incentive validate, end to end")
struct ValidateCommandTests {
  @Test("the acme plan passes with two warnings: the ic and tech_lead tracks whose tops, weighted, exceed the 1.5 cap")
  func acme() throws {
    let result = try CLIRunner.run(["validate", "Fixtures/acme/plan.json", "Fixtures/acme"])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("Fixtures/acme/plan.json: 0 error(s), 2 warning(s)\n"))
    // ic at the tops of its curves (acme plan.json): delivery 0.3 × 1.5 + recovery 0.2 × 1.5 + quality 0.15 × 1.3
    // + reviews 0.25 × 2.5 + collaboration 0.1 × 2.0 = 0.45 + 0.3 + 0.195 + 0.625 + 0.2 = 1.77.
    #expect(
      result.stdout.contains(
        "warning: tracks.ic: with every component at the top of its curve the weighted multiplier is 1.77, above "
          + "payout_cap 1.5"))
    // The old warning claimed reviews' top (2.5) could never be paid: E09 is paid 2.25 on it in full.
    #expect(!result.stdout.contains("can never be paid"))
  }

  @Test("a plan without rationale and with an unguarded gameable metric exits 1 and lists both")
  func violations() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let planURL = directory.appendingPathComponent("plan.json")
    // Drop the rationale and the tech-lead lead-time component's rework guard.
    var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: planURL)) as? [String: Any])
    plan["rationale"] = nil
    var tracks = try #require(plan["tracks"] as? [String: Any])
    var lead = try #require(tracks["tech_lead"] as? [String: Any])
    var components = try #require(lead["components"] as? [[String: Any]])
    #expect(components[1]["id"] as? String == "lead_time")
    components[1]["guards"] = nil
    lead["components"] = components
    tracks["tech_lead"] = lead
    plan["tracks"] = tracks
    try JSONSerialization.data(withJSONObject: plan).write(to: planURL)
    let result = try CLIRunner.run(["validate", planURL.path, directory.path, "--format", "json"])
    #expect(result.status == 1, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let findings = (json?["findings"] as? [[String: Any]]) ?? []
    #expect(json?["errors"] as? Int == 2)
    #expect(findings.contains { $0["path"] as? String == "rationale" })
    #expect(findings.contains { $0["path"] as? String == "tracks.tech_lead.components[lead_time]" && ($0["message"] as? String ?? "").contains("lead_time_hours can be gamed") })
  }

  @Test("a plan that is not JSON is bad input: exit 2 with file, line and column")
  func notJSON() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let planURL = directory.appendingPathComponent("plan.json")
    try "{\"name\": \n  oops}".write(to: planURL, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["validate", planURL.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("plan.json:2:3"), "\(result.stderr)")
  }
}
