import Foundation
import Testing

/// A whole DevLake database dump (Fixtures/imports/devlake-dump, September 2026) through `import`,
/// `metrics` and `calculate --source`; the numbers are worked out in that folder's README.
@Suite("DevLake dump, end to end")
struct DevLakeDumpCommandTests {
  static let dump = "Fixtures/imports/devlake-dump/"

  /// The recipes of docs/importers.md, each with the fixture folder shaped as its client writes.
  static let recipes: [(folder: String, recipe: String)] = [
    ("mysql-batch", #"mysql -h devlake-db -u merico -p lake --batch -e "SELECT * FROM \`$t\`" > "$t.tsv""#),
    (
      "mysql-outfile",
      #"mysql -h devlake-db -u merico -p lake -e "SELECT * FROM \`$t\` INTO OUTFILE '/var/lib/mysql-files/$t.body'""#
    ),
    ("mysql-outfile-csv", #"FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"'"#),
    ("psql", #"psql "$DEVLAKE_DB_URL" -c "\copy $t TO '$t.csv' WITH (FORMAT csv, HEADER)""#),
  ]

  static func scratch() -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("incentive-dump-" + UUID().uuidString)
  }

  /// Imports a shape folder into a fresh dataset with a checkout roster and a September plan.
  static func dataset(_ shape: String, report: String = "2023", dora: String? = nil) throws -> (URL, CLIResult) {
    let folder = scratch()
    let result = try CLIRunner.run(["import", "devlake", dump + shape, "--output", folder.path])
    try writeOrg(into: folder, report: report, dora: dora)
    return (folder, result)
  }

  static func writeOrg(into folder: URL, report: String = "2023", dora: String? = nil) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try """
    engineer_id,name,team,role,start_date,base_salary,target_bonus_pct,currency
    E01,Ana Lima,checkout,ic,2024-01-08,146000,10,USD
    E02,Bea Costa,checkout,ic,2023-05-02,138700,10,USD

    """.write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    var plan = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/imports/org/plan.json"), encoding: .utf8)
    plan = plan.replacingOccurrences(
      of: #""period": {"from": "2026-07-01", "to": "2026-07-31"},"#,
      with: #""period": {"from": "2026-09-01", "to": "2026-09-30"}, "dora_report": "\#(report)","#
        + (dora.map { #" "metric_options": {"dora": "\#($0)"},"# } ?? ""))
    try plan.write(to: folder.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
  }

  static func dora(_ folder: URL, team: String, definition: String = "devlake") throws -> [String] {
    let result = try CLIRunner.run(["metrics", folder.path, "--format", "json", "--dora-definitions", definition])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let found = (json["teams"] as! [[String: Any]]).first { $0["team"] as? String == team }!
    let metrics = found["metrics"] as! [String: String]
    return ["deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours"].map {
      metrics[$0] ?? "absent"
    }
  }

  @Test("import reads a whole dump folder, lists the ignored tables and says which DevLake sources it used")
  func importFolder() throws {
    let (folder, result) = try Self.dataset("csv")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("changes.csv: 5 rows\ndeployments.csv: 6 rows\nincidents.csv: 5 rows\n"))
    #expect(
      result.stdout.contains(
        "ignored 4 files (tables this import does not read): \(Self.dump)csv/_devlake_pipelines.csv, "
          + "\(Self.dump)csv/cicd_scopes.csv, \(Self.dump)csv/commits.csv, \(Self.dump)csv/repos.csv\n"))
    #expect(result.stdout.contains("lead time: PR cycle time as DevLake computes it, each merge commit linked"))
    #expect(result.stdout.contains("incidents: related to deployments as DevLake does"))
  }

  @Test("metrics --dora-definitions devlake gives DevLake's dashboard numbers for each project")
  func devlakeNumbers() throws {
    let (folder, _) = try Self.dataset("csv")
    defer { try? FileManager.default.removeItem(at: folder) }
    // checkout: 1 deploy-day a week; lower median cycle time 3020 min; 701 and 705 of 3 have incidents;
    // recovery lower median of −10, 2955, 9050 min = 2955 min.
    #expect(try Self.dora(folder, team: "checkout") == ["1.000000", "50.333333", "0.666667", "49.250000"])
    // search: 0 deploy-days in the median week, no pull request deployed, 707 has 602, 1080 min.
    #expect(try Self.dora(folder, team: "search") == ["0.000000", "absent", "1.000000", "18.000000"])
    // SPEC: the failed 702 of four deployments; DevLake's relations are not failures there.
    #expect(try Self.dora(folder, team: "checkout", definition: "spec")[2] == "0.250000")
  }

  @Test("with the 2021 report, time to restore is resolution − creation over incidents resolved in the period")
  func report2021() throws {
    let (folder, _) = try Self.dataset("csv", report: "2021")
    defer { try? FileManager.default.removeItem(at: folder) }
    // 2880, 30, 150, 1440 min → lower median 150 min = 2.5 h.
    #expect(try Self.dora(folder, team: "checkout")[3] == "2.500000")
  }

  @Test("calculate --source devlake DIR pays on a mysql --batch dump as on the clean CSV")
  func calculateFromBatchDump() throws {
    let folder = Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.writeOrg(into: folder, dora: "devlake")
    var totals: [String] = []
    for shape in ["csv", "mysql-batch"] {
      let result = try CLIRunner.run([
        "calculate", folder.path, "--source", "devlake", Self.dump + shape, "--format", "json",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      // Standard error says where the lead times came from.
      #expect(result.stderr.hasPrefix("lead time: PR cycle time as DevLake computes it, each merge commit linked"))
      let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
      totals.append(json["total"] as! String)
    }
    // delivery: 1 deploy-day a week → 1.0, capped at 0.5 by the 0.666667 failure rate; recovery 49.25 h →
    // 0.5 − 25.25 / 48 × 0.5 = 0.236979 → 0.2370. Multiplier 0.25 + 0.1185 = 0.3685. Targets for 30 days:
    // 14600 × 30 / 365 = 1200.00 and 13870 × 30 / 365 = 1140.00 → 442.20 + 420.09 = 862.29.
    #expect(totals == ["862.29", "862.29"])
  }

  @Test("docs/importers.md gives the recipe of every export shape the tests read", arguments: recipes)
  func recipesAreDocumented(folder: String, recipe: String) throws {
    let docs = try String(contentsOf: CLIRunner.root.appendingPathComponent("docs/importers.md"), encoding: .utf8)
    #expect(docs.contains(recipe), "docs/importers.md lacks: \(recipe)")
    let readme = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.dump + "README.md"), encoding: .utf8)
    #expect(readme.contains("`\(folder)/`"))
    // And the folder imports, exit 0.
    let out = Self.scratch()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLIRunner.run(["import", "devlake", Self.dump + folder, "--output", out.path])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test("mysql --batch piped through tr '\\t' ',' exits 2, names file, line and column, and writes nothing")
  func mangledExport() throws {
    let out = Self.scratch()
    let result = try CLIRunner.run([
      "import", "devlake", Self.dump + "mysql-batch-tr", "--team", "checkout", "--output", out.path,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: \(Self.dump)mysql-batch-tr/pull_requests.csv:2:6: "))
    #expect(result.stderr.contains("tr '\\t' ','"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
