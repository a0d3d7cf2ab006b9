import Foundation
import Testing

/// Issue 13, item 3: a near match of a roster value is an error unless mapped on purpose, by the plan's
/// `team_aliases` (teams) or the dataset's `identities.csv` (people). Fixtures/acme-aliases is Fixtures/acme with
/// deployments.csv lines 3 and 4 written `Mobile` and `mobile `, reviews.csv line 13 written by `e10` with author
/// team `Platform`, and both kinds of mapping (its README lists them).
@Suite("Aliases mapped on purpose")
struct AliasMappingTests {
  /// The part of a `calculate --format json` document that holds money: from `engineers` to `inputs`. The plan's
  /// digest before it differs (the plan gained `team_aliases`), the accounting after it names the aliases.
  static func money(_ json: String) -> Substring {
    let start = json.range(of: "\n  \"engineers\"")?.lowerBound ?? json.startIndex
    let end = json.range(of: "\n  \"inputs\"")?.lowerBound ?? json.endIndex
    return json[start..<end]
  }

  @Test("mapped aliases pay exactly as acme's hand-worked expected.json")
  func paysAsClean() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme-aliases", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let expected = try String(
      contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json"), encoding: .utf8)
    #expect(Self.money(result.stdout) == Self.money(expected))
  }

  @Test("the accounting lists each alias with the roster value and its row count; stderr says so")
  func reportedAsMapped() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme-aliases", "--format", "json"])
    // deployments.csv: mob-001 (line 3) and mob-002 (line 4) are production deployments of July 9, one row each.
    #expect(
      result.stdout.contains(
        """
              "mapped": {
                "Mobile": {
                  "to": "mobile",
                  "rows": 1
                },
                "mobile ": {
                  "to": "mobile",
                  "rows": 1
                }
              }
        """))
    // Still 98 of 107 counted: the two aliased rows count, as they did under `mobile` (WORKED.md section 10).
    #expect(result.stdout.contains("\"file\": \"deployments.csv\",\n      \"rows_read\": 107,\n      \"counted\": 98,"))
    #expect(
      result.stderr.contains(
        "warning: Fixtures/acme-aliases/deployments.csv: 2 rows counted under a mapped alias (\"Mobile\" as "
          + "\"mobile\" 1, \"mobile \" as \"mobile\" 1)\n"))
    #expect(
      result.stderr.contains(
        "warning: Fixtures/acme-aliases/reviews.csv: 1 row counted under a mapped alias (\"e10\" as \"E10\" 1)\n"))
    // A mapping is a decision already made: audit data notes it, and acme's staging rows stay the one decision.
    let audit = try CLIRunner.run(["audit", "data", "Fixtures/acme-aliases", "--format", "json"])
    #expect(audit.stdout.contains("\"decisions\": 1,"))
    #expect(audit.stdout.contains("counted under a mapped alias (\\\"e10\\\" as \\\"E10\\\" 1)"))
  }

  @Test(
    "a what-if's gaming moves pick the rows written under an alias too: sensitivity equals acme's",
    arguments: [["--engineer", "E10"], ["--team", "mobile"], ["--team", "platform"]])
  func sensitivityFollowsAliases(subject: [String]) throws {
    // E10's review on line 13 is written by e10 (identities.csv), and two mobile deployments as Mobile and
    // "mobile " (team_aliases): a rubber-stamp twin or a split must be made for them as for the others.
    let aliased = try CLIRunner.run(["sensitivity", "Fixtures/acme-aliases"] + subject + ["--format", "json"])
    let clean = try CLIRunner.run(["sensitivity", "Fixtures/acme"] + subject + ["--format", "json"])
    #expect(aliased.status == 0, "\(aliased.stderr)")
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(aliased.stdout.contains("\"move\": \"trivial_reviews\""))
    #expect(aliased.stdout == clean.stdout)
  }

  @Test("without its mapping, the same near match is refused and the message shows the mapping to add")
  func unmappedRefused() throws {
    let folder = try CLIRunner.copyFixture("acme-aliases")
    try FileManager.default.removeItem(at: folder.appendingPathComponent("identities.csv"))
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "error: \(folder.path)/reviews.csv:13:2: reviewer_id: \"e10\" is not on the roster but looks "
        + "like \"E10\" (differs in case, spaces or width); correct it, or map it on purpose with a row of "
        + "identities.csv with engineer_id \"E10\" and alias \"e10\" (docs/data-quality.md)\n")
  }

  struct BadMapping: Sendable, CustomStringConvertible {
    var description: String
    var file: String
    var find: String
    var replacement: String
    /// The whole of standard error, `$D` standing for the dataset folder.
    var message: String
  }

  static let badMappings: [BadMapping] = [
    BadMapping(
      description: "an alias of a team the roster lacks", file: "plan.json", find: #""Platform": "platform""#,
      replacement: #""Platform": "platfrom""#,
      message: "error: $D/plan.json: team_aliases.Platform: \"platfrom\" is not a team of the roster; map the alias "
        + "to one\n"),
    BadMapping(
      description: "an alias that is itself a roster team", file: "plan.json", find: #""Platform": "platform""#,
      replacement: #""payments": "platform""#,
      message: "error: $D/plan.json: team_aliases.payments: \"payments\" is itself a team of the roster; an alias "
        + "maps a name the roster lacks\n"),
    BadMapping(
      description: "an alias of itself", file: "plan.json", find: #""Platform": "platform""#,
      replacement: #""platform": "platform""#,
      message: "error: $D/plan.json: team_aliases.platform: an alias of itself; remove it\n"),
    BadMapping(
      description: "an identity of someone not on the roster", file: "identities.csv", find: "E10,",
      replacement: "E99,",
      message: "error: $D/identities.csv:2: engineer_id \"E99\" is not on the roster; an identity maps spellings to a "
        + "roster engineer\n"),
    // E09 is on the roster: `e09` for E10 would pay E10 for rows an export wrote for E09.
    BadMapping(
      description: "a spelling that is another roster engineer's id", file: "identities.csv", find: "lena-k,e10",
      replacement: "lena-k,e09",
      message: "error: $D/identities.csv:2: \"e09\" of E10 is the roster id of E09; a spelling may stand for one "
        + "engineer only\n"),
  ]

  @Test("a mapping that can't be right is refused before any output", arguments: badMappings)
  func badMapping(_ case_: BadMapping) throws {
    let folder = try CLIRunner.copyFixture("acme-aliases")
    try CLIRunner.edit(folder, case_.file, replacing: case_.find, with: case_.replacement)
    let result = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == case_.message.replacingOccurrences(of: "$D", with: folder.path))
  }

  @Test("validate PLAN DATASET lists a team alias the roster can't take, as an error finding")
  func validateChecksAliases() throws {
    let folder = try CLIRunner.copyFixture("acme-aliases")
    try CLIRunner.edit(folder, "plan.json", replacing: #""Platform": "platform""#, with: #""Platform": "platfrom""#)
    let plan = folder.path + "/plan.json"
    let result = try CLIRunner.run(["validate", plan, folder.path])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "\(plan): error: team_aliases.Platform: \"platfrom\" is not a team of the roster; map the alias to one\n"),
      "\(result.stdout)")
    // Without a dataset there is no roster to check the aliases against.
    #expect(!(try CLIRunner.run(["validate", plan])).stdout.contains("team_aliases"))
  }
}
