import Testing

@testable import IncentiveKit

@Suite("GitLab deployments and DevLake webhook import")
struct DeploymentSourceTests {
  @Test("GitLab: finished production deployments only, success/failed mapped, commit time as first commit")
  func gitlab() throws {
    let result = try GitLabImporter.read(
      try ImportFixtures.files("gitlab", ["deployments.json"]), options: ImportOptions(team: "payments"))
    let rows = try ImportFixtures.rows(result, "deployments")
    #expect(rows.map { $0["deployment_id"]! } == ["4101", "4102"])
    #expect(rows.map { $0["status"]! } == ["success", "failed"])
    #expect(rows[0]["finished_at"] == "2026-07-02T14:10:00Z")
    // 2026-07-01T16:40:00+02:00 is 14:40 UTC.
    #expect(rows[0]["first_commit_at"] == "2026-07-01T14:40:00Z")
    // 4103 staging, 4104 running.
    #expect(result.skipped.map(\.origin.line) == [13, 16])
  }

  @Test("DevLake webhooks: production deployments, INCIDENT issues, merged PRs linked to the next deployment")
  func webhooks() throws {
    let result = try DevLakeWebhookImporter.read(
      try ImportFixtures.files("devlake-webhook", ["payloads.jsonl"]), options: ImportOptions(team: "payments"))
    let deployments = try ImportFixtures.rows(result, "deployments")
    #expect(deployments.map { $0["deployment_id"]! } == ["deploy-2026-07-13-1"])
    // PR 512 merged 09:30, before the 10:20 deployment; opened 07-12 15:00; 40 + 8 lines.
    #expect(deployments[0]["first_commit_at"] == "2026-07-12T15:00:00Z")
    #expect(deployments[0]["change_lines"] == "48")
    let incidents = try ImportFixtures.rows(result, "incidents")
    #expect(incidents.map { $0["incident_id"]! } == ["INC-77"])
    #expect(incidents[0]["resolved_at"] == "2026-07-13T12:30:00Z")
    #expect(try ImportFixtures.rows(result, "changes").first?["deployment_id"] == "deploy-2026-07-13-1")
  }

  @Test("a payload of no known kind is an error at its line")
  func unknownPayload() {
    let error = ImportFixtures.error {
      try DevLakeWebhookImporter.read(
        [ImportFixtures.inline("p.jsonl", "{\"x\": 1}\n")], options: ImportOptions(team: "t"))
    }
    #expect(error?.description.hasPrefix("p.jsonl:1:1: not a DevLake webhook payload") == true)
  }
}
