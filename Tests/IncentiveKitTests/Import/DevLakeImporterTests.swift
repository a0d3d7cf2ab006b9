import Testing

@testable import IncentiveKit

/// Fixtures/imports/devlake: two projects (payments, mobile), July 2026.
@Suite("DevLake domain-table import")
struct DevLakeImporterTests {
  static let tables = [
    "cicd_deployment_commits.csv", "issues.csv", "board_issues.csv", "pull_requests.csv",
    "pull_request_comments.csv", "project_mapping.csv",
  ]

  static func payments() throws -> ImportResult {
    try DevLakeImporter.read(try ImportFixtures.files("devlake", tables), options: ImportOptions(team: "payments"))
  }

  @Test("rows sharing a deployment id merge into one deployment finished at the latest row")
  func mergesDeploymentRows() throws {
    let deployments = try ImportFixtures.rows(try Self.payments(), "deployments")
    // d1 has two rows (repos 201 and 202) finished 10:00 and 10:30: one deployment at 10:30.
    let d1 = deployments.filter { $0["deployment_id"] == "gitlab:GitlabDeployment:1:d1" }
    #expect(d1.count == 1)
    #expect(d1.first?["finished_at"] == "2026-07-01T10:30:00Z")
    // Production payments rows: d1, d2, d3 (FAILURE), d4, d6, d7; d5 is STAGING, d8 mobile, d9 unfinished.
    #expect(
      deployments.map { $0["deployment_id"]!.split(separator: ":").last! } == ["d1", "d2", "d3", "d4", "d6", "d7"])
    #expect(deployments.map { $0["status"]! } == ["success", "success", "failed", "success", "success", "success"])
  }

  @Test("the same tables as JSON arrays of rows import the same way")
  func jsonTables() throws {
    let json = """
      [{"cicd_deployment_id": "d1", "result": "FAILURE", "environment": "PRODUCTION", "finished_date": "2026-07-01T09:00:00.000+00:00"},
       {"cicd_deployment_id": "d1", "result": "SUCCESS", "environment": "PRODUCTION", "finished_date": "2026-07-01T10:30:00.000+00:00"},
       {"cicd_deployment_id": "d1", "result": "SUCCESS", "environment": "PRODUCTION", "finished_date": "2026-07-01T10:00:00.000+00:00"}]
      """
    let result = try DevLakeImporter.read(
      [ImportFixtures.inline("cicd_deployment_commits.json", json)], options: ImportOptions(team: "payments"))
    // A failed row, then two successful ones: one successful deployment finished at the latest success, 10:30.
    #expect(
      try ImportFixtures.rows(result, "deployments") == [
        [
          "deployment_id": "d1", "team": "payments", "environment": "production", "status": "success",
          "finished_at": "2026-07-01T10:30:00Z",
        ]
      ])
  }

  @Test("merged pull requests become changes linked to the first deployment after the merge")
  func linksPullRequests() throws {
    let result = try Self.payments()
    let changes = try ImportFixtures.rows(result, "changes")
    // PR 701 merged 07-01 09:00 → d1 (10:30); 702 merged 07-02 09:00 → d2 (15:00); 703 → d4; 704 → d6; 706 → d7.
    #expect(changes.map { $0["deployment_id"]!.split(separator: ":").last! } == ["d1", "d2", "d4", "d6", "d7"])
    // 701: 12 additions + 3 deletions.
    #expect(changes.first?["change_lines"] == "15")
    let d2 = try ImportFixtures.rows(result, "deployments")[1]
    // d2's only change, PR 702, was opened 2026-06-30 10:00; 240 + 60 lines.
    #expect(d2["first_commit_at"] == "2026-06-30T10:00:00Z")
    #expect(d2["change_lines"] == "300")
  }

  @Test("only type INCIDENT issues become incidents, keyed by id, with severity and resolution")
  func incidents() throws {
    let incidents = try ImportFixtures.rows(try Self.payments(), "incidents")
    // PAY-101, 102, 103 and 105 by their DevLake ids (issue_key can repeat across repos); PAY-104 is a BUG.
    #expect(incidents.map { $0["incident_id"]! } == ["9001", "9002", "9003", "9005"].map { "jira:JiraIssue:1:" + $0 })
    #expect(incidents[1]["opened_at"] == "2026-07-08T14:00:00Z")
    #expect(incidents[1]["resolved_at"] == "2026-07-09T02:00:00Z")
    #expect(incidents[1]["severity"] == "SEV1")
  }

  @Test("reviews come from REVIEW comments; diff comments filed under a review count; self-reviews skipped")
  func reviews() throws {
    let result = try Self.payments()
    let reviews = try ImportFixtures.rows(result, "reviews")
    #expect(reviews.count == 2)
    // 801 by ana: its own 63-character body (substantive, ≥ 40) plus diff comment 802 "nit: rename" (11).
    #expect(reviews[0]["reviewer_id"] == "github:GithubAccount:1:ana")
    #expect(reviews[0]["author_id"] == "github:GithubAccount:1:bob")
    #expect(reviews[0]["comments"] == "2")
    #expect(reviews[0]["substantive_comments"] == "1")
    // 804 by bob: empty body, no diff comments.
    #expect(reviews[1]["comments"] == "0")
    #expect(result.skipped.contains { $0.reason == "self-review of pull request github:GithubPullRequest:1:701" })
  }

  @Test("without --team, project_mapping puts each row in its project")
  func projectScoping() throws {
    let result = try DevLakeImporter.read(try ImportFixtures.files("devlake", Self.tables), options: ImportOptions())
    let deployments = try ImportFixtures.rows(result, "deployments")
    #expect(
      deployments.filter { $0["team"] == "mobile" }.map { $0["deployment_id"]! } == ["gitlab:GitlabDeployment:1:d8"])
    #expect(deployments.filter { $0["team"] == "payments" }.count == 6)
  }

  @Test("skipped rows are listed with their reasons and lines")
  func skipped() throws {
    let skipped = try Self.payments().skipped.map { "\($0.origin.file.split(separator: "/").last!):\($0.origin.line)" }
    #expect(
      skipped == [
        "cicd_deployment_commits.csv:7", "cicd_deployment_commits.csv:10", "cicd_deployment_commits.csv:11",
        "pull_requests.csv:6", "issues.csv:5", "pull_request_comments.csv:4",
      ])
  }

  @Test("a bad date names file, line and column; no team and no mapping is an error at the row")
  func errors() {
    let badDate = ImportFixtures.error {
      try DevLakeImporter.read(
        [
          ImportFixtures.inline(
            "cicd_deployment_commits.csv",
            "cicd_deployment_id,result,environment,finished_date\nd1,SUCCESS,PRODUCTION,yesterday\n")
        ],
        options: ImportOptions(team: "t"))
    }
    #expect(
      badDate?.description.hasPrefix("cicd_deployment_commits.csv:2:4: finished_date: \"yesterday\" is not a timestamp")
        == true)
    let noTeam = ImportFixtures.error {
      try DevLakeImporter.read(
        [ImportFixtures.inline("issues.csv", "id,type,created_date\ni1,INCIDENT,2026-07-01 00:00:00\n")],
        options: ImportOptions())
    }
    #expect(
      noTeam
        == .inconsistent(
          file: "issues.csv", line: 2, reason: "no team for this row: pass --team TEAM (this export names none)"))
    let unknown = ImportFixtures.error {
      try DevLakeImporter.read([ImportFixtures.inline("deploys.csv", "a\n1\n")], options: ImportOptions(team: "t"))
    }
    #expect(unknown?.description.hasPrefix("deploys.csv: cannot read: not a DevLake table") == true)
  }
}
