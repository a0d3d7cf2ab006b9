import Foundation
import Testing

/// `calculate --format markdown` without `--detail` is posted where everyone reads it: no figure in it, alone or
/// by subtraction, may be the pay of fewer than `min_group_size` (5) people. Teams and components each add up to the
/// total, so a small group withheld on one side withholds the total and the other side's amounts. The private
/// figures the checks compare against are read from `--format csv` of the same dataset.
@Suite("calculate --format markdown keeps small groups' pay out")
struct MarkdownPrivacyTests {
  /// Per person from `--format csv`: team and payout, with the team and component amounts in cents.
  struct Private {
    var teamPayout: [String: Int] = [:]
    var personPayout: [String: Int] = [:]
    var total = 0
  }

  static func cents(_ text: Substring) -> Int { Int(text.replacingOccurrences(of: ".", with: ""))! }

  /// `1234567` cents as the Markdown writes it: `12,345.67`.
  static func grouped(_ cents: Int) -> String {
    let units = String(cents / 100)
    var text = ""
    for (index, digit) in units.enumerated() {
      if index > 0 && (units.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text + "." + String(format: "%02d", cents % 100)
  }

  static func privateFigures(_ directory: URL) throws -> Private {
    let csv = try CLIRunner.run(["calculate", directory.path, "--format", "csv", "--quiet"])
    #expect(csv.status == 0, "\(csv.stderr)")
    var figures = Private()
    // engineer_id,name,team,role,currency,proration,target,multiplier,payout,…; acme's one quoted name holds a comma.
    for line in csv.stdout.split(separator: "\n").dropFirst() {
      let cells = line.replacingOccurrences(of: "\"Marcus Okafor, Jr.\"", with: "Marcus").split(separator: ",")
      let payout = Self.cents(cells[8])
      figures.teamPayout[String(cells[2]), default: 0] += payout
      figures.personPayout[String(cells[0])] = payout
      figures.total += payout
    }
    return figures
  }

  /// acme with E07 moved from payments to mobile: payments has 4 people.
  static func paymentsOfFour() throws -> URL {
    try CLIRunner.copyFixture("acme", editing: "roster.csv") {
      $0.replacingOccurrences(of: ",payments,ic,L4,apac", with: ",mobile,ic,L4,apac")
    }
  }

  @Test("a team of 4 withheld: the total and targets withheld with it; components counted, not priced")
  func smallTeam() throws {
    let directory = try Self.paymentsOfFour()
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = try Self.privateFigures(directory)
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "markdown", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = result.stdout
    #expect(markdown.contains("**Total: withheld**"))
    #expect(markdown.contains("| 1 team(s) under 5 people | — | withheld | withheld | withheld |"))
    #expect(markdown.contains("| Total | — | withheld | withheld | withheld |"))
    // The shown teams keep their figures; payments' and the total appear nowhere.
    #expect(markdown.contains("| mobile | 6 | ") && markdown.contains(Self.grouped(figures.teamPayout["mobile"]!)))
    #expect(!markdown.contains(Self.grouped(figures.teamPayout["payments"]!)))
    #expect(!markdown.contains(Self.grouped(figures.total)))
    // Components would add up to the total: they are counted, never priced (acme's 11 component ids).
    let components = markdown.components(separatedBy: "#### Components")[1].split(separator: "\n")
    #expect(components.first == "| Component | People paid |")
    #expect(components.dropFirst(2).count == 11)
    #expect(components.dropFirst(2).allSatisfy { $0.split(separator: "|").count == 2 })
  }

  @Test("a component paid to one director and one spanning both teams: counted, so no one's pay is a difference")
  func singlePersonComponent() throws {
    // Ten engineers paid on team health, five a team; the director, on t1, paid on t1's cost alone: a component of
    // one person, whose amount is the director's whole bonus.
    var roster = "engineer_id,name,team,role,start_date,base_salary,target_bonus_pct\n"
    roster += "D1,Dana,t1,director,2020-01-01,200000,20\n"
    for index in 1...10 { roster += "E\(index),Person \(index),t\(index <= 5 ? 1 : 2),ic,2020-01-01,100000,10\n" }
    let files = [
      "roster.csv": roster,
      "surveys.csv": "team,period,health_score,responses\nt1,2026-Q3,60,5\nt2,2026-Q3,80,5\n",
      "costs.csv": "team,month,actual,budget\nt1,2026-07,90,100\nt1,2026-08,90,100\nt1,2026-09,90,100\n",
      "plan.json": """
        {"name": "P", "version": "1", "rationale": "r", "period": "2026-Q3", "currency": "USD", "tracks": {
         "ic": {"components": [
           {"id": "health", "metric": "team_health", "scope": "team", "weight": 1, "curve": [[0, 0], [100, 2]]}]},
         "director": {"components": [
           {"id": "dir_cost", "metric": "cost_vs_budget", "scope": "team", "weight": 1, "curve": [[0.8, 1.5], [1.2, 0.5]]}]}}}
        """,
    ]
    let directory = try CLIRunner.scratchDirectory("md", files: files)
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = try Self.privateFigures(directory)
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "markdown", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = result.stdout
    // Both teams hold at least 5 people's pay: shown, with the total. Priced, health (the ten engineers) beside the
    // teams gave the director's pay as t1 + t2 − health, and dir_cost was the director's pay itself.
    #expect(markdown.contains("**Total: \(Self.grouped(figures.total)) USD**"))
    #expect(markdown.contains("| t1 | 6 | ") && markdown.contains(Self.grouped(figures.teamPayout["t1"]!)))
    #expect(markdown.contains("| health | 10 |\n"))
    #expect(markdown.contains("| dir\\_cost | 1 |\n"))
    let health = (1...10).reduce(0) { $0 + figures.personPayout["E\($1)"]! }
    #expect(!markdown.contains(Self.grouped(health)))
    #expect(!markdown.contains(Self.grouped(figures.personPayout["D1"]!)))
  }

  @Test("--detail, for a private channel, withholds nothing")
  func detail() throws {
    let directory = try Self.paymentsOfFour()
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = try Self.privateFigures(directory)
    let markdown = try CLIRunner.run(["calculate", directory.path, "--format", "markdown", "--detail", "--quiet"]).stdout
    #expect(!markdown.contains("withheld"))
    #expect(markdown.contains("**Total: \(Self.grouped(figures.total)) USD**"))
  }
}
