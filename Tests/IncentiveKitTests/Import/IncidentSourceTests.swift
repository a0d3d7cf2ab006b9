import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

@Suite("PagerDuty, Opsgenie and Jira incident import")
struct IncidentSourceTests {
  @Test("PagerDuty REST: resolved_at, else last_status_change_at; open incidents stay unresolved")
  func pagerDutyJSON() throws {
    let files = try ImportFixtures.files("pagerduty", ["incidents.json"])
    // Q3PD9 lists no team: without --team that is an error at its object.
    let error = ImportFixtures.error { try PagerDutyImporter.read(files, options: ImportOptions()) }
    #expect(
      error?.description.hasSuffix("incidents.json:13: no team for this row: pass --team TEAM (this export names none)")
        == true)
    let result = try PagerDutyImporter.read(files, options: ImportOptions(team: "payments"))
    let rows = try ImportFixtures.rows(result, "incidents")
    #expect(rows.map { $0["incident_id"]! } == ["Q1PD7", "Q2PD8", "Q3PD9"])
    #expect(rows.map { $0["resolved_at"] } == ["2026-07-23T10:00:00Z", "2026-07-25T00:40:00Z", nil])
    // Priority P2, else urgency.
    #expect(rows.map { $0["severity"]! } == ["P2", "high", "low"])
    #expect(rows[0]["service"] == "settlements")
    #expect(rows[0]["team"] == "payments")
  }

  @Test("PagerDuty report CSV by alias; a missing resolve time comes from seconds_to_resolve")
  func pagerDutyCSV() throws {
    let rows = try ImportFixtures.rows(
      try PagerDutyImporter.read(try ImportFixtures.files("pagerduty", ["incidents.csv"]), options: ImportOptions()),
      "incidents")
    // Q2PD8: 22:10 + 9000 s (2 h 30 min) = 00:40 next day.
    #expect(rows.map { $0["resolved_at"]! } == ["2026-07-23T10:00:00Z", "2026-07-25T00:40:00Z"])
    let renamed = ImportFixtures.inline(
      "pd.csv", "Incident Number,Created,Resolved,Team\n3121,2026-07-23T09:00:00Z,,ops\n")
    let aliased = try ImportFixtures.rows(try PagerDutyImporter.read([renamed], options: ImportOptions()), "incidents")
    #expect(aliased == [["incident_id": "3121", "team": "ops", "opened_at": "2026-07-23T09:00:00Z"]])
    let missing = ImportFixtures.error {
      try PagerDutyImporter.read([ImportFixtures.inline("pd.csv", "id,urgency\nQ1,high\n")], options: ImportOptions())
    }
    #expect(
      missing == .missingColumn(file: "pd.csv", column: "created_on / created_at / created / created at / opened"))
  }

  @Test("Opsgenie: a closed alert closes report.closeTime ms after creation; team from ownerTeam or responders")
  func opsgenie() throws {
    let rows = try ImportFixtures.rows(
      try OpsgenieImporter.read(try ImportFixtures.files("opsgenie", ["alerts.json"]), options: ImportOptions()),
      "incidents")
    // 08:00 + 5,400,000 ms (90 min) = 09:30.
    #expect(rows.map { $0["resolved_at"] } == ["2026-07-10T09:30:00Z", nil])
    #expect(rows.map { $0["team"]! } == ["payments", "platform"])
    #expect(rows.map { $0["incident_id"]! } == ["1791", "1792"])
  }

  @Test("Opsgenie CSV: headers by alias; a closed alert closes at UpdatedAt")
  func opsgenieCSV() throws {
    let csv =
      "TinyId,Message,Status,Priority,CreatedAt,UpdatedAt,Teams\n1791,5xx on checkout,closed,P1,2026-07-10T08:00:00Z,2026-07-10T09:31:00Z,payments\n1792,Queue depth,open,P3,2026-07-11T02:00:00Z,2026-07-11T02:00:00Z,\"platform, sre\"\n"
    let rows = try ImportFixtures.rows(
      try OpsgenieImporter.read([ImportFixtures.inline("alerts.csv", csv)], options: ImportOptions()), "incidents")
    #expect(rows.map { $0["resolved_at"] } == ["2026-07-10T09:31:00Z", nil])
    // The first of several teams.
    #expect(rows.map { $0["team"]! } == ["payments", "platform"])
    #expect(rows.map { $0["severity"]! } == ["P1", "P3"])
  }

  @Test("Jira: repeated Labels and Component/s headers, locale dates, user-chosen incident types")
  func jira() throws {
    var options = ImportOptions()
    options.incidentTypes = ["incident", "bug+outage"]
    let result = try JiraImporter.read(try ImportFixtures.files("jira", ["issues.csv"]), options: options)
    let rows = try ImportFixtures.rows(result, "incidents")
    // PAY-106 is a Bug whose first Labels column says "outage"; PAY-104 a Bug without it.
    #expect(rows.map { $0["incident_id"]! } == ["PAY-102", "PAY-106", "PAY-105"])
    // "14/Jul/26 3:42 PM" → 15:42; "14/Jul/26 5:12 PM" → 17:12.
    #expect(rows[1]["opened_at"] == "2026-07-14T15:42:00Z")
    #expect(rows[1]["resolved_at"] == "2026-07-14T17:12:00Z")
    // "08/Jul/26 2:00 PM" → 14:00; "09/Jul/26 2:00 AM" → 02:00.
    #expect(rows[0]["opened_at"] == "2026-07-08T14:00:00Z")
    #expect(rows[0]["resolved_at"] == "2026-07-09T02:00:00Z")
    #expect(rows[0]["service"] == "checkout")
    #expect(rows[0]["team"] == "PAY")
    #expect(result.skipped.map(\.origin.line) == [3])
  }

  @Test("Jira: --date-format reads other layouts; a date in the wrong one names file, line and column")
  func jiraDateFormat() throws {
    let file = try ImportFixtures.files("jira", ["issues-us-dates.csv"])
    var options = ImportOptions(team: "payments")
    options.timestamps = TimestampReader(format: DateFormat("M/d/yyyy HH:mm"))
    let rows = try ImportFixtures.rows(try JiraImporter.read(file, options: options), "incidents")
    #expect(rows[0]["opened_at"] == "2026-07-21T16:14:00Z")
    #expect(rows[0]["resolved_at"] == "2026-07-21T18:44:00Z")
    let error = ImportFixtures.error { try JiraImporter.read(file, options: ImportOptions(team: "payments")) }
    #expect(
      error?.description.hasSuffix(
        "issues-us-dates.csv:2:3: created: \"7/21/2026 16:14\" is not a time in the format dd/MMM/yy h:mm a (--date-format)"
      ) == true)
  }

  @Test("Opsgenie: a closeTime past 100 years of milliseconds is an error at its position, not a trap")
  func hugeCloseTime() {
    // Int64.max milliseconds added to the creation time passed Int64.
    let error = ImportFixtures.error {
      try OpsgenieImporter.read(
        [
          ImportFixtures.inline(
            "alerts.json",
            #"{"data": [{"createdAt": "2026-07-01T00:00:00Z", "status": "closed", "ownerTeam": {"name": "payments"}, "#
              + #""report": {"closeTime": 9223372036854775807}}]}"#)
        ], options: ImportOptions())
    }
    #expect(
      error
        == .invalidValue(
          file: "alerts.json", line: 1, column: 128, header: "report.closeTime", text: "9223372036854775807",
          expected: "a whole number from 0 to 3155760000000"))
  }
}
