import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// The worked example of docs/dora.md: one team, 2026-07-01..14 (Wednesday to Tuesday), on
/// which the SPEC, DevLake and Four Keys definitions give different numbers.
@Suite("DORA metrics by SPEC, DevLake and Four Keys definitions")
struct DORADefinitionTests {
  static let files: [String: String] = [
    "roster.csv": """
    engineer_id,team,role,start_date,base_salary,target_bonus_pct
    a1,alpha,ic,2020-01-01,100000,10
    """,
    "deployments.csv": """
    deployment_id,team,environment,finished_at,status,first_commit_at
    d1,alpha,production,2026-07-01T10:00:00Z,success,2026-06-30T22:00:00Z
    d2,alpha,production,2026-07-02T09:00:00Z,failed,
    d3,alpha,production,2026-07-03T12:00:00Z,success,2026-07-03T06:00:00Z
    d4,alpha,production,2026-07-08T15:00:00Z,success,2026-07-06T15:00:00Z
    d5,alpha,production,2026-07-09T08:00:00Z,success,2026-07-09T07:30:00Z
    d6,alpha,production,2026-07-09T18:00:00Z,success,
    """,
    "incidents.csv": """
    incident_id,team,opened_at,resolved_at,caused_by_deployment
    i1,alpha,2026-07-03T14:00:00Z,2026-07-03T16:30:00Z,d3
    i2,alpha,2026-07-09T09:00:00Z,2026-07-09T09:45:00Z,d5
    i3,alpha,2026-07-10T12:00:00Z,2026-07-10T20:00:00Z,
    """,
  ]

  static func metrics(
    _ definition: DORADefinition, report: String = "2023", files: [String: String] = files,
    period: String = "2026-07-01..2026-07-14"
  ) throws -> (MetricSet, DORAAssessment?) {
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var options = MetricOptions()
    options.doraDefinition = definition
    let result = try MetricsCalculator(
      roster: roster, period: Period(parsing: period)!, options: options, benchmark: DORABenchmark(report: report)!
    ).compute(dataset)
    return (result.team("alpha"), result.dora["alpha"])
  }

  static func values(_ set: MetricSet) -> [String] {
    DORABenchmark.metrics.map { set[$0]?.formatted(decimals: 6) ?? "absent" }
  }

  @Test("SPEC: rates over all deployments, exact medians")
  func spec() throws {
    let (set, _) = try Self.metrics(.spec)
    // deployment_frequency: 5 successes / (14 days / 7) = 2.5.
    // lead_time: 12, 6, 48, 0.5 h → (6 + 12) / 2 = 9.
    // change_failure_rate: d2 failed, d3 and d5 named by incidents: 3 / 6 = 0.5.
    // time_to_restore: 2.5, 0.75, 8 h → 2.5.
    #expect(Self.values(set) == ["2.500000", "9.000000", "0.500000", "2.500000"])
  }

