import Foundation
import Testing

@Suite("incentive generate, end to end")
struct GenerateCommandTests {
  @Test("writes a dataset that calculate pays, the same bytes twice for one seed")
  func generateAndCalculate() throws {
    let base = NSTemporaryDirectory() + "incentive-generate-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: base) }
    for run in ["a", "b"] {
      let result = try CLIRunner.run([
        "generate", base + "/" + run, "--engineers", "20", "--events", "300", "--seed", "4",
      ])
      #expect(result.status == 0, "stderr: \(result.stderr)")
    }
    for name in ["roster.csv", "deployments.csv", "incidents.csv", "reviews.csv", "oncall.csv", "plan.json"] {
      let first = try Data(contentsOf: URL(fileURLWithPath: base + "/a/" + name))
      #expect(first == (try Data(contentsOf: URL(fileURLWithPath: base + "/b/" + name))), "\(name)")
    }
    let calculated = try CLIRunner.run(["calculate", base + "/a", "--format", "json"])
    #expect(calculated.status == 0, "stderr: \(calculated.stderr)")
    #expect(calculated.stdout.contains("\"engineer_id\": \"E000019\""))
  }

  @Test("a negative event count is a usage error (exit 2)")
  func badCount() throws {
    let result = try CLIRunner.run(["generate", NSTemporaryDirectory() + "never", "--events", "-5"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("events"))
  }
}
