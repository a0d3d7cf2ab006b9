import Testing

@testable import IncentiveKit

/// Fixtures/imports/fourkeys: the payments org of the DevLake fixture as Four Keys sees it.
@Suite("Four Keys view import")
struct FourKeysImporterTests {
  static func result() throws -> ImportResult {
    try FourKeysImporter.read(
      try ImportFixtures.files("fourkeys", ["deployments.jsonl", "changes.csv", "incidents.jsonl"]),
      options: ImportOptions(team: "payments"))
  }

  @Test("deployments are successful, start at their earliest change, and every (deployment, change) pair is a change")
  func deploymentsAndChanges() throws {
    let result = try Self.result()
    let deployments = try ImportFixtures.rows(result, "deployments")
    #expect(deployments.map { $0["deployment_id"]! } == ["fk-d1", "fk-d2", "fk-d4", "fk-d6", "fk-d7"])
    #expect(deployments.allSatisfy { $0["status"] == "success" && $0["environment"] == "production" })
    // fk-d1 carries a1 (10:30, the merge push) and a0 (08:00): first commit 08:00.
    #expect(deployments[0]["first_commit_at"] == "2026-07-01T08:00:00Z")
    let changes = try ImportFixtures.rows(result, "changes")
    // 2 + 1 + 2 + 1 + 1 pairs; x9 is in no deployment.
    #expect(changes.count == 7)
    // BigQuery's "2026-06-30 10:00:00 UTC".
    #expect(changes.first { $0["change_id"] == "b1" }?["committed_at"] == "2026-06-30T10:00:00Z")
  }

  @Test("an incident's root-cause sha names the deployment that shipped it")
  func rootCause() throws {
    let incidents = try ImportFixtures.rows(try Self.result(), "incidents")
    // a0 → fk-d1, c2 → fk-d4, none, f1 → fk-d7.
    #expect(incidents.map { $0["caused_by_deployment"] } == ["fk-d1", "fk-d4", nil, "fk-d7"])
    #expect(incidents[3]["opened_at"] == "2026-07-22T11:00:00Z")
    #expect(incidents[3]["resolved_at"] == "2026-07-23T10:00:00Z")
  }

  @Test("BigQuery array cells in CSV split into shas")
  func csvArrays() {
    #expect(FourKeysImporter.splitList(["[\"a1\",\"a0\"]"]) == ["a1", "a0"])
    #expect(FourKeysImporter.splitList(["a1;a0"]) == ["a1", "a0"])
    #expect(FourKeysImporter.splitList(["[]"]) == [])
  }

  @Test("a deployment without deploy_id is an error naming file and line")
  func missingID() {
    let error = ImportFixtures.error {
      try FourKeysImporter.read(
        [ImportFixtures.inline("deployments.jsonl", "{\"time_created\":\"2026-07-01T00:00:00Z\"}\n")],
        options: ImportOptions(team: "payments"))
    }
    #expect(error == .missingColumn(file: "deployments.jsonl:1", column: "deploy_id"))
  }
}
