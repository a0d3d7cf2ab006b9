import Foundation
@testable import IncentiveKit
import Testing

/// `validate`: findings, their JSON, and the exit status.
@Suite("Validate workflow")
struct ValidateWorkflowTests {
  static let plan = WorkflowFixtures.acme + "/plan.json"

  @Test("without the dataset, the metrics.csv metric is unknown: one error, exit 1")
  func unknownMetric() throws {
    let result = try ValidateWorkflow.run(ValidateWorkflow.Options(plan: Self.plan))
    #expect(result.exitCode == 1)
    #expect(result.output.hasSuffix("\(Self.plan): 1 error(s), 4 warning(s)\n"))
    #expect(
      result.output.contains(
        "\(Self.plan): error: tracks.manager.components[4]: unknown metric internal_customer_satisfaction"))
  }

  @Test("with the dataset the plan has warnings only: exit 0")
  func withDataset() throws {
    let result = try ValidateWorkflow.run(ValidateWorkflow.Options(plan: Self.plan, dataset: WorkflowFixtures.acme))
    #expect(result.exitCode == 0)
    #expect(result.output.hasSuffix("\(Self.plan): 0 error(s), 4 warning(s)\n"))
    // Four warnings and the count line.
    #expect(result.output.split(separator: "\n").count == 5)
  }

  @Test("JSON: the plan, the counts and each finding with severity, path and message")
  func json() throws {
    let result = try ValidateWorkflow.run(ValidateWorkflow.Options(plan: Self.plan, format: .json))
    #expect(result.exitCode == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(object["plan"] as? String == Self.plan)
    #expect(object["errors"] as? Int == 1)
    #expect(object["warnings"] as? Int == 4)
    let findings = try #require(object["findings"] as? [[String: String]])
    #expect(findings.count == 5)
    #expect(findings.first?["severity"] == "error")
    #expect(findings.first?["path"] == "tracks.manager.components[4]")
  }
}
