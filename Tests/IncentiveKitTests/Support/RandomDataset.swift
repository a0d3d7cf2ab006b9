import Foundation
import TestSupport

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// A seeded random org for property tests: 3 teams, each with a manager, a tech lead and ICs
/// under one director, joiners and leavers inside 2026-Q3, and every event file with enough rows
/// that the acme plan (Fixtures/acme/plan.json) finds each metric it needs.
///
/// The files are kept as rows so a test can shuffle them or add events before writing.
struct RandomDataset {
  var files: [String: (header: String, rows: [String])] = [:]
  var random: SplitMix64

  static let teams = ["t0", "t1", "t2"]

  init(seed: UInt64) {
    random = SplitMix64(state: seed)
    var roster: [String] = ["D0,Director,t0,director,D1,,2019-01-01,,,250000,20"]
    var people: [(id: String, team: String)] = []
    for (t, team) in Self.teams.enumerated() {
      roster.append("M\(t),Manager \(t),\(team),manager,M1,D0,2019-06-01,,,\(pick(150...210) * 1000),15")
      roster.append("L\(t),Lead \(t),\(team),tech_lead,L6,M\(t),2020-01-01,,,\(pick(150...200) * 1000),15")
      people += [("M\(t)", team), ("L\(t)", team)]
      for i in 0..<pick(3...5) {
        let id = "E\(t)\(i)"
        var start = "2021-0\(pick(1...9))-1\(pick(0...9))"
        var end = ""
        var reason = ""
        switch pick(0...5) {
        case 0: start = Self.day(pick(0...91))  // a joiner inside the quarter
        case 1:
          end = Self.day(pick(0...91))  // a leaver
          reason = pick(0...1) == 0 ? "voluntary" : "involuntary"
        default: break
        }
        let pct = ["10", "12.5", "15"][pick(0...2)]
        roster.append("\(id),Engineer \(id),\(team),ic,L5,M\(t),\(start),\(end),\(reason),\(pick(90_000...190_000)).\(pick(10...99)),\(pct)")
        people.append((id, team))
      }
    }
    files["roster.csv"] = (
      "engineer_id,name,team,role,level,manager_id,start_date,end_date,exit_reason,base_salary,target_bonus_pct", roster
    )

    var deployments: [String] = []
    var incidents: [String] = []
    var costs: [String] = []
    var surveys: [String] = []
    var coverage: [String] = []
    for team in Self.teams {
      for n in 0..<pick(15...60) {
        let status = ["success", "success", "success", "success", "failed", "rolled_back"][pick(0...5)]
        let kind = ["planned", "planned", "planned", "hotfix", "rollback"][pick(0...4)]
        let cause = status == "success" ? "" : ["testing", "code", "config", "external_dependency"][pick(0...3)]
        let day = pick(0...91)
        let commit = pick(0...3) == 0 ? "" : Self.timestamp(day: max(0, day - pick(0...6)), hour: pick(0...11))
        deployments.append(
          "\(team)-d\(n),\(team),production,\(Self.timestamp(day: day, hour: pick(12...23))),\(status),\(commit),\(pick(1...400)),\(kind),\(cause)")
      }
      for n in 0..<pick(2...6) {
        let day = pick(0...90)
        let opened = Self.timestamp(day: day, hour: pick(0...10))
        let resolved = Self.timestamp(day: day + pick(0...1), hour: pick(11...23))
        incidents.append("\(team)-i\(n),\(team),SEV\(pick(1...3)),\(opened),\(resolved),\(team)-d\(pick(0...14))")
      }
      for month in 7...9 {
        costs.append("\(team),2026-0\(month),\(pick(80_000...120_000)).00,100000.00")
        surveys.append("\(team),2026-0\(month),\(pick(45...95)),\(pick(3...12))")
      }
      coverage.append("\(team),2026-07-0\(pick(1...9)),0.\(pick(60...80)),0.\(pick(30...70))")
      coverage.append("\(team),2026-09-2\(pick(0...9)),0.\(pick(60...80)),0.\(pick(30...70))")
    }
    files["deployments.csv"] = (
      "deployment_id,team,environment,finished_at,status,first_commit_at,change_lines,kind,failure_cause", deployments
    )
    files["incidents.csv"] = ("incident_id,team,severity,opened_at,resolved_at,caused_by_deployment", incidents)
    files["costs.csv"] = ("team,month,actual,budget", costs)
    files["surveys.csv"] = ("team,period,health_score,responses", surveys)
    files["coverage.csv"] = ("team,date,line_coverage,iac_coverage", coverage)

    var reviews: [String] = []
    for n in 0..<pick(40...120) {
      let reviewer = people[pick(0...(people.count - 1))]
      let author = people[pick(0...(people.count - 1))]
      let comments = pick(0...8)
      reviews.append(
        "pr\(n),\(reviewer.id),\(Self.timestamp(day: pick(0...91), hour: pick(0...23))),\(author.id),\(comments),\(pick(0...comments))")
    }
    files["reviews.csv"] = ("pr_id,reviewer_id,submitted_at,author_id,comments,substantive_comments", reviews)

    var oncall: [String] = []
    for (id, _) in people where pick(0...2) > 0 {
      for _ in 0..<pick(1...3) {
        let day = pick(0...84)
        let pages = pick(0...9)
        oncall.append("\(id),\(Self.timestamp(day: day, hour: 9)),\(Self.timestamp(day: day + 7, hour: 9)),\(pages),\(pick(0...pages))")
      }
    }
    files["oncall.csv"] = ("engineer_id,shift_start,shift_end,pages,after_hours_pages", oncall)

    var mentorship: [String] = []
    for t in Self.teams.indices {
      for _ in 0..<pick(0...3) {
        mentorship.append("L\(t),E\(t)0,\(["promoted", "level_up", "milestone"][pick(0...2)]),\(Self.day(pick(0...91)))")
      }
    }
    files["mentorship.csv"] = ("mentor_id,mentee_id,event,date", mentorship)
  }

  /// A whole number in `range`, from the seeded stream.
  mutating func pick(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(random.next() % UInt64(range.count))
  }

  /// Day `offset` of 2026-Q3 (0 = 2026-07-01) as `YYYY-MM-DD`.
  static func day(_ offset: Int) -> String {
    CivilDate(dayNumber: CivilDate(year: 2026, month: 7, day: 1)!.dayNumber + offset).description
  }

  static func timestamp(day offset: Int, hour: Int) -> String {
    "\(day(offset))T\(hour < 10 ? "0" : "")\(hour):00:00Z"
  }

  /// Every file's rows in a seeded random order (headers stay first).
  mutating func shuffleRows() {
    for name in files.keys.sorted() {
      var rows = files[name]!.rows
      for index in stride(from: rows.count - 1, to: 0, by: -1) {
        rows.swapAt(index, pick(0...index))
      }
      files[name]!.rows = rows
    }
  }

  /// Writes the files and the acme plan into a fresh folder.
  func write() throws -> TemporaryDataset {
    var contents = files.mapValues { ([$0.header] + $0.rows).joined(separator: "\n") + "\n" }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    contents["plan.json"] = try String(contentsOf: root.appendingPathComponent("Fixtures/acme/plan.json"), encoding: .utf8)
    return try TemporaryDataset(contents)
  }

  func report() throws -> (PayoutReport, json: String) {
    let folder = try write()
    let report = try PayoutRun(datasetPath: folder.path).payouts()
    return (report, report.renderJSON())
  }
}
