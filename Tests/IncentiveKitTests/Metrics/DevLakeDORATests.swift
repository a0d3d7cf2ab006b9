import Testing

@testable import IncentiveKit

/// The `devlake` definition on what a DevLake import writes beyond SPEC's columns: the incident's
/// attributed deployment, the change's deployment time and DevLake's own lead time. One team,
/// 2026-07-01..14; every value worked out by hand in the comments.
@Suite("DevLake definition: DevLake's own relations and figures")
struct DevLakeDORATests {
  static let deployments = """
    deployment_id,team,environment,finished_at,status
    d0,alpha,production,2026-06-28T10:00:00Z,success
    d1,alpha,production,2026-07-02T10:00:00Z,success
    d2,alpha,production,2026-07-08T10:00:00Z,success
    """

  static func metrics(incidents: String?, changes: String? = nil) throws -> MetricSet {
    var files = DORADefinitionTests.files
    files["deployments.csv"] = deployments
    files["incidents.csv"] = incidents
    files["changes.csv"] = changes
    return try DORADefinitionTests.metrics(.devlake, files: files).0
  }

  @Test("an incident's attributed_deployment is its deployment, even one finished after it opened")
  func attributed() throws {
    // i1 opened 07-02 09:00, before d1 finished (10:00): DevLake related it to d1 all the same (a deployment still
    // running). By time alone it would go to d0. i2 names nothing: the latest success before 07-09 is d2.
    let set = try Self.metrics(
      incidents: """
        incident_id,team,opened_at,resolved_at,attributed_deployment
        i1,alpha,2026-07-02T09:00:00Z,2026-07-02T09:50:00Z,d1
        i2,alpha,2026-07-09T12:00:00Z,2026-07-09T13:00:00Z,
        """)
    // d1 and d2 of d1, d2 have an incident: 1.0.
    #expect(set["change_failure_rate"]?.formatted(decimals: 6) == "1.000000")
    // Recovery from the deployment: i1 09:50 − d1 10:00 = −10 min; i2 13:00 − d2 07-08 10:00 = 1620 min.
    // Lower median of −10, 1620: −10 min = −0.166667 h, as DevLake's TIMESTAMPDIFF gives it.
    #expect(set["time_to_restore_hours"]?.formatted(decimals: 6) == "-0.166667")
  }

  @Test("recovery counts only incidents whose deployment finished in the period, as the dashboard joins them")
  func recoveryNeedsDeploymentInPeriod() throws {
    // i1 belongs to d0 (06-28, before the period): left out; i2 to d1: 07-03 10:00 − 07-02 10:00 = 1440 min = 24 h.
    let set = try Self.metrics(
      incidents: """
        incident_id,team,opened_at,resolved_at
        i1,alpha,2026-07-01T09:00:00Z,2026-07-01T12:00:00Z
        i2,alpha,2026-07-02T11:00:00Z,2026-07-03T10:00:00Z
        """)
    #expect(set["time_to_restore_hours"]?.formatted(decimals: 6) == "24.000000")
  }

  @Test("no incident in the whole dataset: no change failure rate (the dashboard's N/A), not zero")
  func noIncidents() throws {
    let set = try Self.metrics(incidents: nil)
    #expect(set["change_failure_rate"] == nil)
    #expect(set["time_to_restore_hours"] == nil)
    #expect(set["deployment_frequency"] != nil)
  }

  @Test("a change's own lead time and deployment time decide, as project_pr_metrics and its row's finish do")
  func changeFigures() throws {
    // c1: shipped by d1's row at 07-01 23:00 (in the period), DevLake's cycle time 500 min.
    // c2: shipped by d2's row at 07-15 00:30, after the period, though d2 finished inside it: left out.
    // c3: no figures of its own: d2 finish 07-08 10:00 − committed 07-08 08:00:30 = 119.5 min → 120 (rounded up).
    let set = try Self.metrics(
      incidents: nil,
      changes: """
        change_id,deployment_id,team,committed_at,deployed_at,lead_time_minutes
        c1,d1,alpha,2026-06-30T10:00:00Z,2026-07-01T23:00:00Z,500
        c2,d2,alpha,2026-07-07T10:00:00Z,2026-07-15T00:30:00Z,90
        c3,d2,alpha,2026-07-08T08:00:30Z,,
        """)
    // Lower median of 120 and 500: 120 min = 2 h.
    #expect(set["lead_time_hours"]?.formatted(decimals: 6) == "2.000000")
  }
}
