import Foundation
import Testing

/// `incentive import` end to end: the DevLake and Four Keys exports of one org (July 2026,
/// team payments) become datasets that `calculate` and `metrics` read.
@Suite("incentive import, end to end")
struct ImportCommandTests {
  static let devlakeTables = [
    "cicd_deployment_commits.csv", "issues.csv", "board_issues.csv", "pull_requests.csv", "pull_request_comments.csv",
    "project_mapping.csv",
  ].map { "Fixtures/imports/devlake/" + $0 }
  static let fourkeysViews = ["deployments.jsonl", "changes.csv", "incidents.jsonl"].map {
    "Fixtures/imports/fourkeys/" + $0
  }

  /// Imports into a fresh folder and adds the org's roster and plan.
  static func dataset(_ source: String, _ files: [String], plan: String? = nil) throws -> (URL, CLIResult) {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "incentive-import-" + UUID().uuidString)
    let result = try CLIRunner.run(["import", source] + files + ["--team", "payments", "--output", folder.path])
    let org = CLIRunner.root.appendingPathComponent("Fixtures/imports/org")
    try FileManager.default.copyItem(
      at: org.appendingPathComponent("roster.csv"), to: folder.appendingPathComponent("roster.csv"))
    var planText = try String(contentsOf: org.appendingPathComponent("plan.json"), encoding: .utf8)
    if let plan {
      planText = planText.replacingOccurrences(of: "\"payout_cap\": 2.0,", with: "\"payout_cap\": 2.0, \(plan),")
    }
    try planText.write(to: folder.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
    return (folder, result)
  }

  static func payouts(_ folder: URL) throws -> [String] {
    let result = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    return (json["engineers"] as! [[String: Any]]).map { $0["payout"] as! String } + [json["total"] as! String]
  }

  static func dora(_ folder: URL, _ definition: String) throws -> [String] {
    let result = try CLIRunner.run(["metrics", folder.path, "--format", "json", "--dora-definitions", definition])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let team = (json["teams"] as! [[String: Any]]).first { $0["team"] as? String == "payments" }!
    #expect((team["dora"] as? [String: Any])?["definition"] as? String == definition)
    let metrics = team["metrics"] as! [String: String]
    return ["deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours"].map {
      metrics[$0] ?? "absent"
    }
  }