  @Test("DevLake: temporal attribution, deploy-days per Monday week, lower medians, recovery from the deployment")
  func devlake() throws {
    let (set, dora) = try Self.metrics(.devlake)
    // deployment_frequency: Monday weeks Jul 1–5 (days 1, 3), Jul 6–12 (8, 9), Jul 13–14 (none):
    //   2, 2, 0 → lower median 2 deploy-days a week.
    // lead_time: ceil minutes 720, 360, 2880, 30 → sorted index (4 − 1) / 2 = 1 → 360 min = 6 h.
    // change_failure_rate: i1 → d3 (latest success before 14:00), i2 → d5 (08:00 before 09:00),
    //   i3 → d6 (07-09 18:00); 3 of 5 successful deployments = 0.6 (d2's failure is not counted).
    // recovery (2023, failed deployment recovery): i1 16:30 − d3 12:00 = 270 min, i2 09:45 − d5 08:00 = 105,
    //   i3 07-10 20:00 − d6 07-09 18:00 = 1560 → sorted 105, 270, 1560 → 270 min = 4.5 h.
    #expect(Self.values(set) == ["2.000000", "6.000000", "0.600000", "4.500000"])
    // 2 deploy-days a week ≥ 1 → high; 6 h < 24 h → elite; 0.6 > 15% → low; 4.5 h < 24 h → high.
    #expect(
      dora?.levels == [
        "deployment_frequency": .high, "lead_time_hours": .elite, "change_failure_rate": .low,
        "time_to_restore_hours": .high,
      ])
  }

  @Test("DevLake with the 2021 report: time to restore from incident creation, 2021 frequency rule")
  func devlake2021() throws {
    let (set, dora) = try Self.metrics(.devlake, report: "2021")
    // time to restore: 150, 45, 480 min → lower median 150 min = 2.5 h.
    #expect(set["time_to_restore_hours"]?.formatted(decimals: 6) == "2.500000")
    // 2 deploy-days a week < 5; July has 4 deploy-days, a monthly median ≥ 1 → high.
    #expect(dora?.levels["deployment_frequency"] == .high)
  }

  @Test("Four Keys: Sunday weeks, interpolated medians, root-cause links, incident start at the culprit deploy")
  func fourkeys() throws {
    let (set, dora) = try Self.metrics(.fourkeys)
    // deployment_frequency: Sunday weeks Jun 28–Jul 4 (1, 3), Jul 5–11 (8, 9), Jul 12–14: 2, 2, 0 → median 2.
    // lead_time: minutes 720, 360, 2880, 30 → (360 + 720) / 2 = 540 min = 9 h.
    // change_failure_rate: d3 and d5 shipped a root cause: 2 of 5 = 0.4.
    // time to restore, whole hours from min(incident, culprit deploy): i1 from 12:00 to 16:30 → 4;
    //   i2 from 08:00 to 09:45 → 1; i3 (no culprit) 12:00 to 20:00 → 8 → median 4.
    #expect(Self.values(set) == ["2.000000", "9.000000", "0.400000", "4.000000"])
    // Weekly (most weeks deploy) → high; 540 min < one day → elite; 16-45% → medium; 4 h < 24 → elite.
    #expect(
      dora?.levels == [
        "deployment_frequency": .high, "lead_time_hours": .elite, "change_failure_rate": .medium,
        "time_to_restore_hours": .elite,
      ])
  }

  @Test("Four Keys: Daily when the median week has 3 deploy-days; per-change lead times drop 0-minute merges")
  func fourkeysChanges() throws {
    var files = Self.files
    files["deployments.csv"] = """
      deployment_id,team,finished_at,status
      d1,alpha,2026-07-05T10:00:00Z,success
      d2,alpha,2026-07-06T10:00:00Z,success
      d3,alpha,2026-07-07T10:00:00Z,success
      """
    files["changes.csv"] = """
      change_id,deployment_id,committed_at
      c1,d1,2026-07-05T10:00:00Z
      c2,d1,2026-07-05T09:00:30Z
      c3,d2,2026-07-06T07:00:00Z
      """
    files["incidents.csv"] = nil
    let (set, dora) = try Self.metrics(.fourkeys, files: files, period: "2026-07-05..2026-07-11")
    // One Sunday week (Jul 5–11) with 3 deploy-days: Daily → elite.
    #expect(set["deployment_frequency"]?.formatted(decimals: 6) == "3.000000")
    #expect(dora?.levels["deployment_frequency"] == .elite)
    // c1: 0 min (dropped); c2: 59.5 min → 59 whole minutes; c3: 180 → (59 + 180) / 2 = 119.5 min = 1.991667 h.
    #expect(set["lead_time_hours"]?.formatted(decimals: 6) == "1.991667")
  }

  /// Two teams' deployments sharing the id `d1`, and a changes file of `changes` (change_id, deployment_id, team,
  /// committed_at).
  static func sharedDeployment(changes: [String]) -> [String: String] {
    var files = Self.files
    files["deployments.csv"] = """
      deployment_id,team,finished_at,status
      d1,alpha,2026-07-05T10:00:00Z,success
      d1,beta,2026-07-06T10:00:00Z,success
      """
    files["changes.csv"] = (["change_id,deployment_id,team,committed_at"] + changes).joined(separator: "\n") + "\n"
    files["incidents.csv"] = nil
    return files
  }

  @Test("a change without a team, shipped by a deployment id two teams list, is an error naming its line")
  func sharedDeploymentWithoutTeam() throws {
    let files = Self.sharedDeployment(changes: ["c1,d1,alpha,2026-07-05T08:00:00Z", "c2,d1,,2026-07-05T09:00:00Z"])
    // Which team c2's lead time counts for would otherwise follow the order of a hash table, from run to run.
    do {
      _ = try Self.metrics(.fourkeys, files: files, period: "2026-07-05..2026-07-11")
      Issue.record("expected an error for c2")
    } catch let error as InputError {
      guard case .inconsistent(let file, let line, let reason) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file.hasSuffix("/changes.csv"))
      #expect(line == 3)
      #expect(
        reason
          == "change c2 has no team, and its deployment d1 is listed by more than one team (alpha, beta); "
          + "write the change's team")
    }
  }

  @Test("a change that names its team counts for that team, whichever teams share its deployment id")
  func sharedDeploymentWithTeam() throws {
    let files = Self.sharedDeployment(changes: ["c1,d1,alpha,2026-07-05T08:00:00Z"])
    let (set, _) = try Self.metrics(.fourkeys, files: files, period: "2026-07-05..2026-07-11")
    // c1 shipped by alpha's d1 at 10:00, committed 08:00: 120 minutes = 2 hours.
    #expect(set["lead_time_hours"]?.formatted(decimals: 6) == "2.000000")
  }

  @Test("a change written under a team alias counts for the roster team, as its deployment does")
  func changeUnderTeamAlias() throws {
    var files = Self.sharedDeployment(changes: ["c1,d1,alpha-old,2026-07-05T08:00:00Z"])
    files["deployments.csv"] = """
      deployment_id,team,finished_at,status
      d1,alpha-old,2026-07-05T10:00:00Z,success
      """
    let folder = try TemporaryDataset(files)
    let dataset = try Dataset(directory: folder.path)
    let roster = try Roster(engineers: try dataset.load(Engineer.self), assignments: [])
    var options = MetricOptions()
    options.doraDefinition = .fourkeys
    var calculator = MetricsCalculator(
      roster: roster, period: Period(parsing: "2026-07-05..2026-07-11")!, options: options,
      benchmark: DORABenchmark(report: "2023")!)
    calculator.aliases = try RosterAliases(
      teamAliases: ["alpha-old": "alpha"], planFile: "plan.json", identities: [], identitiesFile: "identities.csv",
      roster: roster)
    let result = try calculator.compute(dataset)
    // d1 at 10:00 and c1 committed at 08:00, both under the alias: alpha's lead time is 2 hours, and no team is
    // made of the alias.
    #expect(result.team("alpha")["lead_time_hours"]?.formatted(decimals: 6) == "2.000000")
    #expect(result.teams["alpha-old"] == nil)
  }

  @Test("the plan's metric_options.dora selects the definition, and an unknown one is refused")
  func planOption() throws {
    let plan = """
      {"name": "p", "version": "1", "rationale": "r", "period": "2026-Q3", "currency": "USD",
       "metric_options": {"dora": "fourkeys"},
       "tracks": {"ic": {"components": [{"id": "c", "metric": "deployment_frequency", "scope": "team", "weight": 1,
         "curve": [[0, 0], [1, 1]]}]}}}
      """
    #expect(try PlanDecoder.decode(Array(plan.utf8), file: "plan.json").metricOptions.doraDefinition == .fourkeys)
    let bad = plan.replacingOccurrences(of: "\"fourkeys\"", with: "\"linearb\"")
    #expect(throws: PlanError.self) { try PlanDecoder.decode(Array(bad.utf8), file: "plan.json") }
  }
}
