/// The dataset `incentive init` writes: every file a dataset may hold, each with its header
/// (from the record type's own column declaration, so it can't drift from what is read) and two
/// example rows dated inside the period, about one team, `my-team`, and two people.
///
/// The rows are examples to overwrite, chosen so every template computes each metric it pays
/// on; `adjustments.csv` has its header only, because an example adjustment would move pay, and
/// so have `fx.csv`, needed only when someone is paid in another currency than the plan's, and
/// `identities.csv`, where other spellings of a person's id are mapped on purpose.
struct DatasetSkeleton {
  let period: Period
  /// The period as the user typed it (`2026-Q3`), for survey and metrics rows.
  let periodText: String
  let currency: String
  /// The roles of the two example people, E1 and E2 (E2 reports to E1 unless E1 is an IC: a manager_id naming an
  /// IC is a plausibility warning, and the example should not teach it).
  let roles: [String]

  /// File name (`roster.csv`) and its text, in the order a reader meets them.
  var files: [(name: String, text: String)] {
    [
      csv(Engineer.self, [engineer(1), engineer(2)]),
      csv(
        Assignment.self,
        [
          ["engineer_id": "E1", "team": "my-team", "from": start(1)],
          ["engineer_id": "E2", "team": "my-team", "from": start(2)],
        ]),
      csv(Deployment.self, [deployment(1, at: 20), deployment(2, at: 55)]),
      csv(
        Incident.self,
        [
          [
            "incident_id": "INC-1", "team": "my-team", "service": "checkout", "severity": "SEV2",
            "opened_at": time(30, "09:00"), "resolved_at": time(30, "13:00"), "legacy_system": "false",
            "external": "false", "responders": "E1;E2",
          ],
          [
            "incident_id": "INC-2", "team": "my-team", "service": "checkout", "severity": "SEV2",
            "opened_at": time(60, "22:00"), "resolved_at": time(60, "23:30"), "legacy_system": "false",
            "external": "false", "responders": "E2",
          ],
        ]),
      csv(
        Review.self,
        [
          review(1, by: "E1", of: "E2", comments: "4", substantive: "2"),
          review(2, by: "E2", of: "E1", comments: "3", substantive: "2"),
        ]),
      csv(
        Change.self,
        [
          [
            "change_id": "C-1", "deployment_id": "D-1", "team": "my-team", "committed_at": time(19, "10:00"),
            "merged_at": time(19, "15:00"), "change_lines": "40", "deployed_at": time(20, "10:00"),
            "lead_time_minutes": "1440",
          ],
          [
            "change_id": "C-2", "deployment_id": "D-2", "team": "my-team", "committed_at": time(54, "10:00"),
            "merged_at": time(54, "15:00"), "change_lines": "8", "deployed_at": time(55, "10:00"),
            "lead_time_minutes": "1440",
          ],
        ]),
      csv(
        OncallShift.self,
        [
          [
            "engineer_id": "E1", "shift_start": time(28, "09:00"), "shift_end": shiftEnd(28, 35), "pages": "3",
            "after_hours_pages": "1",
          ],
          [
            "engineer_id": "E2", "shift_start": time(56, "09:00"), "shift_end": shiftEnd(56, 63), "pages": "2",
            "after_hours_pages": "1",
          ],
        ]),
      csv(
        SurveyResult.self,
        [
          ["team": "my-team", "period": periodText, "health_score": "78", "responses": "6"],
          ["team": "my-team", "period": periodText, "health_score": "71", "responses": "9"],
        ]),
      csv(
        MentorshipEvent.self,
        [
          ["mentor_id": "E2", "mentee_id": "E1", "event": "level_up", "date": day(40).description],
          ["mentor_id": "E2", "mentee_id": "E1", "event": "milestone", "date": day(70).description],
        ]),
      csv(
        CostEntry.self,
        [
          ["team": "my-team", "month": month(of: day(0)), "actual": "9500", "budget": "10000"],
          ["team": "my-team", "month": month(of: day(60)), "actual": "12000", "budget": "11000"],
        ]),
      csv(
        CoverageSample.self,
        [
          ["team": "my-team", "date": day(5).description, "line_coverage": "0.72", "iac_coverage": "0.80"],
          ["team": "my-team", "date": day(80).description, "line_coverage": "0.74", "iac_coverage": "0.85"],
        ]),
      csv(
        ExternalMetric.self,
        [
          ["subject": "my-team", "metric": "internal_customer_satisfaction", "value": "4.2", "period": periodText],
          ["subject": "E1", "metric": "design_docs", "value": "2", "period": periodText],
        ]),
      csv(Adjustment.self, []),
      csv(ExchangeRate.self, []),
      csv(Identity.self, []),
      (
        "demographics.csv",
        CSVWriter.line(["engineer_id", "group"]) + CSVWriter.line(["E1", "a"]) + CSVWriter.line(["E2", "b"])
      ),
    ]
  }

  /// The header from `R.columns` and one line per row, cells absent from a row left empty.
  private func csv<R: DatasetRecord>(_ type: R.Type, _ rows: [[String: String]]) -> (name: String, text: String) {
    let names = R.columns.map(\.name)
    return (
      R.fileName + ".csv",
      CSVWriter.line(names) + rows.map { row in CSVWriter.line(names.map { row[$0] ?? "" }) }.joined()
    )
  }

  /// The date `percent` % of the way into the period (0: its first day).
  private func day(_ percent: Int) -> CivilDate { period.from.advanced(by: (period.days - 1) * percent / 100) }

  private func time(_ percent: Int, _ clock: String) -> String { "\(day(percent))T\(clock):00Z" }

  /// The end of a shift starting at 09:00 on `day(start)`: 09:00 on `day(end)`, or a day after the start when the
  /// period is too short for the two to differ (a period of a few days made a shift that ended as it began, which
  /// the generated dataset's own `calculate` refused).
  private func shiftEnd(_ start: Int, _ end: Int) -> String {
    "\(max(day(end), day(start).advanced(by: 1)))T09:00:00Z"
  }

  private func month(of date: CivilDate) -> String { String(date.description.prefix(7)) }

  /// A start date well before the period, so the example people are paid for all of it.
  private func start(_ index: Int) -> String { period.from.advanced(by: -400 - 100 * index).description }

  private func engineer(_ index: Int) -> [String: String] {
    [
      "engineer_id": "E\(index)", "name": "Example Person \(index)", "team": "my-team",
      "role": roles[(index - 1) % roles.count], "level": "L5", "region": "eu-west", "timezone": "Europe/London",
      "manager_id": index == 1 || roles[0] == "ic" ? "" : "E1", "start_date": start(index),
      "base_salary": index == 1 ? "120000" : "110000",
      "target_bonus_pct": "10", "currency": currency,
    ]
  }

  private func deployment(_ index: Int, at percent: Int) -> [String: String] {
    [
      "deployment_id": "D-\(index)", "team": "my-team", "service": "checkout", "environment": "production",
      "finished_at": time(percent, "10:00"), "status": "success", "first_commit_at": time(percent - 1, "10:00"),
      "change_lines": index == 1 ? "40" : "8", "kind": "planned",
    ]
  }

  private func review(_ index: Int, by reviewer: String, of author: String, comments: String, substantive: String)
    -> [String: String]
  {
    [
      "pr_id": "PR-\(index)", "reviewer_id": reviewer, "submitted_at": time(25 + 20 * index, "14:00"),
      "author_id": author, "state": "approved", "comments": comments, "substantive_comments": substantive,
      "author_team": "my-team", "reviewer_team": "my-team",
    ]
  }
}