  @Test("a DevLake export becomes a dataset: summary, payouts, and DevLake's own DORA numbers")
  func devlake() throws {
    let (folder, result) = try Self.dataset("devlake", Self.devlakeTables)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("deployments.csv: 6 rows\n"))
    #expect(result.stdout.contains("covering 2026-06-30T10:00:00Z to 2026-07-23T09:00:00Z\n"))
    #expect(result.stdout.contains("skipped 6 rows:\n"))
    #expect(result.stdout.contains("cicd_deployment_commits.csv:7: environment STAGING, not PRODUCTION\n"))
    // SPEC definition: deployment_frequency 5 / (31 / 7) = 1.129032 → curve 1 + 0.129032 × 0.5 / 4 = 1.0161;
    // change_failure_rate 1 / 6 under the guard's 0.5; time to restore median(1, 1, 2.5, 12 h) = 1.75 h
    // → 1.5 − 0.75 / 3 × 0.5 = 1.375. Multiplier 0.5 × 1.0161 + 0.5 × 1.375 = 1.19555.
    // ana: 146000 × 10% × 31 / 365 = 1240.00 × 1.19555 = 1482.482 → 1482.48;
    // bob: 1178.00 × 1.19555 = 1408.3579 → 1408.36; total 2890.84.
    #expect(try Self.payouts(folder) == ["1482.48", "1408.36", "2890.84"])
    // DevLake (see DORADefinitionTests for the rules): Monday weeks of July 2, 1, 1, 1, 0 deploy-days → 1;
    // PR cycle minutes 150, 3180, 1620, 360, 3000 → lower median 1620 = 27 h; d1, d4, d7 of 5 have an
    // incident → 0.6; recovery from the deployment 240, 840, 540, 1380 min → lower median 540 = 9 h.
    #expect(try Self.dora(folder, "devlake") == ["1.000000", "27.000000", "0.600000", "9.000000"])
  }

  @Test("a Four Keys export of the same org becomes a dataset with Four Keys' own DORA numbers")
  func fourkeys() throws {
    let (folder, result) = try Self.dataset("fourkeys", Self.fourkeysViews)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("changes.csv: 7 rows\n"))
    // Sunday weeks 2, 1, 1, 1, 0 deploy-days → 1; change minutes 150, 3180, 1620, 120, 360, 3000 (a1: 0, dropped)
    // → (360 + 1620) / 2 = 990 = 16.5 h; 3 of 5 deployments shipped a root cause → 0.6;
    // whole hours 4, 14, 1, 23 → (4 + 14) / 2 = 9.
    #expect(try Self.dora(folder, "fourkeys") == ["1.000000", "16.500000", "0.600000", "9.000000"])
    // SPEC: change_failure_rate 3 / 5 = 0.6 breaks the 0.5 guard → delivery capped at 0.5; time to restore
    // median(1, 4, 14, 23) = 9 h → 1 − 5 / 20 × 0.5 = 0.875. Multiplier 0.25 + 0.4375 = 0.6875.
    // ana 1240 × 0.6875 = 852.50; bob 1178 × 0.6875 = 809.875 → 809.88 (half-even); total 1662.38.
    #expect(try Self.payouts(folder) == ["852.50", "809.88", "1662.38"])
  }

  @Test("the plan's metric_options.dora makes calculate pay on DevLake's numbers")
  func planDefinition() throws {
    let (folder, _) = try Self.dataset("devlake", Self.devlakeTables, plan: #""metric_options": {"dora": "devlake"}"#)
    defer { try? FileManager.default.removeItem(at: folder) }
    // deployment_frequency 1 → 1.0, capped at 0.5 by change_failure_rate 0.6; 9 h → 0.875: multiplier 0.6875,
    // the same payouts as the Four Keys export under SPEC: 852.50, 809.88, 1662.38.
    #expect(try Self.payouts(folder) == ["852.50", "809.88", "1662.38"])
  }

  @Test("a bad export exits 2 naming file, line and column, and writes nothing")
  func badExport() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "incentive-import-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("incidents.jsonl")
    try Data(
      "{\"incident_id\":\"1\",\"time_created\":\"2026-07-01T00:00:00Z\"}\n{\"incident_id\":\"2\",\"time_created\":\"soon\"}\n"
        .utf8
    )
    .write(to: bad)
    let out = folder.appendingPathComponent("out")
    let result = try CLIRunner.run(["import", "fourkeys", bad.path, "--team", "payments", "--output", out.path])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: \(bad.path):2:35: time_created: \"soon\" is not a timestamp (2026-07-03T14:05:00Z, or 2026-07-03 14:05:00 as UTC)\n"
    )
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("an incident resolved before it opened is named at the export's own cell, never at a column 0")
  func resolvedBeforeOpened() throws {
    let folder = try CLIRunner.scratchDirectory("import")
    defer { try? FileManager.default.removeItem(at: folder) }
    // resolved_on is the 9th field of PagerDuty's report; an hour before created_on (the 8th).
    let export = folder.appendingPathComponent("pd.csv")
    try Data(
      ("id,incident_number,description,service_name,team_name,urgency,priority_name,created_on,resolved_on\n"
        + "Q1,3121,Late,settlements,payments,high,P2,2026-07-23T09:00:00Z,2026-07-23T08:00:00Z\n").utf8
    ).write(to: export)
    let out = folder.appendingPathComponent("out")
    let result = try CLIRunner.run(["import", "pagerduty", export.path, "--output", out.path])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: \(export.path):2:9: resolved_at: \"2026-07-23T08:00:00Z\" is not a time on or after opened_at\n")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test("an export given twice imports each deployment once and lists the repeats as skipped")
  func duplicates() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("incentive-import-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = "Fixtures/imports/custom/deploys.csv"
    let result = try CLIRunner.run([
      "import", "custom", export, export, "--map", "Fixtures/imports/custom/mapping.json", "--output", folder.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    // The export holds 3 deployments (1042, 1043, 1044); the second copy adds none.
    #expect(result.stdout.hasPrefix("deployments.csv: 3 rows\n"))
    #expect(result.stdout.contains("skipped 3 rows:\n"))
    #expect(
      result.stdout.contains(
        "\(export):2: deployment_id \"1042\" of team payments was already imported from \(export):2; kept that one"))
    let written = try String(contentsOf: folder.appendingPathComponent("deployments.csv"), encoding: .utf8)
    #expect(written.split(separator: "\n").count == 1 + 3)
  }

  @Test("a DevLake deployment and incident shared by two projects are written once for each team")
  func sharedAcrossProjects() throws {
    let export = try CLIRunner.copyFixture("imports/devlake")
    let out = export.appendingPathComponent("out")
    defer { try? FileManager.default.removeItem(at: export) }
    let mapping = export.appendingPathComponent("project_mapping.csv")
    let extra = "mobile,cicd_scopes,gitlab:GitlabProject:1:101\nmobile,boards,jira:JiraBoard:1:7\n"
    try (String(contentsOf: mapping, encoding: .utf8) + extra).write(to: mapping, atomically: true, encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: export.path).filter { $0.hasSuffix(".csv") }
      .map { export.appendingPathComponent($0).path }
    let result = try CLIRunner.run(["import", "devlake"] + files + ["--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try String(contentsOf: out.appendingPathComponent("deployments.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
    // d1 belongs to GitLab project 101, now mapped to payments and mobile: one row each.
    #expect(rows.contains("gitlab:GitlabDeployment:1:d1,payments"))
    #expect(rows.contains("gitlab:GitlabDeployment:1:d1,mobile"))
    let incidents = try String(contentsOf: out.appendingPathComponent("incidents.csv"), encoding: .utf8)
    #expect(
      incidents.contains("\njira:JiraIssue:1:9001,payments,") && incidents.contains("\njira:JiraIssue:1:9001,mobile,"))
    #expect(!result.stdout.contains("was already imported"))
  }

  @Test("a DevLake issue on two boards keeps every project it belongs to")
  func issueOnTwoBoards() throws {
    let export = try CLIRunner.copyFixture("imports/devlake")
    let out = export.appendingPathComponent("out")
    defer { try? FileManager.default.removeItem(at: export) }
    let boards = export.appendingPathComponent("board_issues.csv")
    // PAY-101 (jira:JiraIssue:1:9001) is on payments' board 7; also put it on an unmapped board 99.
    try (String(contentsOf: boards, encoding: .utf8) + "jira:JiraBoard:1:99,jira:JiraIssue:1:9001\n")
      .write(to: boards, atomically: true, encoding: .utf8)
    let files = try FileManager.default.contentsOfDirectory(atPath: export.path).filter { $0.hasSuffix(".csv") }
      .map { export.appendingPathComponent($0).path }
    let result = try CLIRunner.run(["import", "devlake"] + files + ["--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let incidents = try String(contentsOf: out.appendingPathComponent("incidents.csv"), encoding: .utf8)
    #expect(incidents.contains("\njira:JiraIssue:1:9001,payments,"))
    #expect(!result.stdout.contains("is on no board"))
  }

  @Test("a DevLake deployment shipping two repos links the pull requests of both")
  func deploymentOfTwoRepos() throws {
    let export = try CLIRunner.copyFixture("imports/devlake")
    let out = export.appendingPathComponent("out")
    defer { try? FileManager.default.removeItem(at: export) }
    func append(_ file: String, _ line: String) throws {
      let url = export.appendingPathComponent(file)
      try (String(contentsOf: url, encoding: .utf8) + line + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
    // d1's commit rows name repos 201 and 202 (cicd_deployment_commits.csv lines 2 and 3). Map 202 to
    // payments and merge a PR on it at 09:30, created 06:00, 3 + 1 lines.
    try append("project_mapping.csv", "payments,repos,github:GithubRepo:1:202")
    try append(
      "pull_requests.csv",
      "github:GithubPullRequest:1:799,github:GithubRepo:1:202,github:GithubRepo:1:202,MERGED,Web fix,https://x/1,bob,"
        + "github:GithubAccount:1:bob,47,2026-07-01 06:00:00,2026-07-01 09:30:00,2026-07-01 09:30:00,f00d,3,1")
    let files = try FileManager.default.contentsOfDirectory(atPath: export.path).filter { $0.hasSuffix(".csv") }
      .map { export.appendingPathComponent($0).path }
    let result = try CLIRunner.run(["import", "devlake"] + files + ["--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let changes = try String(contentsOf: out.appendingPathComponent("changes.csv"), encoding: .utf8)
    #expect(changes.contains("\ngithub:GithubPullRequest:1:799,gitlab:GitlabDeployment:1:d1,payments,"))
    // d1 (finished 10:30) held PR 701 (08:00, 12 + 3 = 15 lines); with PR 799 its first commit is
    // 06:00 and it changed 15 + 4 = 19 lines.
    let deployments = try String(contentsOf: out.appendingPathComponent("deployments.csv"), encoding: .utf8)
    #expect(deployments.contains("\ngitlab:GitlabDeployment:1:d1,payments,payments-api,production,2026-07-01T10:30:00Z,success,2026-07-01T06:00:00Z,19,"))
  }

  @Test("DevLake webhook payloads of one deployment merge: a failed try then a success is one success")
  func webhookRetries() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("incentive-import-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let payloads = folder.appendingPathComponent("payloads.jsonl")
    try """
      {"id":"deploy-42","result":"FAILURE","environment":"PRODUCTION","finishedDate":"2026-07-01T10:00:00Z","deploymentCommits":[]}
      {"id":"deploy-42","result":"SUCCESS","environment":"PRODUCTION","finishedDate":"2026-07-01T11:00:00Z","deploymentCommits":[]}
      {"pullRequestKey":7,"id":"pr-7","status":"MERGED","createdDate":"2026-07-01T08:00:00Z","mergedDate":"2026-07-01T10:30:00Z","additions":5,"deletions":1}

      """.write(to: payloads, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("out")
    let result = try CLIRunner.run(["import", "devlake-webhook", payloads.path, "--team", "payments", "--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    // One deployment, successful at 11:00 (its last successful payload); the PR merged at 10:30 ships in it.
    let deployments = try String(contentsOf: out.appendingPathComponent("deployments.csv"), encoding: .utf8)
      .split(separator: "\n")
    #expect(deployments.count == 2)
    #expect(deployments.last == "deploy-42,payments,,production,2026-07-01T11:00:00Z,success,2026-07-01T08:00:00Z,6,,")
  }

  @Test("--identities links DevLake accounts to roster engineers and lists the rest")
  func identities() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "incentive-import-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(
      ["import", "devlake"] + Self.devlakeTables
        + ["--team", "payments", "--identities", "Fixtures/imports/org/identities.csv", "--output", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    let reviews = try String(contentsOf: folder.appendingPathComponent("reviews.csv"), encoding: .utf8)
    // ana (github:GithubAccount:1:ana, by login) reviewed bob's PR 701; bob (by his devlake id) reviewed ana's 703.
    #expect(reviews.contains("\ngithub:GithubPullRequest:1:701,E01,2026-07-01T08:30:00Z,E02,APPROVED,2,1,,\n"))
    #expect(reviews.contains("\ngithub:GithubPullRequest:1:703,E02,2026-07-07T15:00:00Z,E01,CHANGES_REQUESTED,0,0,,\n"))
    #expect(!result.stdout.contains("unlinked identities"))
  }

  @Test("calculate --source devlake DIR imports the export on the fly: the same payouts as import then calculate")
  func calculateSource() throws {
    let folder = try Self.peopleOnly()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(
      ["calculate", folder.path, "--source", "devlake", "Fixtures/imports/devlake", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    // As in the devlake test above: 1482.48 + 1408.36 = 2890.84.
    #expect(json["total"] as? String == "2890.84")
    // Nothing is left in the dataset folder but what was there.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.json", "roster.csv"])
    let bad = try CLIRunner.run(["calculate", folder.path, "--source", "jira", "Fixtures/imports/jira"])
    #expect(bad.status == 2)
    #expect(bad.stderr.hasPrefix("error: --source: \"jira\" is not one of devlake"))
    let half = try CLIRunner.run(["calculate", folder.path, "--source", "devlake"])
    #expect(half.status == 2)
    #expect(half.stderr.hasPrefix("error: --source needs a value (DIR)\n"))
  }

  @Test("usage mistakes exit 2 with a usage line")
  func usage() throws {
    let unknown = try CLIRunner.run(["import", "linearb", "x.csv", "--output", "/tmp/never"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("\"linearb\" is not one of devlake, devlake-webhook, fourkeys"))
    let noOut = try CLIRunner.run(["import", "github", "prs.json"])
    #expect(noOut.status == 2)
    #expect(noOut.stderr.contains("missing required option --output"))
    let badFormat = try CLIRunner.run(["import", "jira", "x.csv", "--output", "/tmp/never", "--date-format", "YYYY"])
    #expect(badFormat.status == 2)
  }
}

extension ImportCommandTests {
  @Test("import into the folder of its own export, where the export is deployments.csv, is refused: exit 2, export kept")
  func outputOverExport() throws {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("incentive-import-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = folder.appendingPathComponent("deployments.csv")
    let original = try String(contentsOfFile: "Fixtures/imports/custom/deploys.csv", encoding: .utf8)
    try original.write(to: export, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run([
      "import", "custom", export.path, "--map", "Fixtures/imports/custom/mapping.json", "--output", folder.path,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to write the output over an export file"), "\(result.stderr)")
    #expect(try String(contentsOf: export, encoding: .utf8) == original)
  }
}

extension ImportCommandTests {
  @Test("calculate --source DIR --output onto one of the export files is refused: exit 2, the export kept")
  func sourceOutputOverExport() throws {
    let folder = try Self.peopleOnly()
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = try CLIRunner.copyFixture("imports/devlake")
    defer { try? FileManager.default.removeItem(at: export) }
    let target = export.appendingPathComponent("issues.csv")
    let original = try Data(contentsOf: target)
    let result = try CLIRunner.run(
      ["calculate", folder.path, "--source", "devlake", export.path, "--format", "csv", "--output", target.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("over an export file"), "\(result.stderr)")
    #expect(try Data(contentsOf: target) == original)
  }
}

extension ImportCommandTests {
  /// A scratch dataset folder with only the org's roster and plan: the events come from `--source`.
  static func peopleOnly() throws -> URL {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "incentive-people-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let org = CLIRunner.root.appendingPathComponent("Fixtures/imports/org")
    for name in ["roster.csv", "plan.json"] {
      try FileManager.default.copyItem(at: org.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }
}
