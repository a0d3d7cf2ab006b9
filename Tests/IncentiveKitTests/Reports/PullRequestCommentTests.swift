import Testing

@testable import IncentiveKit

/// The pull-request comment of `check` and `diff`: names nobody by default and stays under
/// GitHub's 65,536-character limit however many people moved.
@Suite("Pull-request comments")
struct PullRequestCommentTests {
  static let usd = Currency(code: "USD")!

  static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits) }

  /// `people` engineers spread over `teams` teams, each paid 1,000.00 + i cents on one
  /// component, `delivery`, with a long name; `raise` cents more for everyone after.
  static func snapshot(people: Int, teams: Int, raise: Int64) -> PayoutSnapshot {
    var engineers: [PayoutSnapshot.EngineerFigures] = []
    var teamPay: [String: (Int, Int64)] = [:]
    for index in 0..<people {
      let team = "team-\(index % teams)"
      let pay = 100_000 + Int64(index) + raise
      engineers.append(
        .init(
          id: "ENG\(index)", name: "Person Number \(index) With A Rather Long Family Name", team: team,
          target: money(100_000), multiplier: FixedDecimal("1.0")!, payout: money(pay),
          components: [.init(id: "delivery", multiplier: FixedDecimal("1.0000")!, amount: money(pay))]))
      teamPay[team, default: (0, 0)].0 += 1
      teamPay[team, default: (0, 0)].1 += pay
    }
    let teamFigures = teamPay.keys.sorted().map {
      PayoutSnapshot.TeamFigures(team: $0, headcount: teamPay[$0]!.0, payout: money(teamPay[$0]!.1))
    }
    return PayoutSnapshot(
      planName: "p", planVersion: "1", planSHA256: "a", period: "2026-07-01..2026-09-30", currency: usd,
      engineers: engineers, teams: teamFigures, total: money(teamFigures.reduce(0) { $0 + $1.payout.minorUnits }))
  }

  static func options(detail: Bool) -> PayoutDiff.CommentOptions {
    .init(
      heading: "incentive check failed", onlyDifferences: true, minGroupSize: 5, detail: detail,
      fullOutputHint: "Run it locally.")
  }

  @Test("500 people moved: the comment counts them, gives team deltas, counts what drove them, and names nobody")
  func fiveHundred() {
    // Everyone +12.34: 500 × 12.34 = 6,170.00 in all; 25 teams of 20 people, each +246.80 (20 × 12.34).
    let diff = PayoutDiff(
      before: Self.snapshot(people: 500, teams: 25, raise: 0),
      after: Self.snapshot(people: 500, teams: 25, raise: 1_234))
    let comment = diff.renderPullRequestComment(Self.options(detail: false))
    #expect(comment.utf8.count < 65_536)
    #expect(comment.contains("**500 of 500 engineers** and **25 of 25 teams** moved"))
    #expect(comment.contains("| team-0 | 20 | "))
    #expect(comment.contains(" | +246.80 |"))
    // What drove it is counted, not priced: a component's delta beside a team's could be subtracted.
    #expect(comment.contains("| delivery | 500 |\n"))
    // Σ (100,000 + i) cents for i < 500 = 501,247.50; after, 500 × 12.34 more.
    #expect(comment.contains("total 501,247.50 → 507,417.50 (**+6,170.00 USD**)"))
    #expect(!comment.contains("ENG") && !comment.contains("Person Number"))
    #expect(!comment.contains("Shortened"))
  }

  @Test("--detail on 500 people is cut to the limit, with a note saying how many person rows were left out")
  func detailIsCut() {
    let diff = PayoutDiff(
      before: Self.snapshot(people: 500, teams: 25, raise: 0),
      after: Self.snapshot(people: 500, teams: 25, raise: 1_234))
    let comment = diff.renderPullRequestComment(Self.options(detail: true))
    // 500 named rows of ~130 characters (with their component line) are far above 65,536.
    #expect(comment.utf8.count <= 65_536)
    #expect(comment.contains("Person Number 0 "))
    #expect(comment.contains("> **Shortened to stay under GitHub's 65536-character comment limit.** Left out: "))
    #expect(comment.contains(" person rows. Run it locally.\n"))
  }

  @Test("teams under min_group_size fold into one row, withheld (with the totals) when the fold is itself that small")
  func smallTeams() {
    // 12 people over 5 teams: team-0 and team-1 have 3, the rest 2 (index mod 5); all under 5, folded into
    // one row of 12 people: before Σ = 12 × 1,000.00 + (0 + … + 11) cents = 12,000.66; after + 12 × 1.00.
    let diff = PayoutDiff(
      before: Self.snapshot(people: 12, teams: 5, raise: 0), after: Self.snapshot(people: 12, teams: 5, raise: 100))
    let comment = diff.renderPullRequestComment(Self.options(detail: false))
    #expect(
      comment.contains("| 5 team(s) with the pay or change of fewer than 5 people | 12 | 12,000.66 | 12,012.66 | +12.00 |"))
    #expect(!comment.contains("team-0"))
    // 3 people on 1 team: the folded row is under 5 people, so its amounts are withheld.
    let tiny = PayoutDiff(
      before: Self.snapshot(people: 3, teams: 1, raise: 0), after: Self.snapshot(people: 3, teams: 1, raise: 100))
    let tinyComment = tiny.renderPullRequestComment(Self.options(detail: false))
    #expect(tinyComment.contains("| 1 team(s) with the pay or change of fewer than 5 people | — | withheld | withheld | withheld |"))
    #expect(tinyComment.contains("| Total |  | withheld | withheld | withheld |"))
    #expect(tinyComment.contains("**3 of 3 engineers** and **1 of 1 teams** moved; totals withheld: "))
  }

  /// 10 people on team `big`, all raised by `raise` cents, and 3 on `small`, unchanged; each paid 1,000.00.
  static func bigAndSmall(raise: Int64) -> PayoutSnapshot {
    var engineers: [PayoutSnapshot.EngineerFigures] = []
    for index in 0..<13 {
      let team = index < 10 ? "big" : "small"
      let pay = 100_000 + (index < 10 ? raise : 0)
      engineers.append(
        .init(
          id: "ENG\(index)", name: "P\(index)", team: team, target: money(100_000), multiplier: FixedDecimal("1.0")!,
          payout: money(pay), components: [.init(id: "delivery", multiplier: FixedDecimal("1.0000")!, amount: money(pay))]))
    }
    let big = PayoutSnapshot.TeamFigures(team: "big", headcount: 10, payout: money(1_000_000 + 10 * raise))
    let small = PayoutSnapshot.TeamFigures(team: "small", headcount: 3, payout: money(300_000))
    return PayoutSnapshot(
      planName: "p", planVersion: "1", planSHA256: "a", period: "2026-07-01..2026-09-30", currency: usd,
      engineers: engineers, teams: [big, small], total: money(1_300_000 + 10 * raise))
  }

  @Test("check lists only the teams that moved, but a small one that did not still withholds the totals")
  func unlistedSmallTeam() {
    // Listed: big, 10,000.00 → 10,100.00. Unlisted: small, 3 people's 3,000.00, which the totals (13,000.00 →
    // 13,100.00) minus big's would give away.
    let diff = PayoutDiff(before: Self.bigAndSmall(raise: 0), after: Self.bigAndSmall(raise: 1_000))
    let comment = diff.renderPullRequestComment(Self.options(detail: false))
    #expect(comment.contains("| big | 10 | 10,000.00 | 10,100.00 | +100.00 |"))
    #expect(!comment.contains("small"))
    #expect(comment.contains("| Total |  | withheld | withheld | withheld |"))
    #expect(!comment.contains("13,000.00") && !comment.contains("13,100.00") && !comment.contains("3,000.00"))
    // Two unmoved teams of ten: enough people's pay, so the totals show: Σ (100,000 + i) cents for i < 20 = 20,001.90.
    #expect(
      PayoutDiff(before: Self.snapshot(people: 20, teams: 2, raise: 0), after: Self.snapshot(people: 20, teams: 2, raise: 0))
        .renderPullRequestComment(Self.options(detail: false)).contains("| Total |  | 20,001.90 | 20,001.90 | 0.00 |"))
  }

  /// `people` on team A and five on B, each paid 1,000.00; `moving` of A's are on B instead.
  static func switching(moving: Int, people: Int = 9) -> PayoutSnapshot {
    var engineers: [PayoutSnapshot.EngineerFigures] = []
    var teamPay: [String: (Int, Int64)] = [:]
    for index in 0..<(people + 5) {
      let team = index < people - moving ? "A" : "B"
      engineers.append(
        .init(
          id: "ENG\(index)", name: "P\(index)", team: team, target: money(100_000), multiplier: FixedDecimal("1.0")!,
          payout: money(100_000), components: [.init(id: "delivery", multiplier: FixedDecimal("1.0000")!, amount: money(100_000))]))
      teamPay[team, default: (0, 0)].0 += 1
      teamPay[team, default: (0, 0)].1 += 100_000
    }
    let teams = teamPay.keys.sorted().map {
      PayoutSnapshot.TeamFigures(team: $0, headcount: teamPay[$0]!.0, payout: money(teamPay[$0]!.1))
    }
    return PayoutSnapshot(
      planName: "p", planVersion: "1", planSHA256: "a", period: "2026-07-01..2026-09-30", currency: usd,
      engineers: engineers, teams: teams, total: money(Int64(people + 5) * 100_000))
  }

  @Test("one person moving teams is one person's change on each side: both teams fold, the totals are withheld")
  func oneSwitch() {
    // A: 9 people (9,000.00) → 8 (8,000.00), B: 5 → 6; every payout unchanged. A's delta -1,000.00 and B's +1,000.00
    // are the mover's pay, one person each.
    let diff = PayoutDiff(before: Self.switching(moving: 0), after: Self.switching(moving: 1))
    let comment = diff.renderPullRequestComment(Self.options(detail: false))
    #expect(!comment.contains("1,000.00") && !comment.contains("9,000.00") && !comment.contains("8,000.00"))
    #expect(comment.contains("| Total |  | withheld | withheld | withheld |"))
    // Five of ten moving: five people's pay on each side and in each figure, both teams shown, A 10,000.00 →
    // 5,000.00, B 5,000.00 → 10,000.00, the totals 15,000.00 either side.
    let five = PayoutDiff(before: Self.switching(moving: 0, people: 10), after: Self.switching(moving: 5, people: 10))
      .renderPullRequestComment(Self.options(detail: false))
    #expect(five.contains("| A | 10 → 5 | 10,000.00 | 5,000.00 | -5,000.00 |"))
    #expect(five.contains("| B | 5 → 10 | 5,000.00 | 10,000.00 | +5,000.00 |"))
    #expect(five.contains("| Total |  | 15,000.00 | 15,000.00 | 0.00 |"))
    // Five of nine moving leaves A's new figure four people's pay: A folds, alone, and the totals go with it.
    let four = PayoutDiff(before: Self.switching(moving: 0), after: Self.switching(moving: 5))
      .renderPullRequestComment(Self.options(detail: false))
    #expect(four.contains("| B | 5 → 10 | 5,000.00 | 10,000.00 | +5,000.00 |"))
    #expect(four.contains("| Total |  | withheld | withheld | withheld |") && !four.contains("4,000.00"))
  }

  @Test("a team renamed moves five people out of one row and into another: the one real change stays withheld")
  func renamedTeam() {
    // Before: P and Q, five people each at 1,000.00. After: P is spelled Px, and one of its people is paid 10.00
    // more. P's -5,000.00 and Px's +5,010.00 are five moves each, but together, and in the total, they are the one
    // person's +10.00.
    func snapshot(_ pTeam: String, raise: Int64) -> PayoutSnapshot {
      let engineers = (0..<10).map { index -> PayoutSnapshot.EngineerFigures in
        let pay = 100_000 + (index == 0 ? raise : 0)
        return .init(
          id: "ENG\(index)", name: "P\(index)", team: index < 5 ? pTeam : "Q", target: Self.money(100_000),
          multiplier: FixedDecimal("1.0")!, payout: Self.money(pay),
          components: [.init(id: "delivery", multiplier: FixedDecimal("1.0000")!, amount: Self.money(pay))])
      }
      let teams = [
        PayoutSnapshot.TeamFigures(team: pTeam, headcount: 5, payout: Self.money(500_000 + raise)),
        PayoutSnapshot.TeamFigures(team: "Q", headcount: 5, payout: Self.money(500_000)),
      ]
      return PayoutSnapshot(
        planName: "p", planVersion: "1", planSHA256: "a", period: "2026-07-01..2026-09-30", currency: Self.usd,
        engineers: engineers, teams: teams.sorted { $0.team < $1.team }, total: Self.money(1_000_000 + raise))
    }
    let comment = PayoutDiff(before: snapshot("P", raise: 0), after: snapshot("Px", raise: 1_000))
      .renderPullRequestComment(Self.options(detail: false))
    #expect(comment.contains("| Total |  | withheld | withheld | withheld |"))
    #expect(!comment.contains("10.00 ") && !comment.contains("+10.00") && !comment.contains("5,010.00"))
    // P and Px fold (one change among their moves); Q did not move, so check does not list it.
    #expect(comment.contains("| 2 team(s) with the pay or change of fewer than 5 people | — | withheld | withheld | withheld |"))
  }

  @Test("a comment budget too small for every team row keeps the first rows and names the rest")
  func budgetCutsRows() {
    var table = MarkdownTable(headers: ["Team", "Delta"], alignments: [.left, .right])
    for index in 0..<100 { table.append(["team-\(index)", "+1.00"]) }
    // Header "| Team | Delta |\n| --- | ---: |\n" = 32 bytes after the 11-byte title; each row "| team-N | +1.00 |\n"
    // is 19 bytes (N < 10) or 20. Room = 1,200 − 1,024 reserved = 176: 43 bytes of heading, then 7 rows of 19.
    var budget = CommentBudget(limit: 1_200, fullOutputHint: "See the JSON.")
    budget.appendTable(title: "#### Teams\n", table, what: "team")
    let text = budget.finished()
    #expect(text.contains("| team-6 | +1.00 |\n") && !text.contains("| team-7 |"))
    #expect(text.contains("Left out: 93 of 100 team rows. See the JSON.\n"))
    #expect(text.utf8.count <= 1_200)
  }
}
