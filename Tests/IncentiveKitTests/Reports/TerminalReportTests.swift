import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

/// Text reports show values from the data, the plan and the command line escaped, on the line they
/// belong to; JSON keeps them as written (its writer escapes them for JSON).
@Suite("Text reports escape data, plan and path values")
struct TerminalReportTests {
  static let s = Hostile.shown
  /// acme's team `payments` renamed with a line feed, `ESC[2J` and U+202E inside.
  static let team = "pay\n\u{1B}[2J\u{202E}ments"
  static let shownTeam = "pay\\u{A}\\u{1B}[2J\\u{202E}ments"

  /// acme with `payments` renamed to `team` in every CSV cell that is exactly `payments` (quoted, since
  /// it holds a line feed) and in the plan's JSON strings.
  static func renamedTeam() throws -> TemporaryDataset {
    let csvCell = "\"" + team + "\""
    var edits: [String: (String) -> String] = [:]
    let files = try FileManager.default.contentsOfDirectory(atPath: WorkflowFixtures.acme)
    for name in files where name.hasSuffix(".csv") {
      edits[name] = { text in
        // surveys.csv ends its lines in CRLF, one Character that a split on "\n" would not cut: made LF first.
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").map { line in
          line.components(separatedBy: ",").map { $0 == "payments" ? csvCell : $0 }.joined(separator: ",")
        }.joined(separator: "\n")
      }
    }
    edits["plan.json"] = { $0.replacingOccurrences(of: "\"payments\"", with: "\"pay\\n\\u001b[2J\\u202ements\"") }
    return try TemporaryDataset(copying: WorkflowFixtures.acme, editing: edits)
  }

  @Test("metrics: a team's heading shows its name escaped, on one line")
  func metricsTeamHeading() throws {
    let dataset = try Self.renamedTeam()
    let text = try MetricsWorkflow.run(.init(run: RunOptions(dataset: dataset.path))).output
    // acme's payments team is DORA level low overall (Fixtures/acme/WORKED.md).
    #expect(text.contains("\nTeam \(Self.shownTeam) — DORA overall: low\n"))
    #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
  }

  @Test("sensitivity --team: the title, each shifted subject and each guard's subject show the team escaped")
  func sensitivityTeam() throws {
    let dataset = try Self.renamedTeam()
    let text = try SensitivityWorkflow.run(
      RunOptions(dataset: dataset.path), subject: .team(Self.team), format: .text
    ).output
    // payments has 5 paid people in 2026-Q3 (E02, E03, E04, E05, E06).
    #expect(text.hasPrefix("Sensitivity of team \(Self.shownTeam) (5 people) · 2026-07-01 to 2026-09-30 · payout "))
    // acme's figures for payments (as `sensitivity Fixtures/acme --team payments` prints them).
    #expect(text.contains("\n  \(Self.shownTeam) change_failure_rate: 0.2 → 0.1\n"))
    #expect(
      text.contains(
        "\n  guard delivery change_failure_rate max 0.15 (cap 1.0) on \(Self.shownTeam): 0.2 → 0.1: "
          + "no longer broken\n"))
    #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
    // The JSON keeps the team as written, escaped for JSON by its writer.
    let json = try SensitivityWorkflow.run(
      RunOptions(dataset: dataset.path), subject: .team(Self.team), format: .json
    ).output
    #expect(json.contains("pay\\n\\u001B[2J\u{202E}ments") || json.contains("pay\\n\\u001b[2J\u{202E}ments"))
  }

  @Test("audit bias: the attribute and the most favoured group show escaped")
  func biasLabels() throws {
    let attribute = "gen\n\u{1B}[2J\u{202E}der"
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: [
        "demographics.csv": {
          $0.replacingOccurrences(of: "engineer_id,gender,", with: "engineer_id,\"\(attribute)\",")
            .replacingOccurrences(of: ",female,", with: ",\"f\(Hostile.value)\",")
        }
      ])
    let text = try BiasAuditWorkflow.run(
      .init(run: RunOptions(dataset: dataset.path), grouping: .attribute(attribute, demographics: nil))
    ).output
    // Headers are matched in lower case: the label is the column's name lowered ([2j).
    let shownAttribute = "gen\\u{A}\\u{1B}[2j\\u{202E}der"
    #expect(text.hasPrefix("Bias audit by \(shownAttribute): payout multiplier\n"))
    // In acme, women have the highest share at or above target (6 of 8).
    #expect(text.contains("\nMost favoured group (highest share at or above target): f\(Self.s)\n"))
    #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
  }

  @Test("validate: the plan path and a finding's component id show escaped in text, as written in JSON")
  func validateFindings() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let folder = directory + "/q3" + Hostile.value
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      let plan = try WorkflowFixtures.text(WorkflowFixtures.acme + "/plan.json")
        .replacingOccurrences(of: "\"internal_customers\"", with: "\"ic\\n\\u001b[2J\\u202e\"")
      try plan.write(toFile: folder + "/plan.json", atomically: false, encoding: .utf8)
      let text = try ValidateWorkflow.run(.init(plan: folder + "/plan.json")).output
      let shownPlan = directory + "/q3" + Self.s + "/plan.json"
      // Without a dataset, internal_customer_satisfaction is an unknown metric (an error).
      #expect(
        text.hasPrefix(
          "\(shownPlan): error: tracks.manager.components[ic\\u{A}\\u{1B}[2J\\u{202E}]: unknown metric "
            + "internal_customer_satisfaction"))
      #expect(text.hasSuffix("\n\(shownPlan): 1 error(s), 2 warning(s)\n"))
      #expect(text.split(separator: "\n").count == 4)
      let json = try ValidateWorkflow.run(.init(plan: folder + "/plan.json", format: .json)).output
      #expect(json.contains("components[ic\\n\\u001"))
    }
  }

  @Test("audit data: findings name a hostile dataset folder escaped in text, as written in JSON")
  func auditDataFindings() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let folder = directory + "/q3" + Hostile.value
      try FileManager.default.copyItem(atPath: WorkflowFixtures.acme, toPath: folder)
      let text = try AuditDataWorkflow.run(.init(run: RunOptions(dataset: folder))).output
      let shown = directory + "/q3" + Self.s
      #expect(
        text.contains(
          "\ndecide  \(shown)/deployments.csv: 5 of 107 rows left out, not a production environment (\"staging\" 4, "
            + "\"dev\" 1); first on lines 71, 72, 73, 107, 108\n"))
      #expect(text.contains("\nnote    \(shown)/README.md: is not a dataset file and is not read\n"))
      #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
      let json = try AuditDataWorkflow.run(.init(run: RunOptions(dataset: folder), format: .json)).output
      #expect(json.contains("q3x\\n\\u001"))
      #expect(!json.contains("\\\\u{A}"))
    }
  }

  @Test("check, statement --all, init and ledger verify echo a hostile path escaped")
  func echoedPaths() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let golden = directory + "/g" + Hostile.value + ".json"
      let shownGolden = directory + "/g" + Self.s + ".json"
      let wrote = try CheckWorkflow.run(.init(run: WorkflowFixtures.run, expected: golden, update: true)).output
      // acme pays 15 people 87,757.48 USD in 2026-Q3 (Fixtures/acme/expected.json).
      #expect(wrote == "check: wrote \(shownGolden) (15 engineers, total 87757.48 USD)\n")
      let checked = try CheckWorkflow.run(.init(run: WorkflowFixtures.run, expected: golden)).output
      #expect(
        checked == "check passed: 15 engineers, 3 teams and the total 87,757.48 USD match \(shownGolden) "
          + "(tolerance 0.00)\n")

      let statements = directory + "/st" + Hostile.value
      let written = try StatementsWorkflow.run(
        .init(run: WorkflowFixtures.run, selection: .everyone(directory: statements))
      ).output
      #expect(written == "wrote 15 statements to \(directory)/st\(Self.s)\n")

      let starter = directory + "/new" + Hostile.value
      let started = try InitWorkflow.run(.init(directory: starter)).output
      #expect(started.hasPrefix("init: wrote "))
      #expect(started.contains(" files to \(directory)/new\(Self.s) (template product-team, "))
      #expect(started.split(separator: "\n").first.map { !$0.contains("\u{1B}") } == true)
      // The "Next:" commands echo the folder too: escaped, so no raw ESC, U+202E or a line feed that starts a line.
      #expect(!started.contains("\u{1B}") && !started.contains("\u{202E}"))
      // Quoted for a shell as one word, then escaped for the terminal.
      #expect(started.contains("\n  4. incentive calculate '\(directory)/new\(Self.s)'\n"))
      #expect(started.split(separator: "\n").count == 6)

      let ledger = Ledger(path: directory + "/l" + Hostile.value + ".jsonl")
      try ledger.append(GovernanceFixtures.entry(minute: 0))
      let verified = try LedgerWorkflow.verify(ledger.path).output
      #expect(verified == "\(directory)/l\(Self.s).jsonl: ledger intact: 1 entry\n")
    }
  }
}
