import Foundation
@testable import IncentiveKit
import Testing

/// `check`: the golden-file regression check and its exit status.
@Suite("Check workflow")
struct CheckWorkflowTests {
  static let golden = WorkflowFixtures.acme + "/expected.json"

  @Test("the fixture matches its golden file: exit 0 and one summary line")
  func passes() throws {
    let result = try CheckWorkflow.run(CheckWorkflow.Options(run: WorkflowFixtures.run, expected: Self.golden))
    #expect(result.exitCode == 0)
    #expect(
      result.output
        == "check passed: 15 engineers, 3 teams and the total 87,757.48 USD match \(Self.golden) (tolerance 0.00)\n")
  }

  @Test("a payout that moved: exit 1, and the diff names the engineer")
  func fails() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let path = scratch + "/golden.json"
      // E01's payout in expected.json is 16305.34; the golden file claims a cent more.
      let moved = try WorkflowFixtures.text(Self.golden).replacingOccurrences(
        of: "\"payout\": \"16305.34\"", with: "\"payout\": \"16305.35\"")
      try GovernanceFixtures.writeBytes(Array(moved.utf8), to: path)
      let result = try CheckWorkflow.run(CheckWorkflow.Options(run: WorkflowFixtures.run, expected: path))
      #expect(result.exitCode == 1)
      #expect(result.output.contains("E01"))
      let tolerant = try CheckWorkflow.run(
        CheckWorkflow.Options(run: WorkflowFixtures.run, expected: path, tolerance: "0.01"))
      #expect(tolerant.exitCode == 0)
    }
  }

  @Test(
    "a tolerance that is not an amount in the run's currency (USD: 2 decimals) is a usage error",
    arguments: ["0.001", "-1", "one cent"])
  func badTolerance(text: String) {
    #expect(
      throws: OptionError.malformedValue(
        option: "--tolerance", value: text, expected: "a non-negative amount with at most 2 decimals, e.g. 0.01")
    ) {
      try CheckWorkflow.run(CheckWorkflow.Options(run: WorkflowFixtures.run, expected: Self.golden, tolerance: text))
    }
  }

  @Test("--update writes the golden file with mode 0600: the same bytes as expected.json")
  func update() throws {
    try GovernanceFixtures.withScratchDirectory { scratch in
      let path = scratch + "/golden.json"
      let result = try CheckWorkflow.run(CheckWorkflow.Options(run: WorkflowFixtures.run, expected: path, update: true))
      #expect(result.output == "check: wrote \(path) (15 engineers, total 87757.48 USD)\n")
      #expect(result.writtenFiles == [path])
      #expect(try WorkflowFixtures.text(path) == (try WorkflowFixtures.text(Self.golden)))
      #expect(GovernanceFixtures.mode(of: path) == 0o600)
    }
  }
}
