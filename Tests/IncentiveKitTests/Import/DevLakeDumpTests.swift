import Foundation
import Testing

@testable import IncentiveKit

/// Fixtures/imports/devlake-dump: a DevLake 1.x dump of projects checkout and search, September
/// 2026. Every expected value below is worked out in that folder's README.
@Suite("DevLake dump import, as DevLake's code links it")
struct DevLakeDumpTests {
  static func folder(_ shape: String = "csv") -> String {
    ImportFixtures.root.appendingPathComponent("devlake-dump/\(shape)").path
  }

  static func dump(_ shape: String = "csv", extra: [ImportFile] = [], options: ImportOptions = ImportOptions()) throws
    -> ImportResult
  {
    let (files, _) = try ImportFile.exportFiles(at: [folder(shape)])
    return try DevLakeImporter.read(files + extra, options: options)
  }

  static func rows(_ result: ImportResult, _ file: String, team: String = "checkout") throws -> [[String: String]] {
    try ImportFixtures.rows(result, file).filter { $0["team"] == team }
  }

  /// The last part of a DevLake id (`gitlab:GitlabPipeline:1:701` → `701`).
  static func short(_ id: String?) -> String { id.map { String($0.split(separator: ":").last!) } ?? "none" }

  @Test("a whole dump folder imports: tables DORA does not read are listed as ignored, not refused")
  func wholeFolder() throws {
    let result = try Self.dump()
    #expect(
      result.ignoredFiles.map { String($0.split(separator: "/").last!) } == [
        "_devlake_pipelines.csv", "cicd_scopes.csv", "commits.csv", "repos.csv",
      ])
    #expect(result.summary().contains("ignored 4 files (tables this import does not read): "))
  }

  @Test("rows of one pipeline are one deployment finished at its last successful row; staging and running rows skipped")
  func deployments() throws {
    let rows = try Self.rows(try Self.dump(), "deployments")
    #expect(rows.map { Self.short($0["deployment_id"]) } == ["700", "701", "702", "703", "705"])
    #expect(
      rows.map { $0["finished_at"]! } == [
        "2026-08-28T09:10:00Z", "2026-09-02T11:40:00Z", "2026-09-08T15:00:00Z", "2026-09-09T14:30:00Z",
        "2026-09-21T08:45:00Z",
      ])
    #expect(rows.map { $0["status"]! } == ["success", "success", "failed", "success", "success"])
    // Folded changes: 701 ships 101 and 102 (from 08-31 08:00, 15 + 50 lines), 703 ships 103, 705 ships 104.
    #expect(
      rows.map { $0["first_commit_at"] ?? "" } == [
        "", "2026-08-31T08:00:00Z", "", "2026-09-07T10:00:00Z", "2026-09-17T09:00:00Z",
      ])
    #expect(rows.map { $0["change_lines"] ?? "" } == ["", "65", "", "10", "120"])
  }

  @Test(
    "a merged pull request ships with the row whose commit range holds its merge commit, with DevLake's cycle time",
    arguments: [
      // (PR, pipeline, deployed at (the row's finish), cycle minutes, change start)
      ("101", "701", "2026-09-02T10:20:00Z", "3020", "2026-08-31T08:00:00Z"),
      ("102", "701", "2026-09-02T10:20:00Z", "1160", "2026-09-01T15:00:00Z"),
      // CLOSED with a merged_date is merged; its first commit came after the PR opened, so no coding time.
      ("103", "703", "2026-09-09T14:30:00Z", "3150", "2026-09-07T10:00:00Z"),
      ("104", "705", "2026-09-21T08:45:00Z", "5745", "2026-09-17T09:00:00Z"),
      ("105", "none", "", "", "2026-09-24T09:00:00Z"),
    ])
  func pullRequests(pr: String, pipeline: String, deployed: String, minutes: String, start: String) throws {
    let changes = try Self.rows(try Self.dump(), "changes")
    let change = try #require(changes.first { Self.short($0["change_id"]) == pr })
    #expect(Self.short(change["deployment_id"]) == pipeline)
    #expect((change["deployed_at"] ?? "") == deployed)
    #expect((change["lead_time_minutes"] ?? "") == minutes)
    #expect(change["committed_at"] == start)
  }

  @Test("pull requests without a merged_date are skipped whatever their status; the summary names the link source")
  func mergedByDate() throws {
    let result = try Self.dump()
    #expect(try Self.rows(result, "changes").count == 5)
    #expect(
      result.skipped.contains {
        $0.reason == "pull request github:GithubPullRequest:1:106 is not merged (no merged_date)"
      })
    #expect(result.notes.contains(DevLakeImporter.LeadTimeSource.commitRanges.note))
  }

  @Test(
    "DevLake 1.x incidents, keyed by id, each related to the latest successful production row before it",
    arguments: [
      ("jira:JiraIssue:1:500", "checkout", "700", "SEV3"),
      // Row 9002 finished at 10:20, before 11:00; pipeline 701's other row ran until 11:40. Severity NULL: priority.
      ("jira:JiraIssue:1:501", "checkout", "701", "High"),
      // The failed 702 (15:00) is no candidate: 701's row 9003 (09-02 11:40) is the latest success.
      ("github:GithubIssue:1:601", "checkout", "701", "SEV1"),
      // Same issue_key 7 as 601, another repo: another incident.
      ("github:GithubIssue:1:603", "checkout", "705", "SEV2"),
      ("github:GithubIssue:1:602", "search", "707", "SEV2"),
    ])
  func incidents(id: String, team: String, pipeline: String, severity: String) throws {
    let incidents = try Self.rows(try Self.dump(), "incidents", team: team)
    let incident = try #require(incidents.first { $0["incident_id"] == id })
    #expect(Self.short(incident["attributed_deployment"]) == pipeline)
    #expect(incident["severity"] == severity)
    // DevLake relates without a root cause; SPEC's caused_by_deployment stays empty.
    #expect(incident["caused_by_deployment"] == nil)
  }

  @Test("the incidents table wins over issues; an incident outside the projects is skipped")
  func incidentsTable() throws {
    let result = try Self.dump()
    // CHK-8 is a BUG in issues.csv; only incidents.csv is read, 5 of its 6 rows in the projects.
    #expect(try ImportFixtures.rows(result, "incidents").count == 5)
    #expect(
      result.skipped.contains { $0.reason == "incident scope github:GithubRepo:1:99 is outside the projects imported" })
    #expect(result.notes.contains { $0.hasPrefix("incidents: read from DevLake's incidents table") })
  }

  @Test(
    "accounts become DevLake users: user_accounts first, then e-mail or name; a second account's review is a self-review"
  )
  func people() throws {
    let result = try Self.dump()
    let reviews = try ImportFixtures.rows(result, "reviews")
    #expect(
      reviews.map { [$0["reviewer_id"]!, $0["author_id"]!] } == [
        ["E02", "E01"], ["E01", "E02"], ["E02", "github:GithubAccount:1:1004"],
      ])
    // 301: one 57-character body (substantive); 302: no body; 304: "LGTM".
    #expect(reviews.map { [$0["comments"]!, $0["substantive_comments"]!] } == [["1", "1"], ["0", "0"], ["1", "0"]])
    #expect(result.skipped.contains { $0.reason == "self-review of pull request github:GithubPullRequest:1:103" })
    // identities.csv may still name a person by their DevLake e-mail or an account: asked in this order, the
    // users table's e-mail and name, then the accounts in byte order, the same on every run.
    #expect(
      result.aliases["E01"] == [
        "ana@acme.test", "Ana Lima", "github:GithubAccount:1:1001", "github:GithubAccount:1:1003",
      ])
  }

  @Test("--identities links a DevLake user by an alias, and lists what it cannot link")
  func identitiesByAlias() throws {
    var result = try Self.dump()
    let identities = try IdentityMap(
      file: ImportFixtures.inline("identities.csv", "engineer_id,email\nP-7,bea@acme.test\n"))
    result.link(identities)
    // E02's DevLake e-mail is bea@acme.test; E01 and the dependabot account are not in the file.
    #expect(try ImportFixtures.rows(result, "reviews").map { $0["reviewer_id"]! } == ["P-7", "E01", "P-7"])
    #expect(result.unlinked == ["E01", "github:GithubAccount:1:1004"])
  }

  @Test(
    "every client's export shape imports to the same canonical files as the clean CSV",
    arguments: ["mysql-batch", "mysql-outfile", "mysql-outfile-csv", "psql"])
  func shapes(shape: String) throws {
    let clean = try Self.dump()
    let other = try Self.dump(shape)
    for file in ["deployments", "changes", "incidents", "reviews"] {
      #expect(try ImportFixtures.rows(other, file) == ImportFixtures.rows(clean, file), "\(shape) \(file)")
    }
  }

  @Test("mysql --batch output with its tabs turned into commas is refused, naming file, line, column and the cause")
  func tabsTurnedToCommas() throws {
    let error = ImportFixtures.error { try Self.dump("mysql-batch-tr", options: ImportOptions(team: "checkout")) }
    let text = error?.description ?? ""
    // Line 2, field 6: the title `Cart: "empty" state, with tests`, whose quote and comma are bare.
    #expect(text.contains("mysql-batch-tr/pull_requests.csv:2:6: unexpected \" inside an unquoted field"))
    #expect(text.contains("tr '\\t' ','"))
    #expect(text.contains("mysql --batch -e 'SELECT * FROM <table>' > <table>.tsv"))
  }

  @Test("DevLake's own project_pr_metrics and relationships, when dumped, replace the computed links")
  func devlakeOwnTables() throws {
    // Figures unlike the computed ones, so the test shows they were used: 102 deployed by row 9005 in 777 minutes,
    // 101 by no deployment; incident 603 related to 703.
    let metrics = ImportFixtures.inline(
      "project_pr_metrics.csv",
      """
      id,project_name,pr_cycle_time,deployment_commit_id,first_commit_authored_date
      github:GithubPullRequest:1:101,checkout,3020,,2026-08-31 08:00:00
      github:GithubPullRequest:1:102,checkout,777,gitlab:GitlabDeployment:1:9005,2026-09-01 15:00:00

      """)
    let relationships = ImportFixtures.inline(
      "project_incident_deployment_relationships.csv",
      "id,project_name,deployment_id\ngithub:GithubIssue:1:603,checkout,gitlab:GitlabPipeline:1:703\n")
    let result = try Self.dump(extra: [metrics, relationships])
    let changes = try Self.rows(result, "changes")
    #expect(
      changes.map { [Self.short($0["change_id"]), Self.short($0["deployment_id"]), $0["lead_time_minutes"] ?? ""] } == [
        ["101", "none", ""], ["102", "703", "777"], ["103", "none", ""], ["104", "none", ""], ["105", "none", ""],
      ])
    // Row 9005 finished 09-09 14:30.
    #expect(changes[1]["deployed_at"] == "2026-09-09T14:30:00Z")
    let incidents = try Self.rows(result, "incidents")
    // Only 603 has a relationship row; the others are left for the definition to relate by time.
    #expect(incidents.map { Self.short($0["attributed_deployment"]) } == ["none", "none", "none", "703"])
    #expect(result.notes.contains(DevLakeImporter.LeadTimeSource.prMetrics.note))
  }

  @Test("without prev_success_deployment_commit_id the import computes it as DevLake's enricher does")
  func previousSuccessComputed() throws {
    // Two successful production rows of one scope, repo and environment: r2's previous success is r1, so the
    // range c1 → c2 ships merge commit m1.
    let files = [
      ImportFixtures.inline(
        "cicd_deployment_commits.csv",
        """
        id,commit_sha,cicd_deployment_id,cicd_scope_id,result,environment,finished_date,repo_url
        r1,c1,p1,s,SUCCESS,PRODUCTION,2026-09-01 10:00:00,https://x/api
        r2,c2,p2,s,SUCCESS,PRODUCTION,2026-09-03 10:00:00,https://x/api

        """),
      ImportFixtures.inline("commits_diffs.csv", "new_commit_sha,old_commit_sha,commit_sha\nc2,c1,m1\n"),
      ImportFixtures.inline(
        "pull_requests.csv",
        "id,created_date,merged_date,merge_commit_sha\npr1,2026-09-02 08:00:00,2026-09-02 09:00:00,m1\n"),
    ]
    let result = try DevLakeImporter.read(files, options: ImportOptions(team: "t"))
    let change = try #require(try ImportFixtures.rows(result, "changes").first)
    // 60 min open → merged, 1500 min merged (09-02 09:00) → deployed (09-03 10:00).
    #expect(change["deployment_id"] == "p2")
    #expect(change["lead_time_minutes"] == "1560")
    #expect(result.notes.contains { $0.hasPrefix("deployments: prev_success_deployment_commit_id computed") })
  }

  @Test("two files of one table are an error naming both")
  func tableGivenTwice() {
    let error = ImportFixtures.error {
      try DevLakeImporter.read(
        [
          ImportFixtures.inline("a/issues.csv", "id,type,created_date\n"),
          ImportFixtures.inline("b/issues.tsv", "id\ttype\tcreated_date\n"),
        ], options: ImportOptions(team: "t"))
    }
    #expect(
      error?.description == "b/issues.tsv: cannot read: a/issues.csv already holds table issues; give each table once")
  }
}
