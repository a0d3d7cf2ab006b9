import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// Values that parse and pay but are probably an export's mistake, found by the helper audit: each moved a payout
/// without a word. Every paying command now warns and `audit data` asks for a decision.
@Suite("Plausibility warnings: a leaver without an exit reason, a survey on another scale, a cost month missing, a mentee on no roster row")
struct PlausibilityWarningsTests {
  /// One mistake in acme: `written` in `file` replaced by `writtenAs`, which moves `engineer`'s pay from `clean`
  /// (the fixture's expected.json) to `paid`, and the warning that says so (after the file's path).
  struct Case: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let file: String
    let written: String
    let writtenAs: String
    let engineer: String
    let clean: String
    let paid: String
    let warning: String
  }

  static let cases = [
    // E05 left on 2026-08-31, voluntarily: manager E02's retention is 0.75. Without the reason the exit is not
    // counted as voluntary and retention reads 1.0.
    Case(
      testDescription: "a leaver of the period without an exit_reason", file: "roster.csv",
      written: "2026-08-31,voluntary,", writtenAs: "2026-08-31,,", engineer: "E02", clean: "4781.55", paid: "7226.90",
      warning: ":6: E05 left on 2026-08-31, in the period, with no exit_reason, so the exit counts as not voluntary "
        + "toward retention_rate; write voluntary or involuntary"),
    // E05's end_date lost, the reason kept: E05 is paid for the whole period and counts as staying, so manager
    // E02's retention reads 1.0, as in the case above.
    Case(
      testDescription: "an exit_reason without an end_date", file: "roster.csv",
      written: "2026-08-31,voluntary,", writtenAs: ",voluntary,", engineer: "E02", clean: "4781.55", paid: "7226.90",
      warning: ":6: E05 has exit_reason voluntary but no end_date, so is paid for the whole period and counts as "
        + "staying toward retention_rate; write the day they left, or clear exit_reason"),
    // Last year's reviews export: none of its 82 rows is in the period, so E03's reviews component (0.3 × 1.8333) has
    // no value and pays by on_missing zero: 1.43675 − 0.54999 = 0.88676, × 7,278.08 = 6,453.9143, 6,453.91.
    Case(
      testDescription: "an export of another period", file: "reviews.csv",
      written: "2026-", writtenAs: "2025-", engineer: "E03", clean: "10456.78", paid: "6453.91",
      warning: ": all 82 rows fall outside the period (first on lines 2, 3, 4, 5, 6), so none counts; check that the "
        + "export covers the period paid"),
    // platform's Q3 survey, 81 on the 0-100 scale, written 0.81: team_health pays nothing.
    Case(
      testDescription: "a health_score of 10 or less", file: "surveys.csv",
      written: "platform,2026-Q3,81,", writtenAs: "platform,2026-Q3,0.81,", engineer: "E01", clean: "16305.34",
      paid: "9394.51",
      warning: ":6: health_score of platform is 0.81, on a 0-100 scale; if the survey is scored 1-5, 0-10 or 0-1, convert it "
        + "to 0-100"),
    // The same survey scored 0-10: 8.1 is as far below the curve's first point (50, multiplier 0) as 0.81.
    Case(
      testDescription: "a health_score on a 0-10 scale", file: "surveys.csv",
      written: "platform,2026-Q3,81,", writtenAs: "platform,2026-Q3,8.1,", engineer: "E01", clean: "16305.34",
      paid: "9394.51",
      warning: ":6: health_score of platform is 8.1, on a 0-100 scale; if the survey is scored 1-5, 0-10 or 0-1, "
        + "convert it to 0-100"),
    // mobile's September cost row lost: cost_vs_budget sums July and August only.
    Case(
      testDescription: "a team's cost month missing", file: "costs.csv",
      written: "mobile,2026-09,59900.00,62000.00\n", writtenAs: "", engineer: "E12", clean: "6920.25", paid: "6728.21",
      warning: ":9: team mobile has no cost row for 2026-09, while other teams' rows cover 3 months of the period; "
        + "cost_vs_budget reads only the months a team has, so check the export"),
    // A promotion of E99, on no roster row, for tech lead E13, who has none: mentoring reads 1 instead of no value.
    // Worked from acme's WORKED.md: on E13's curve [[0, 0.5], [1, 1.0], ...] 1 is 1.0 where on_missing zero gave 0,
    // so the multiplier is 0.2 × 0.8870 + 0.2 × 1.1567 + 0.3 × 1.0 + 0.3 × 1.4444 = 1.142060 (was 0.842060), and
    // 5,006.44 × 1.142060 = 5,717.6549, 5,717.65.
    Case(
      testDescription: "a promoted mentee on no roster row", file: "mentorship.csv",
      written: "E13,E15,milestone,2026-10-06\n", writtenAs: "E13,E15,milestone,2026-10-06\nE13,E99,promoted,2026-08-15\n",
      engineer: "E13", clean: "4215.72", paid: "5717.65",
      warning: ":8: mentee \"E99\" is on no roster row, yet its promotion or level-up of the period counts toward "
        + "mentee_promotions of E13; check the id (a mentee outside the roster counts as written)"),
    // E04's yearly 12.5 % written as its quarter's share, 3.125, where L5's others (E10, E13) have 12.5: the target
    // is 171,000 × 0.03125 × 92 / 365 = 1,346.9178, 1,346.92, and 1,346.92 × 1.137515 = 1,532.1397, 1,532.14.
    Case(
      testDescription: "a bonus target far from its level's", file: "roster.csv",
      written: ",171000,12.5,USD", writtenAs: ",171000,3.125,USD", engineer: "E04", clean: "6128.56", paid: "1532.14",
      warning: ":5: target_bonus_pct of E04 is 3.125, far from the median 12.5 of the others at level L5; check for a "
        + "slipped decimal point, or a quarter's share of a yearly percent (the column is the yearly percent of base)"),
    // platform's Q3 satisfaction (1–5) exported as 86 %: on E08's curve [[3, 0], [4, 1.0], [5, 1.5]] it pays the top,
    // 1.5, where 4.3 paid 1.15. E08's multiplier 1.177060 + 0.1 × 0.35 = 1.212060, and 6,881.10 × 1.21206 =
    // 8,340.3061.
    Case(
      testDescription: "an exported value on another scale than its curve", file: "metrics.csv",
      written: "platform,internal_customer_satisfaction,4.3,2026-Q3", writtenAs: "platform,internal_customer_satisfaction,86,2026-Q3",
      engineer: "E08", clean: "8099.47", paid: "8340.31",
      warning: ":2: internal_customer_satisfaction of platform is 86, over 10 times the top of the curve it is paid on "
        + "(5): exported on another scale (a percent, 0–10 for 1–5)? Convert it to the curve's scale"),
    // E06's record duplicated under E17: E02's reports at the period's start are five, one of whom (E05) left
    // voluntarily, so retention is 1 − 1/5 = 0.8, on the curve 0.1 / 0.15 × 0.8 = 0.5333 where 0.75 gave 0.2667.
    // E02's multiplier 0.638730 + 0.35 × 0.2666 = 0.732040, and 7,486.03 × 0.73204 = 5,480.0714.
    Case(
      testDescription: "one person on two roster rows", file: "roster.csv",
      written: "E06,Tomás Herrera,payments,ic,L3,latam,America/Mexico_City,E02,2024-06-03,,,118000,10,USD\n",
      writtenAs: "E06,Tomás Herrera,payments,ic,L3,latam,America/Mexico_City,E02,2024-06-03,,,118000,10,USD\n"
        + "E17,Tomás Herrera,payments,ic,L3,latam,America/Mexico_City,E02,2024-06-03,,,118000,10,USD\n",
      engineer: "E02", clean: "4781.55", paid: "5480.07",
      warning: ":8: E17 has the name and start_date of E06 (line 7): if they are one person on two rows, they are paid "
        + "twice; check the ids"),
    // A promotion of E16, who left on 2026-06-19, for E13 in August: mentoring reads 1 instead of no value, as for the
    // mentee on no roster row above (5,006.44 × 1.142060 = 5,717.6549).
    Case(
      testDescription: "a promotion dated after the mentee left", file: "mentorship.csv",
      written: "E13,E15,milestone,2026-10-06\n", writtenAs: "E13,E15,milestone,2026-10-06\nE13,E16,promoted,2026-08-01\n",
      engineer: "E13", clean: "4215.72", paid: "5717.65",
      warning: ":8: mentee E16, employed 2024-02-05 to 2026-06-19, has a promotion or level-up of the period dated "
        + "outside that, counted toward mentee_promotions of E13; check the date and the id"),
    // payments' July actual written in thousands: cost_vs_budget is (118.40 + 121,950.00 + 125,300.50) / 360,000 =
    // 0.687136 where it was 1.015696, below the cost curve's first point 0.9: 1.2 where it was 0.8954. E02's
    // multiplier 0.638730 + 0.15 × 0.3046 = 0.684420, and 7,486.03 × 0.68442 = 5,123.5937.
    Case(
      testDescription: "a cost month's actual in thousands", file: "costs.csv",
      written: "payments,2026-07,118400.00,", writtenAs: "payments,2026-07,118.40,", engineer: "E02", clean: "4781.55",
      paid: "5123.59",
      warning: ":3: cost month 2026-07 of payments has actual 118.4 against a budget of 120000, more than 10 times "
        + "apart; check that both are in the same unit (not thousands or cents) and for one month"),
    // The same month's actual and budget both in thousands: (118.40 + 121,950.00 + 125,300.50) / (120 + 240,000) =
    // 1.030189, on the curve 1 − 0.030189 / 0.15 = 0.7987: E02's multiplier 0.638730 − 0.15 × 0.0967 = 0.624225, and
    // 7,486.03 × 0.624225 = 4,672.9676.
    Case(
      testDescription: "a cost month in thousands", file: "costs.csv",
      written: "payments,2026-07,118400.00,120000.00", writtenAs: "payments,2026-07,118.40,120.00", engineer: "E02",
      clean: "4781.55", paid: "4672.97",
      warning: ":3: cost month 2026-07 of payments has actual 118.4 and budget 120, more than 10 times off the team's "
        + "other months; check that both are in the same unit (not thousands or cents) and for one month"),
    // mobile's July survey (68 from 4 people) written with 0 responses: team_health is 74 × 5 / 5 = 74 where it was
    // (68 × 4 + 74 × 5) / 9 = 71.333333. On E12's health curve [[50, 0], [70, 1.0], [85, 1.4]] that is 1.1067 where it
    // was 1.0356: E12's multiplier 1.039975 + 0.25 × 0.0711 = 1.057750, and 6,654.25 × 1.05775 = 7,038.5329.
    Case(
      testDescription: "a survey with 0 responses", file: "surveys.csv",
      written: "mobile,2026-07,68,4", writtenAs: "mobile,2026-07,68,0", engineer: "E12", clean: "6920.25",
      paid: "7038.53",
      warning: ":7: the survey of mobile for 2026-07-01..2026-07-31 has 0 responses, so its health_score 68 counts "
        + "for nothing in team_health; write how many answered (an empty cell counts the score once)"),
    // E07's manager_id written as E06, an IC: E02's reports at the period's start are E03, E05 and E06, one of whom
    // (E05) left voluntarily, so retention is 1 − 1/3 = 0.666667, below the curve's first point 0.7: multiplier 0
    // where 0.75 gave 0.2667. E02's multiplier 0.638730 − 0.35 × 0.2667 = 0.545385, and 7,486.03 × 0.545385 =
    // 4,082.7685, 4,082.77.
    Case(
      testDescription: "a manager_id naming an IC", file: "roster.csv",
      written: "Asia/Ho_Chi_Minh,E02,", writtenAs: "Asia/Ho_Chi_Minh,E06,", engineer: "E02", clean: "4781.55",
      paid: "4082.77",
      warning: ":8: manager_id of E07 is E06, whose role is ic (line 7); retention and organisation health count E07 "
        + "toward E06 instead of a manager: check the id"),
  ]

  /// Mentorship rows that name a mentee the roster does not hold, yet move no one's pay, or name one it does hold.
  static let menteesNotNamed: [(name: String, rows: String, identities: String?)] = [
    ("a milestone, which counts toward nothing", "E13,E99,milestone,2026-08-15\n", nil),
    ("a promotion outside the period", "E13,E99,promoted,2026-10-15\n", nil),
    ("a mentor on no roster row, whose rows are left out and named as such", "E98,E99,promoted,2026-08-15\n", nil),
    ("a mentor whose track pays nothing on mentee_promotions (director E01)", "E01,E99,promoted,2026-08-15\n", nil),
    ("a mentee written as an identities.csv spelling of a roster id", "E13,octo-e14,promoted,2026-08-15\n",
     "engineer_id,github\nE14,octo-e14\n"),
  ]

  /// The plausibility findings for acme with `edits`, and `added` files written beside its own.
  static func plausibility(
    _ edits: [String: (String) -> String], adding added: [String: String] = [:]
  ) throws -> (findings: [DataFinding], dataset: TemporaryDataset) {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
    for (name, text) in added { try Data(text.utf8).write(to: URL(fileURLWithPath: dataset.file(name))) }
    let run = try PayoutRun(datasetPath: dataset.path)
    return (run.plausibilityFindings(try run.calculator().compute(run.dataset)), dataset)
  }

  /// The mentee findings among `findings`.
  static func mentees(_ findings: [DataFinding]) -> [DataFinding] {
    findings.filter { if case .menteeNotOnRoster = $0 { true } else { false } }
  }

  @Test("a mentee on no roster row is not named when the row pays no one, or when identities.csv maps it")
  func menteeNotNamed() throws {
    for example in Self.menteesNotNamed {
      let (findings, _) = try Self.plausibility(
        ["mentorship.csv": { $0 + example.rows }], adding: example.identities.map { ["identities.csv": $0] } ?? [:])
      #expect(Self.mentees(findings).isEmpty, "\(example.name)")
    }
  }

  @Test("promotions of one unknown mentee by one mentor are named once, with their count and first line")
  func menteeNamedOncePerMentor() throws {
    let (findings, dataset) = try Self.plausibility([
      "mentorship.csv": { $0 + "E13,E99,promoted,2026-08-15\nE03,E99,level_up,2026-08-20\nE13,E99,level_up,2026-09-01\n" }
    ])
    let named = Self.mentees(findings)
    let file = dataset.file("mentorship.csv")
    #expect(
      named == [
        .menteeNotOnRoster(file: file, line: 8, mentee: "E99", mentor: "E13", rows: 2),
        .menteeNotOnRoster(file: file, line: 9, mentee: "E99", mentor: "E03", rows: 1),
      ])
    #expect(
      named.first?.message == file + ":8: mentee \"E99\" is on no roster row, yet its 2 promotions or level-ups of the "
        + "period count toward mentee_promotions of E13; check the id (a mentee outside the roster counts as written)")
  }

  /// The bonus-target outliers among `findings`, as (engineer, value, median).
  static func targetOutliers(_ findings: [DataFinding]) -> [String] {
    findings.compactMap {
      guard case .targetBonusOutlier(_, _, let engineer, _, let value, let median) = $0 else { return nil }
      return "\(engineer) \(value.trimmed()) \(median.trimmed())"
    }
  }

  /// acme's L6 is E03 and E09 at 15, its L5 E04, E10 and E13 at 12.5. Each edit is a roster line's target.
  @Test(
    "a bonus target is compared with the others at its level: two people are enough, one middle is not",
    arguments: [
      // A slipped decimal point between two people names both: which one is wrong is the reader's call.
      ([",192500,15,USD": ",192500,1.5,USD"], ["E03 1.5 15", "E09 15 1.5"]),
      // 3.125 beside two 12.5: only it is far; each 12.5 has 3.125 and 12.5 as the others' middles, not far from both.
      ([",171000,12.5,USD": ",171000,3.125,USD"], ["E04 3.125 12.5"]),
      // Within three times either way: 5 and 37.5 are not named.
      ([",171000,12.5,USD": ",171000,5,USD"], []),
      ([",171000,12.5,USD": ",171000,37.5,USD"], []),
      ([",171000,12.5,USD": ",171000,37.51,USD"], ["E04 37.51 12.5"]),
      // A target of 0 says "no bonus", and a fraction is named as one, not twice.
      ([",171000,12.5,USD": ",171000,0,USD"], []),
      ([",171000,12.5,USD": ",171000,0.125,USD"], []),
    ])
  func targetBonusOutliers(edits: [String: String], named: [String]) throws {
    let (findings, _) = try Self.plausibility([
      "roster.csv": { text in edits.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
    ])
    #expect(Self.targetOutliers(findings) == named)
  }

  @Test("a cost month is judged by its rows' sums, and only when the plan reads cost_vs_budget")
  func costMonthTotals() throws {
    func costs(_ findings: [DataFinding]) -> [DataFinding] {
      findings.filter { if case .costAgainstBudget = $0 { true } else { false } }
    }
    // A second line item of payments' July (4,100 of 5,000): the month is 122,500 against 125,000, no anomaly. A line
    // item with budget and no spend is no anomaly either when its month's totals are plausible.
    let (items, _) = try Self.plausibility([
      "costs.csv": { $0 + "payments,2026-07,4100.00,5000.00\npayments,2026-08,0,1000.00\n" }
    ])
    #expect(costs(items).isEmpty)
    // payments' July in thousands, named with acme's plan, not with one that reads no cost metric.
    let thousands = ["costs.csv": { (text: String) in text.replacingOccurrences(of: "payments,2026-07,118400.00,", with: "payments,2026-07,118.40,") }]
    #expect(costs(try Self.plausibility(thousands).findings).count == 1)
    let noCosts = thousands.merging(["plan.json": { (text: String) in text.replacingOccurrences(of: "cost_vs_budget", with: "team_health") }]) { $1 }
    #expect(costs(try Self.plausibility(noCosts).findings).isEmpty)
  }

  @Test(
    "a cost month is implausible from ten times apart, or with spend and no budget",
    arguments: [
      ("0", "0", false), ("1", "0", true), ("10", "100", false), ("9.99", "100", true), ("1000", "100", false),
      ("1000.01", "100", true), ("0", "100", true),
    ])
  func costAgainstBudget(actual: String, budget: String, implausible: Bool) throws {
    // A team with one month, so only the month against its own budget is judged (qa is on no roster row: its rows
    // are looked at all the same).
    let (findings, _) = try Self.plausibility(["costs.csv": { $0 + "qa,2026-08,\(actual),\(budget)\n" }])
    let named = findings.filter { if case .costAgainstBudget(_, _, "qa", _, _, _, _) = $0 { true } else { false } }
    #expect(named.count == (implausible ? 1 : 0), "\(actual) against \(budget)")
  }

  @Test("an adjustment approved before the period with no period, or with a multiplier in percent, is named at its line")
  func adjustments() throws {
    let (findings, dataset) = try Self.plausibility(
      [:],
      adding: [
        "adjustments.csv": """
        engineer_id,component,multiplier,amount,reason,approved_by,date,period
        E07,recovery,1.0,,on-call swap,E02,2025-10-05,
        E04,delivery,100,,exception,E08,2026-10-05,2026-Q3
        E05,reviews,1.0,,review backlog,E02,2026-10-05,2026-Q3
        E10,reviews,1.0,,approved in the quarter,E08,2026-08-01,
        E09,mentoring,1.0,,approved for the quarter ahead,E08,2026-06-15,
        E11,delivery,50,,last quarter,E08,2026-04-05,2026-Q2

        """
      ])
    let file = dataset.file("adjustments.csv")
    let named = findings.filter {
      switch $0 {
      case .adjustmentApprovedBefore, .adjustmentInPercent: true
      default: false
      }
    }
    // Line 2 is stale, line 3 in percent; line 4 is approved for the period, line 5 after it started, line 6 two
    // weeks before it (for it, most likely), and line 7 (in percent too) is another period's.
    #expect(
      named.map(\.message) == [
        file + ":2: the adjustment of E07's recovery was approved on 2025-10-05, more than a month before the period, "
          + "and has no period of its own, so it applies to every period paid; write the period it was approved for",
        file + ":3: the adjustment of E04's delivery sets a multiplier of 100, over 10 times the target: written in "
          + "percent? A multiplier is a factor of the target (1.0 pays it)",
      ])
    #expect(named.count == 2 && named.allSatisfy(\.needsDecision))
  }

  @Test("a team named as the total row is named once, at its first row, in any case or width")
  func teamNamedTotal() throws {
    for (team, named) in [("TOTAL", true), ("Total", true), (" total ", true), ("Ｔｏｔａｌ", true), ("totals", false)] {
      let (findings, dataset) = try Self.plausibility(["roster.csv": { $0.replacingOccurrences(of: ",mobile,", with: ",\(team),") }])
      let found = findings.filter { if case .teamNamedTotal = $0 { true } else { false } }
      // mobile's first roster row is line 12 (E11).
      #expect(
        found.map(\.message)
          == (named
            ? [dataset.file("roster.csv") + ":12: team \"\(team)\" has the name reports give their total row, so its row "
              + "reads as a second total; rename the team"] : []), "\(team)")
    }
  }

  /// pay-010, payments' one rolled-back deployment of the period (cause `code`), with its cause lost: payments'
  /// attributable_rollback_rate is 0 / 40 where it was 1 / 40 = 0.025, on E05's quality curve [[0, 1.3], [0.05, 1.0],
  /// ...] 1.3 where it was 1.15: E05's multiplier 1.020835 + 0.15 × 0.15 = 1.043335, and 2,518.18 × 1.043335 =
  /// 2,627.3143.
  @Test("rolled-back deployments without a failure_cause are named per team when the plan reads attributable rollbacks")
  func rollbacksWithoutCause() throws {
    let lost = ["deployments.csv": { (text: String) in
      text.replacingOccurrences(of: "rolled_back,2026-07-21T03:02:00Z,94,planned,code", with: "rolled_back,2026-07-21T03:02:00Z,94,planned,")
    }]
    let (findings, paid, dataset) = try Self.run(lost, engineer: "E05")
    #expect(paid == "2627.31")
    let named = findings.filter { if case .rollbacksWithoutCause = $0 { true } else { false } }
    #expect(
      named.map(\.message) == [
        dataset.file("deployments.csv") + ": 1 rolled-back deployment of payments in the period has no failure_cause, "
          + "so attributable_rollback_rate does not hold it against the team; write the cause (testing, code, or an "
          + "external one)"
      ])
    let clean = try Self.run([:], engineer: "E05")
    #expect(clean.payout == "2570.65")
    #expect(!clean.findings.contains { if case .rollbacksWithoutCause = $0 { true } else { false } })
  }

  /// INC-2050 opened 2026-07-22T11:00Z and resolved the same day at 16:00; its year typed 2027, it took 365 days and
  /// 5 hours: 8,765 hours. Restored after exactly 90 days it would not be named; a minute more, it is.
  @Test("incidents restored after over 90 days are named per team with the longest, when the plan reads restore time")
  func longRestores() throws {
    func restores(_ resolved: String) throws -> [String] {
      let (findings, _, dataset) = try Self.run(
        ["incidents.csv": { $0.replacingOccurrences(of: "2026-07-22T11:00:00Z,2026-07-22T16:00:00Z", with: "2026-07-22T11:00:00Z,\(resolved)") }],
        engineer: "E14")
      return findings.filter { if case .longRestores = $0 { true } else { false } }
        .map { $0.message.replacingOccurrences(of: dataset.file("incidents.csv"), with: "incidents.csv") }
    }
    #expect(
      try restores("2027-07-22T16:00:00Z") == [
        "incidents.csv: 1 incident of mobile opened in the period took 8765 hours to restore, over 90 days: check "
          + "resolved_at and opened_at for a year typed wrong"
      ])
    #expect(try restores("2026-10-20T11:00:00Z").isEmpty)
    #expect(try restores("2026-10-20T11:01:00Z").count == 1)
    #expect(try restores("2026-07-22T16:00:00Z").isEmpty)
  }

  @Test("reviews with comments and an empty substantive_comments are counted and named when the plan reads the ratio")
  func substantiveUnknown() throws {
    // PR-4617's review by E10 has 10 comments, 6 of them substantive; its substantive count lost.
    let clean = try Self.run([:], engineer: "E10")
    #expect(!clean.findings.contains { if case .substantiveUnknown = $0 { true } else { false } })
    let lost = try Self.run(
      ["reviews.csv": { text in
        let lines = text.components(separatedBy: "\n").map { line in
          guard line.hasPrefix("PR-4617,E10,") else { return line }
          var cells = line.components(separatedBy: ",")
          cells[6] = ""
          return cells.joined(separator: ",")
        }
        return lines.joined(separator: "\n")
      }], engineer: "E10")
    #expect(
      lost.findings.filter { if case .substantiveUnknown = $0 { true } else { false } }.map(\.message) == [
        lost.dataset.file("reviews.csv") + ": 1 review of the period with comments has an empty substantive_comments, "
          + "read as 0, so substantive_review_ratio reads lower for its reviewer; write the count (0 when none was "
          + "substantive)"
      ])
  }

  @Test("the others' middles are found by position, for odd and even numbers of others")
  func middlesOfOthers() {
    let values = ["1", "2", "3", "4", "10"].map { FixedDecimal($0)! }
    // Without 10: 1, 2, 3, 4 → middles 2 and 3. Without 1: 2, 3, 4, 10 → 3 and 4. Without 3: 1, 2, 4, 10 → 2 and 4.
    for (without, low, high) in [("10", "2", "3"), ("1", "3", "4"), ("3", "2", "4")] {
      let middles = PeerMiddles.of(values, without: FixedDecimal(without)!)
      #expect((middles.low, middles.high) == (FixedDecimal(low)!, FixedDecimal(high)!), "without \(without)")
    }
    let pair = PeerMiddles.of([FixedDecimal(1), FixedDecimal(15)], without: FixedDecimal(15))
    #expect(pair.low == FixedDecimal(1) && pair.high == FixedDecimal(1))
    // Ties: one of two equal values taken out leaves the other. Without a 12.5 of 3.125, 12.5, 12.5, 12.5: 3.125,
    // 12.5, 12.5 → 12.5 both; without 3.125: 12.5 three times.
    let ties = ["3.125", "12.5", "12.5", "12.5"].map { FixedDecimal($0)! }
    let withoutTwelve = PeerMiddles.of(ties, without: FixedDecimal("12.5")!)
    #expect(withoutTwelve.low == FixedDecimal("12.5")! && withoutTwelve.high == FixedDecimal("12.5")!)
    let withoutLow = PeerMiddles.of(ties, without: FixedDecimal("3.125")!)
    #expect(withoutLow.low == FixedDecimal("12.5")! && withoutLow.high == FixedDecimal("12.5")!)
    let evenTies = PeerMiddles.of(["1", "1", "4", "4"].map { FixedDecimal($0)! }, without: FixedDecimal(4))
    // 1, 1, 4: the middle is 1.
    #expect(evenTies.low == FixedDecimal(1) && evenTies.high == FixedDecimal(1))
  }

  @Test("a manager_id naming a tech lead or a manager is no finding; naming an IC is, for someone paid in the period")
  func managerRoles() throws {
    func managers(_ findings: [DataFinding]) -> [String] {
      findings.compactMap {
        guard case .managerIsIC(_, _, let engineer, let manager, _) = $0 else { return nil }
        return "\(engineer) \(manager)"
      }
    }
    // E07 (Ho Chi Minh City) and E05 (London) report to E02. E07 under E03 (tech lead): fine. E07 under E06 (ic):
    // named. E05, who left in the period, under E06: named.
    for (written, writtenAs, named) in [
      ("Asia/Ho_Chi_Minh,E02,", "Asia/Ho_Chi_Minh,E03,", [String]()),
      ("Asia/Ho_Chi_Minh,E02,", "Asia/Ho_Chi_Minh,E06,", ["E07 E06"]),
      ("Europe/London,E02,", "Europe/London,E06,", ["E05 E06"]),
    ] {
      let (findings, _) = try Self.plausibility(["roster.csv": { $0.replacingOccurrences(of: written, with: writtenAs) }])
      #expect(managers(findings) == named, "\(writtenAs)")
    }
  }

  /// The input audit's case: E04's 12.5 written 125 made a target ten times as large, and the payout with it.
  @Test("a bonus target over 100 % of someone paid in the period is named at its line; 100 itself is not")
  func targetBonusOverBase() throws {
    func overBase(_ findings: [DataFinding]) -> [DataFinding] {
      findings.filter { if case .targetBonusOverBase = $0 { true } else { false } }
    }
    for (written, named) in [("125", true), ("100", false), ("100.01", true)] {
      let (findings, dataset) = try Self.plausibility([
        "roster.csv": { $0.replacingOccurrences(of: ",171000,12.5,", with: ",171000,\(written),") }
      ])
      #expect(overBase(findings).map(\.message) == (named ? [
        dataset.file("roster.csv") + ":5: target_bonus_pct of E04 is \(written), a target above the whole base salary; "
          + "check for a digit too many (the column is a percent of base)"
      ] : []))
    }
    // E16 left on 2026-06-19, before the period: their old target moves nothing.
    let (leaver, _) = try Self.plausibility([
      "roster.csv": { $0.replacingOccurrences(of: ",109500,10,USD", with: ",109500,110,USD") }
    ])
    #expect(overBase(leaver).isEmpty)
  }

  /// The review's case: one mentor written once as a roster id and once as an identities.csv spelling is one
  /// mentor, named by the roster id that is paid.
  @Test("a mentor's identities.csv spelling is the mentor: one finding, naming the roster id")
  func menteeMentorAlias() throws {
    let (findings, dataset) = try Self.plausibility(
      ["mentorship.csv": { $0 + "E13,E99,promoted,2026-08-15\nocto-E13,E99,level_up,2026-08-20\n" }],
      adding: ["identities.csv": "engineer_id,github\nE13,octo-e13\n"])
    #expect(
      Self.mentees(findings) == [
        .menteeNotOnRoster(file: dataset.file("mentorship.csv"), line: 8, mentee: "E99", mentor: "E13", rows: 2)
      ])
  }

  /// After the review: the survey scale is asked about only when a surveyed metric pays. acme's health components
  /// paid on cost_vs_budget instead read no survey, so a 0-10 score there moves nothing.
  @Test("a health score of 10 or less is not named when the plan reads no survey")
  func surveyScaleUnread() throws {
    let surveyed: [String: (String) -> String] = [
      "surveys.csv": { $0.replacingOccurrences(of: "platform,2026-Q3,81,", with: "platform,2026-Q3,8.1,") }
    ]
    func scales(_ findings: [DataFinding]) -> Int {
      findings.filter { if case .healthScoreScale = $0 { true } else { false } }.count
    }
    #expect(try scales(Self.plausibility(surveyed).findings) == 1)
    var unread = surveyed
    unread["plan.json"] = { $0.replacingOccurrences(of: "\"metric\": \"team_health\"", with: "\"metric\": \"cost_vs_budget\"") }
    #expect(try scales(Self.plausibility(unread).findings) == 0)
  }

  /// After the review: a quiet quarter's small file, or a file with a row of the period left out for another reason,
  /// is not another period's export.
  @Test("a file is not named as another period's export when it is small, or when a row of the period was left out")
  func otherPeriodQuiet() throws {
    func others(_ edits: [String: (String) -> String]) throws -> Int {
      try Self.run(edits, engineer: "E01").findings.filter {
        if case .nothingInPeriod = $0 { true } else { false }
      }.count
    }
    let lastYear: (String) -> String = { $0.replacingOccurrences(of: "2026-", with: "2025-") }
    #expect(try others(["reviews.csv": lastYear]) == 1)
    // mentorship.csv's six rows, all a year early: fewer than ten.
    #expect(try others(["mentorship.csv": lastYear]) == 0)
    // reviews.csv a year early but for one review of the period by someone on no roster row (left out as such).
    #expect(try others(["reviews.csv": { lastYear($0) + "PR-9999,X99,2026-08-03T10:00:00Z,E06,approved,1,1,,\n" }]) == 0)
  }

  @Test("survey and cost rows on one line (a JSON array written on one line) are named in the order of their bytes")
  func oneLineOrder() throws {
    // Every row of a one-line JSON file is on line 1: ordered by line alone, the findings came in a dictionary's
    // order, which changes from run to run.
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme)
    for name in ["surveys.csv", "costs.csv"] { try FileManager.default.removeItem(atPath: dataset.file(name)) }
    let surveys = #"[{"team":"platform","period":"2026-Q3","health_score":"5","responses":"5"},"#
      + #"{"team":"mobile","period":"2026-07","health_score":"70","responses":"0"},"#
      + #"{"team":"payments","period":"2026-07","health_score":"4","responses":"5"}]"#
    let costs = #"[{"team":"platform","month":"2026-08","actual":"5","budget":"0"},"#
      + #"{"team":"payments","month":"2026-07","actual":"5","budget":"0"},"#
      + #"{"team":"mobile","month":"2026-09","actual":"1","budget":"1"}]"#
    try Data(surveys.utf8).write(to: URL(fileURLWithPath: dataset.file("surveys.json")))
    try Data(costs.utf8).write(to: URL(fileURLWithPath: dataset.file("costs.json")))
    let run = try PayoutRun(datasetPath: dataset.path)
    let named = run.plausibilityFindings(try run.calculator().compute(run.dataset)).compactMap { finding -> String? in
      switch finding {
      case .healthScoreScale(_, let line, let team, _): "\(line) scale \(team)"
      case .surveyWithoutResponses(_, let line, let team, _, _): "\(line) no responses \(team)"
      case .costMonthsMissing(_, let line, let team, _, _): "\(line) months missing \(team)"
      case .costAgainstBudget(_, let line, let team, let month, _, _, _): "\(line) off budget \(team) \(month)"
      default: nil
      }
    }
    #expect(
      named == [
        "1 scale payments", "1 scale platform", "1 no responses mobile", "1 months missing mobile",
        "1 months missing payments", "1 months missing platform", "1 off budget payments 2026-07",
        "1 off budget platform 2026-08",
      ])
  }

  /// The findings a paying command warns with for acme with `edits`, and the run's payout of `engineer`.
  static func run(_ edits: [String: (String) -> String], engineer: String) throws -> (
    findings: [DataFinding], payout: String, dataset: TemporaryDataset
  ) {
    let dataset = try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
    let run = try PayoutRun(datasetPath: dataset.path)
    let report = try run.payouts()
    let payout = try #require(report.engineers.first { $0.engineer.id == engineer })
    return (run.dataFindings(report.metrics), payout.payout.formatted(in: payout.currency), dataset)
  }

  @Test("the mistake moves the payout, and is named once, at its line, as a decision", arguments: cases)
  func warned(_ mistake: Case) throws {
    let (findings, paid, dataset) = try Self.run(
      [mistake.file: { $0.replacingOccurrences(of: mistake.written, with: mistake.writtenAs) }],
      engineer: mistake.engineer)
    #expect(paid == mistake.paid)
    let named = findings.filter { $0.message == dataset.file(mistake.file) + mistake.warning }
    #expect(named.count == 1 && named.allSatisfy(\.needsDecision))
    let clean = try Self.run([:], engineer: mistake.engineer)
    #expect(clean.payout == mistake.clean)
    #expect(!clean.findings.contains { $0.message.hasPrefix(clean.dataset.file(mistake.file) + ":") })
  }
}
