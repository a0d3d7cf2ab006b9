import Foundation
import Testing

/// Where the upstream tools' data sits beside the project, when it does.
enum PeerData {
  static let dora = CLIRunner.root.appendingPathComponent("../shared/peer-data/devlake/backend/plugins/dora/e2e")
    .standardizedFileURL
  static var isPresent: Bool { FileManager.default.fileExists(atPath: dora.path) }
}

/// DevLake's own e2e data (`../shared/peer-data`, outside this repository; see its README) through
/// `import devlake` and `metrics --dora-definitions devlake`, against DevLake's expected tables read
/// as they are and its dashboard's numbers worked out by hand. Skipped where the data is absent
/// (CI's clean checkout); `Benchmarks/reconcile-peer-data.py` runs the full comparison.
@Suite("DevLake's own data", .enabled(if: PeerData.isPresent))
struct PeerDataTests {
  static let dora = PeerData.dora

  /// Rows of one of DevLake's plain e2e CSV files (no quoted fields), by header.
  static func table(_ path: String) throws -> [[String: String]] {
    let lines = try String(contentsOf: dora.appendingPathComponent(path), encoding: .utf8)
      .split(whereSeparator: \.isNewline).map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
  }

  /// A dataset imported from copies of DevLake's files (name in the dump → path under dora/e2e), with a roster and plan.
  static func dataset(_ files: [String: String]) throws -> URL {
    let export = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("peer-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
    for (name, path) in files {
      try FileManager.default.copyItem(at: dora.appendingPathComponent(path), to: export.appendingPathComponent(name))
    }
    let out = export.appendingPathComponent("dataset")
    let result = try CLIRunner.run(["import", "devlake", export.path, "--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let org = CLIRunner.root.appendingPathComponent("Fixtures/imports/org")
    for name in ["roster.csv", "plan.json"] {
      try FileManager.default.copyItem(at: org.appendingPathComponent(name), to: out.appendingPathComponent(name))
    }
    return out
  }

  static func canonical(_ dataset: URL, _ file: String) throws -> [[String: String]] {
    let text = try String(contentsOf: dataset.appendingPathComponent(file + ".csv"), encoding: .utf8)
    let lines = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
  }

  static func devlake(_ dataset: URL, period: String) throws -> [String] {
    let result = try CLIRunner.run([
      "metrics", dataset.path, "--period", period, "--dora-definitions", "devlake", "--format", "json",
    ])
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let team = (json["teams"] as! [[String: Any]]).first { $0["team"] as? String == "project1" }!
    let metrics = team["metrics"] as! [String: String]
    return ["deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours"].map {
      metrics[$0] ?? "absent"
    }
  }

  @Test("change_lead_time: DevLake's PR → deployment links and cycle times, and the dashboard's April 2023")
  func changeLeadTime() throws {
    let names = [
      "cicd_deployment_commits", "commits_diffs", "project_mapping", "pull_request_comments", "pull_request_commits",
      "pull_requests",
    ]
    let dataset = try Self.dataset(
      Dictionary(uniqueKeysWithValues: names.map { ($0 + ".csv", "change_lead_time/\($0).csv") }))
    defer { try? FileManager.default.removeItem(at: dataset.deletingLastPathComponent()) }
    let rows = Dictionary(
      uniqueKeysWithValues: try Self.table("change_lead_time/cicd_deployment_commits.csv").map { ($0["id"]!, $0) })
    let changes = Dictionary(
      uniqueKeysWithValues: try Self.canonical(dataset, "changes").map { ($0["change_id"]!, $0) })
    let expected = try Self.table("change_lead_time/project_pr_metrics.csv")
    #expect(expected.count == 6)
    for metric in expected {
      let row = rows[metric["deployment_commit_id"]!]
      #expect(changes[metric["id"]!]?["deployment_id"] == (row?["cicd_deployment_id"] ?? ""), "\(metric["id"]!)")
      if row != nil { #expect(changes[metric["id"]!]?["lead_time_minutes"] == metric["pr_cycle_time"]) }
    }
    // April 2023: Monday weeks 0, 0, 2, 0, 0 deploy-days → 0; cycle times 1598, 4478, 10203 → 4478 min;
    // no incidents: N/A.
    #expect(
      try Self.devlake(dataset, period: "2023-04-01..2023-04-30") == ["0.000000", "74.633333", "absent", "absent"])
  }

  @Test("connect_incident_to_deployment: DevLake's relationships from its 1.x incidents table, and 40% failing")
  func connectIncidents() throws {
    let dataset = try Self.dataset([
      "cicd_deployment_commits.csv":
        "connect_incident_to_deployment/prev_success_deployment_commit/cicd_deployment_commits_after.csv",
      "incidents.csv": "connect_incident_to_deployment/raw_tables/incidents.csv",
      "project_mapping.csv": "connect_incident_to_deployment/raw_tables/project_mapping.csv",
    ])
    defer { try? FileManager.default.removeItem(at: dataset.deletingLastPathComponent()) }
    let ours = try Self.canonical(dataset, "incidents").filter { $0["team"] == "project1" }
      .map { [$0["incident_id"]!, $0["attributed_deployment"]!] }
    let expected = try Self.table(
      "connect_incident_to_deployment/snapshot_tables/project_incident_deployment_relationships.csv"
    )
    .map { [$0["id"]!, $0["deployment_id"]!] }
    #expect(ours.sorted { $0[0] < $1[0] } == expected.sorted { $0[0] < $1[0] })
    // Sep–Nov 2022: pipeline2 and pipeline7 of project1's five deployments have an incident.
    #expect(try Self.devlake(dataset, period: "2022-09-01..2022-11-30")[2] == "0.400000")
  }
}
