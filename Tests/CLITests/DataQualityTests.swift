import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 13: each ordinary export or hand-editing mistake either refuses the payout (exit 2, a message naming
/// file, line and value) or pays exactly as the clean dataset with a warning naming the value. Line numbers and
/// counts below come from reading Fixtures/acme (WORKED.md section 10).
@Suite("Data quality: every input row accounted for")
struct DataQualityTests {
  /// Acme's clean total, from WORKED.md section 9.
  static let cleanTotal = "\"total\": \"87757.48\""

  /// A copy of acme with `edit` applied to each named file.
  static func acme(_ edits: [String: @Sendable (String) -> String]) throws -> URL {
    let directory = try CLIRunner.copyFixture("acme")
    for (file, edit) in edits {
      let url = directory.appendingPathComponent(file)
      try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// `text` with line `number` (1-based) passed through `edit`.
  static func line(_ number: Int, of text: String, _ edit: (String) -> String) -> String {
    var lines = text.components(separatedBy: "\n")
    lines[number - 1] = edit(lines[number - 1])
    return lines.joined(separator: "\n")
  }

  /// The JSON up to its `inputs` key, which names line numbers of the files.
  static func payouts(_ json: String) -> Substring {
    json[..<(json.range(of: "\n  \"inputs\"")?.lowerBound ?? json.endIndex)]
  }

  struct Refusal: Sendable, CustomStringConvertible {
    var description: String
    var file: String
    var edit: @Sendable (String) -> String
    /// The whole of standard error, `$D` standing for the dataset folder.
    var message: String
  }

  static let refusals: [Refusal] = [
    // Line 3 is mob-001; team is field 2.
    Refusal(
      description: "a team in another case", file: "deployments.csv",
      edit: { line(3, of: $0) { $0.replacingOccurrences(of: ",mobile,", with: ",Mobile,") } },
      message: "error: $D/deployments.csv:3:2: team: \"Mobile\" is not on the roster but looks like \"mobile\" "
        + "(differs in case, spaces or width); correct it, or map it on purpose with \"team_aliases\": "
        + "{\"Mobile\": \"mobile\"} in the plan (docs/data-quality.md)\n"),
    Refusal(
      description: "a team with a trailing space", file: "deployments.csv",
      edit: { line(3, of: $0) { $0.replacingOccurrences(of: ",mobile,", with: ",mobile ,") } },
      message: "error: $D/deployments.csv:3:2: team: \"mobile \" is not on the roster but looks like \"mobile\" "
        + "(differs in case, spaces or width); correct it, or map it on purpose with \"team_aliases\": "
        + "{\"mobile \": \"mobile\"} in the plan (docs/data-quality.md)\n"),
    // Line 13 is PR-4571, reviewed by E10 on 2026-07-10 (in the period).
    Refusal(
      description: "a reviewer id in lower case", file: "reviews.csv",
      edit: { line(13, of: $0) { $0.replacingOccurrences(of: ",E10,2026", with: ",e10,2026") } },
      message: "error: $D/reviews.csv:13:2: reviewer_id: \"e10\" is not on the roster but looks like \"E10\" "
        + "(differs in case, spaces or width); correct it, or map it on purpose with a row of identities.csv with "
        + "engineer_id \"E10\" and alias \"e10\" (docs/data-quality.md)\n"),
    Refusal(
      description: "a reviewer id in full-width letters (NFKC)", file: "reviews.csv",
      edit: { line(13, of: $0) { $0.replacingOccurrences(of: ",E10,2026", with: ",\u{FF25}10,2026") } },
      message: "error: $D/reviews.csv:13:2: reviewer_id: \"\u{FF25}10\" is not on the roster but looks like \"E10\" "
        + "(differs in case, spaces or width); correct it, or map it on purpose with a row of identities.csv with "
        + "engineer_id \"E10\" and alias \"\u{FF25}10\" (docs/data-quality.md)\n"),
    // The same review, platform to platform, written with one team capitalised: a cross-team review by mistake.
    // author_team is field 8. Read on the byte-level fast path (both teams written).
    Refusal(
      description: "a review's team in another case", file: "reviews.csv",
      edit: { line(13, of: $0) { $0.replacingOccurrences(of: ",platform,platform", with: ",Platform,platform") } },
      message: "error: $D/reviews.csv:13:8: author_team: \"Platform\" is not on the roster but looks like "
        + "\"platform\" (differs in case, spaces or width); correct it, or map it on purpose with \"team_aliases\": "
        + "{\"Platform\": \"platform\"} in the plan (docs/data-quality.md)\n"),
    // Line 9 is PR-4510, E09 reviewing E10 (both platform) with no teams written: the reviewer's team comes from
    // the roster, so the row goes to its record decoder, which must check the written cell as well.
    Refusal(
      description: "a review's team in another case, the other from the roster", file: "reviews.csv",
      edit: { line(9, of: $0) { $0.replacingOccurrences(of: "approved,1,0,,", with: "approved,1,0,Platform,") } },
      message: "error: $D/reviews.csv:9:8: author_team: \"Platform\" is not on the roster but looks like "
        + "\"platform\" (differs in case, spaces or width); correct it, or map it on purpose with \"team_aliases\": "
        + "{\"Platform\": \"platform\"} in the plan (docs/data-quality.md)\n"),
    // 98 production + 1 Production + 3 empty = 102 rows become prod; 4 staging, 1 dev stay.
    Refusal(
      description: "every production deployment written prod", file: "deployments.csv",
      edit: { text in
        text.components(separatedBy: "\n").enumerated().map { index, row in
          guard index > 0, !row.isEmpty else { return row }
          var fields = row.components(separatedBy: ",")
          if ["production", "Production", ""].contains(fields[3]) { fields[3] = "prod" }
          return fields.joined(separator: ",")
        }.joined(separator: "\n")
      },
      message: "error: $D/deployments.csv: no deployment is in a production environment; found environment "
        + "\"dev\" (1), \"prod\" (102), \"staging\" (4); production is \"production\" "
        + "(metric_options.production_environments)\n"),
    // E01's salary on line 2, field 12.
    Refusal(
      description: "an unquoted thousands separator", file: "roster.csv",
      edit: { $0.replacingOccurrences(of: ",265000,", with: ",265,000,") },
      message: "error: $D/roster.csv:2:12: expected 14 fields as in the header, found 15: \"265,000\" has a "
        + "thousands separator, which splits it into two fields; write 265000\n"),
    Refusal(
      description: "a quoted thousands separator", file: "roster.csv",
      edit: { $0.replacingOccurrences(of: ",265000,", with: ",\"265,000\",") },
      message: "error: $D/roster.csv:2:12: base_salary: \"265,000\" is not a decimal number below 10^15 with at "
        + "most 12 decimals; write 265000 (no thousands separators)\n"),
    Refusal(
      description: "a percent sign", file: "roster.csv",
      edit: { $0.replacingOccurrences(of: ",265000,20,", with: ",265000,20%,") },
      message: "error: $D/roster.csv:2:13: target_bonus_pct: \"20%\" is not a decimal number below 10^15 with at "
        + "most 12 decimals; write 20 for 20 %\n"),
    Refusal(
      description: "a semicolon-separated file", file: "roster.csv",
      edit: { $0.replacingOccurrences(of: ",", with: ";") },
      message: "error: $D/roster.csv:1: the columns are separated by semicolons (\";\"), not commas; export again "
        + "as \"CSV UTF-8 (comma delimited)\", or set the list separator to a comma before saving\n"),
    Refusal(
      description: "a tab-separated file", file: "surveys.csv",
      edit: { $0.replacingOccurrences(of: ",", with: "\t") },
      message: "error: $D/surveys.csv:1: the columns are separated by tabs, not commas; export again "
        + "as \"CSV UTF-8 (comma delimited)\", or set the list separator to a comma before saving\n"),
    // oncall_shifts is read once, by the ic track's second component (recovery's eligibility).
    Refusal(
      description: "a misspelt metric in the plan", file: "plan.json",
      edit: { $0.replacingOccurrences(of: "\"oncall_shifts\"", with: "\"oncall_shift\"") },
      message: "error: $D/plan.json: tracks.ic.components[1]: metric oncall_shift is not one incentive computes, "
        + "and metrics.csv does not supply it (did you mean oncall_shifts?); paying it by on_missing would hide the "
        + "mistake\n"),
    // Paid on a built-in prohibited fragment: the ic track's first component, deployment_frequency renamed.
    Refusal(
      description: "a prohibited metric in the plan", file: "plan.json",
      edit: { $0.replacingOccurrences(of: "\"id\": \"delivery\", \"metric\": \"deployment_frequency\"", with: "\"id\": \"delivery\", \"metric\": \"daily_active_users\"") },
      // "dau" is matched as a whole word or prefix, so "daily_active" (matched inside the name) is the one named.
      message: "error: $D/plan.json: tracks.ic.components[0]: daily_active_users is a prohibited metric (built-in list: "
        + "daily_active): no command pays on attention metrics\n"),
    // acme's assignments.csv has 8 rows (lines 2 to 9): a row appended is line 10.
    Refusal(
      description: "an assignment to a roster team in another case", file: "assignments.csv",
      edit: { $0 + "E13,Mobile,2026-07-01,\n" },
      message: "error: $D/assignments.csv:10: team \"Mobile\" is no team of the roster but looks like \"mobile\" "
        + "(differs in case, spaces or width); write it as the roster does\n"),
    Refusal(
      description: "two assignments of one person starting the same day", file: "assignments.csv",
      edit: { $0 + "E15,payments,2026-07-01,2026-09-30\nE15,platform,2026-07-01,2026-09-30\n" },
      message: "error: $D/assignments.csv:11: a second assignment of E15 starting 2026-07-01 (first on line 10); a "
        + "person is on one team a day, so keep one row, or start the other on another day\n"),
    // E04 is on line 5; a copy as e04 appended after the 16 people is line 18.
    Refusal(
      description: "two roster ids that differ only in case", file: "roster.csv",
      edit: { $0 + $0.components(separatedBy: "\n")[4].replacingOccurrences(of: "E04,", with: "e04,") + "\n" },
      message: "error: $D/roster.csv:18: engineer_id \"e04\" differs from \"E04\" (line 5) only in case, spaces or "
        + "width; rows for one would be paid as the other\n"),
  ]

  @Test("each mistake that would move money is refused with its exact message", arguments: refusals)
  func refused(_ case_: Refusal) throws {
    let folder = try Self.acme([case_.file: case_.edit])
    for format in ["table", "json"] {
      let result = try CLIRunner.run(["calculate", folder.path, "--format", format])
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr == case_.message.replacingOccurrences(of: "$D", with: folder.path))
    }
  }

  /// A copy of acme with `files` written into it (files acme lacks, such as identities.csv).
  static func acme(writing files: [String: String]) throws -> URL {
    let directory = try CLIRunner.copyFixture("acme")
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test("an old assignment in another spelling, or a repeated one, moves no money and stops nothing")
  func harmlessAssignments() throws {
    // Line 8 is E14's platform assignment of 2023-03-13..2024-01-31, long before 2026-Q3; E10's row repeated.
    let folder = try Self.acme([
      "assignments.csv": {
        Self.line(8, of: $0) { $0.replacingOccurrences(of: ",platform,", with: ",Platform,") }
          + "E10,platform,2021-10-04,\n"
      }
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(Self.cleanTotal))
  }

  @Test(
    "audit data stops where calculate stops: an adjustment the engine refuses, an unknown currency",
    arguments: [
      (
        "adjustments.csv", "engineer_id,component,multiplier,amount,reason,approved_by,date\nE04,launch,1.2,,r,E02,2026-10-01\n",
        "adjustments.csv:2: component \"launch\" is not in E04's track"
      ),
      (
        "adjustments.csv", "engineer_id,component,multiplier,amount,reason,approved_by,date\nE16,total,1.1,,r,E02,2026-10-01\n",
        "adjustments.csv:2: E16 was not employed on any day of 2026-07-01 to 2026-09-30"
      ),
    ])
  func auditStopsAsCalculateDoes(file: String, text: String, message: String) throws {
    let folder = try Self.acme(writing: [file: text])
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in [["calculate"], ["audit", "data"]] {
      let result = try CLIRunner.run(command + [folder.path])
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains(message), "\(command): \(result.stderr)")
    }
    // E04's currency written as no ISO 4217 code: both stop at it.
    let currency = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: currency) }
    try CLIRunner.edit(currency, "roster.csv", replacing: ",171000,12.5,USD", with: ",171000,12.5,EURO")
    for command in [["calculate"], ["audit", "data"]] {
      let result = try CLIRunner.run(command + [currency.path])
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains("currency: \"EURO\" for E04 is not an ISO 4217"), "\(command): \(result.stderr)")
    }
  }

  @Test("an identity that is another person's id but for spaces, case or width is refused")
  func identityNearAnotherID() throws {
    let folder = try Self.acme(writing: ["identities.csv": "engineer_id,github\nE10,\"E04 \"\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(folder.path)/identities.csv:2: \"E04 \" of E10 is the roster id of E04; a spelling may stand for one "
          + "engineer only"), "\(result.stderr)")
  }

  @Test("an adjustment approved by the person adjusted under their roster name or an identity is refused")
  func selfApprovalBySpelling() throws {
    // E04 is Daniel Cho on acme's roster; identities.csv gives E04 the GitHub login dcho.
    for approver in ["dcho", "Daniel Cho", "daniel cho "] {
      let folder = try Self.acme(writing: [
        "identities.csv": "engineer_id,github\nE04,dcho\n",
        "adjustments.csv": "engineer_id,component,multiplier,amount,reason,approved_by,date\n"
          + "E04,total,1.5,,raise,\(approver),2026-10-01\n",
      ])
      defer { try? FileManager.default.removeItem(at: folder) }
      let result = try CLIRunner.run(["calculate", folder.path])
      #expect(result.status == 2, "\(approver)")
      #expect(
        result.stderr.contains(
          "\(folder.path)/adjustments.csv:2: approved_by \"\(approver)\" is the roster name or an identity of E04, the "
            + "person adjusted; have someone else approve it (by engineer_id, if the approver shares the name)"),
        "\(result.stderr)")
    }
  }

  @Test("eight dates in US format are reported in one run; over twenty end in 'and N more'")
  func manyBadRows() throws {
    func usDates(_ count: Int) -> @Sendable (String) -> String {
      { text in
        // Data rows start on line 2; lines 3 to 2 + count get a US date in finished_at (field 5).
        var result = text
        for number in 3..<(3 + count) {
          result = Self.line(number, of: result) { row in
            var fields = row.components(separatedBy: ",")
            fields[4] = "07/09/2026"
            return fields.joined(separator: ",")
          }
        }
        return result
      }
    }
    let eight = try CLIRunner.run(["calculate", try Self.acme(["deployments.csv": usDates(8)]).path])
    #expect(eight.status == 2)
    let expected = (3...10).map { ":\($0):5: finished_at: \"07/09/2026\" is not an ISO 8601 timestamp" }
    for fragment in expected { #expect(eight.stderr.contains(fragment), "\(fragment)") }
    #expect(eight.stderr.components(separatedBy: "is not an ISO 8601").count - 1 == 8)
    let many = try CLIRunner.run(["calculate", try Self.acme(["deployments.csv": usDates(25)]).path])
    // 25 bad rows: the first 20 (lines 3 to 22) and "and 5 more".
    #expect(many.stderr.components(separatedBy: "is not an ISO 8601").count - 1 == 20)
    #expect(many.stderr.contains(":22:5: finished_at"))
    #expect(!many.stderr.contains(":23:5: finished_at"))
    #expect(many.stderr.hasSuffix("/deployments.csv: and 5 more bad rows\n"))
  }

  struct Warning: Sendable, CustomStringConvertible {
    var description: String
    var edits: [String: @Sendable (String) -> String]
    /// A line standard error must hold, `$D` standing for the dataset folder.
    var warning: String
  }

  static let warnings: [Warning] = [
    // Two blank rows after the 107 data rows (lines 2-108) are lines 109 and 110.
    Warning(
      description: "trailing empty spreadsheet rows", edits: ["deployments.csv": { $0 + ",,,,,,,,,\n,,,,,,,,,\n" }],
      warning: "warning: $D/deployments.csv: 2 of 109 rows left out, empty row; first on lines 109, 110\n"),
    Warning(
      description: "a team outside the payout",
      edits: [
        "deployments.csv": {
          $0 + "ctr-1,contractors,x,production,2026-08-01T10:00:00Z,success,,,,\n"
            + "ctr-2,contractors,x,production,2026-08-02T10:00:00Z,failed,,,,\n"
        }
      ],
      // Per value the first line only: "contractors" first appears on line 109.
      warning: "warning: $D/deployments.csv: 2 of 109 rows left out, not on the roster (\"contractors\" 2); first on "
        + "line 109\n"),
    // E05 is on roster line 6 with a target of 10.
    Warning(
      description: "a bonus target written as a fraction",
      edits: ["roster.csv": { $0.replacingOccurrences(of: ",148250.50,10,", with: ",148250.50,0.1,") }],
      warning: "warning: $D/roster.csv:6: target_bonus_pct of E05 is 0.1, under 1 %: if 10 % was meant, write 10 "
        + "(the column is a percent of base)\n"),
  ]

  @Test("rows that pay nothing are named on stderr, and the payout is the clean one", arguments: warnings)
  func warned(_ case_: Warning) throws {
    let folder = try Self.acme(case_.edits)
    let result = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains(case_.warning.replacingOccurrences(of: "$D", with: folder.path)), "\(result.stderr)")
    if case_.description != "a bonus target written as a fraction" {
      let clean = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "json"])
      #expect(clean.status == 0, "\(clean.stderr)")
      #expect(Self.payouts(result.stdout) == Self.payouts(clean.stdout))
    }
  }

  @Test("a misnamed file is named with the file it most likely meant")
  func misnamed() throws {
    let folder = try CLIRunner.copyFixture("acme")
    let manager = FileManager.default
    try manager.moveItem(at: folder.appendingPathComponent("reviews.csv"), to: folder.appendingPathComponent("review.csv"))
    try manager.moveItem(
      at: folder.appendingPathComponent("incidents.csv"), to: folder.appendingPathComponent("Incidents.csv"))
    // Without incidents, time to restore has no value and the recovery component refuses to pay (exit 2): the
    // warnings come first, and say why.
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("warning: \(folder.path)/review.csv: is not a dataset file and is not read; did you mean reviews.csv?\n"))
    #expect(result.stderr.contains("warning: \(folder.path)/Incidents.csv: is not a dataset file and is not read; did you mean incidents.csv?\n"))
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
  }

  @Test("a workbook where a dataset file belongs is refused, by name or by content")
  func workbook() throws {
    // "PK\u{3}\u{4}": the first bytes of every zip archive, and so of every xlsx.
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    let named = try CLIRunner.copyFixture("acme")
    try FileManager.default.removeItem(at: named.appendingPathComponent("reviews.csv"))
    try Data(zip).write(to: named.appendingPathComponent("reviews.xlsx"))
    let byName = try CLIRunner.run(["calculate", named.path])
    #expect(byName.status == 2)
    #expect(
      byName.stderr == "error: \(named.path)/reviews.xlsx: cannot read: the file is a spreadsheet workbook (in place of "
        + "reviews.csv), not text; open it and save it as \"CSV UTF-8 (comma delimited)\"\n")
    let disguised = try CLIRunner.copyFixture("acme")
    try Data(zip).write(to: disguised.appendingPathComponent("deployments.csv"))
    let byContent = try CLIRunner.run(["calculate", disguised.path])
    #expect(byContent.status == 2)
    #expect(
      byContent.stderr == "error: \(disguised.path)/deployments.csv: cannot read: the file is an Excel or OpenDocument "
        + "workbook (xlsx/ods), not text; open it and save it as \"CSV UTF-8 (comma delimited)\"\n")
  }

  @Test("UTF-16 without a byte-order mark is recognised")
  func utf16WithoutMark() throws {
    let folder = try CLIRunner.copyFixture("acme")
    let url = folder.appendingPathComponent("surveys.csv")
    let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\u{FEFF}", with: "")
    try text.data(using: .utf16LittleEndian)!.write(to: url)
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 2)
    #expect(
      result.stderr == "error: \(folder.path)/surveys.csv:1:1: the file is UTF-16 (little-endian, without a byte-order "
        + "mark: a zero byte beside each letter); save it as UTF-8 (in Excel: CSV UTF-8)\n")
  }

  @Test("a FIFO in place of a dataset file is refused, not waited on")
  func fifo() throws {
    let folder = try CLIRunner.copyFixture("acme")
    let path = folder.appendingPathComponent("oncall.csv").path
    try FileManager.default.removeItem(atPath: path)
    #expect(mkfifo(path, 0o600) == 0)
    let result = try CLIRunner.run(["calculate", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr == "error: \(path): cannot read: it is a FIFO (named pipe), not a regular file; copy the data into a file\n")
  }

  @Test("a plan that names prod as production pays as the clean data")
  func productionEnvironments() throws {
    let folder = try Self.acme([
      "deployments.csv": { $0.replacingOccurrences(of: ",production,", with: ",prod,") },
      "plan.json": {
        $0.replacingOccurrences(
          of: #""blackouts": [],"#, with: #""blackouts": [], "metric_options": {"production_environments": ["production", "prod"]},"#)
      },
    ])
    let result = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(Self.cleanTotal))
  }

  @Test("the same team spelled in NFC and NFD pays exactly alike")
  func canonicalEquivalence() throws {
    let composed = "mobil\u{E9}"
    let decomposed = "mobile\u{301}"
    let renamed: @Sendable (String) -> String = { $0.replacingOccurrences(of: "mobile", with: composed) }
    let files = ["roster.csv", "assignments.csv", "deployments.csv", "incidents.csv", "reviews.csv", "costs.csv",
      "coverage.csv", "surveys.csv", "plan.json"]
    var nfc: [String: @Sendable (String) -> String] = [:]
    for file in files { nfc[file] = renamed }
    var nfd = nfc
    nfd["deployments.csv"] = { text in text.replacingOccurrences(of: "mobile", with: decomposed) }
    let a = try CLIRunner.run(["calculate", try Self.acme(nfc).path, "--format", "json"])
    let b = try CLIRunner.run(["calculate", try Self.acme(nfd).path, "--format", "json"])
    #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
    #expect(a.stdout.contains(Self.cleanTotal))
    #expect(Self.payouts(a.stdout) == Self.payouts(b.stdout))
  }

  @Test("audit data: acme has one finding to decide (staging and dev deployments); JSON and Markdown agree")
  func auditData() throws {
    let text = try CLIRunner.run(["audit", "data", "Fixtures/acme"])
    #expect(text.status == 1)
    #expect(text.stdout.contains("decide  Fixtures/acme/deployments.csv: 5 of 107 rows left out, not a production environment"))
    // 98 counted of 107 (WORKED.md section 10).
    #expect(text.stdout.contains("deployments.csv   107       98"))
    let json = try CLIRunner.run(["audit", "data", "Fixtures/acme", "--format", "json"])
    #expect(json.status == 1)
    #expect(json.stdout.contains("\"decisions\": 1,"))
    let markdown = try CLIRunner.run(["audit", "data", "Fixtures/acme", "--format", "markdown"])
    #expect(markdown.stdout.contains("| deployments.csv | 107 | 98 |"))
    // With the two non-production rows' environments named production, nothing is left to decide.
    let clean = try Self.acme([
      "deployments.csv": { $0.replacingOccurrences(of: ",staging,", with: ",production,").replacingOccurrences(of: ",dev,", with: ",production,") }
    ])
    let cleanAudit = try CLIRunner.run(["audit", "data", clean.path])
    #expect(cleanAudit.status == 0, "\(cleanAudit.stdout)")
  }

  /// (file, the start of mobile's rows in it, the component that pays mobile on it, its metric, its line break).
  static let teamsWithoutRows: [(String, String, String, String, String)] = [
    // Every mobile deployment id starts mob-; the ic track's delivery component pays mobile on deployment_frequency.
    ("deployments.csv", "mob-", "delivery", "deployment_frequency", "\n"),
    // Each team is asked about once per track that pays its people: mobile's first row (E11) is on the ic track,
    // which reads no survey, so the manager track's health component is found only by asking again for E12. The
    // file's lines end in CRLF.
    ("surveys.csv", "mobile,", "health", "team_health", "\r\n"),
  ]

  @Test(
    "audit data names a paid team without rows where other teams have them, for each track that reads the file",
    arguments: teamsWithoutRows)
  func teamWithoutRows(file: String, rows: String, component: String, metric: String, lineBreak: String) throws {
    let folder = try Self.acme([
      file: { $0.components(separatedBy: lineBreak).filter { !$0.hasPrefix(rows) }.joined(separator: lineBreak) }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "decide  \(folder.path)/\(file): no counted row for team \"mobile\", whose component \(component) pays on "
          + "\(metric), while other teams have rows; check how the export spells the team\n"))
  }

  @Test("a policy finding of validate is a warning when paying, and stops the run under --strict")
  func policyWarnings() throws {
    let folder = try Self.acme([
      "plan.json": { text in
        text.components(separatedBy: "\n").filter { !$0.hasPrefix("  \"rationale\": ") }.joined(separator: "\n")
      }
    ])
    let message =
      "\(folder.path)/plan.json: rationale: missing: write why this plan pays what it pays (and why each change since "
      + "the last version), so the plan can be defended if challenged"
    let paid = try CLIRunner.run(["calculate", folder.path, "--format", "json"])
    #expect(paid.status == 0)
    #expect(paid.stderr.hasPrefix("warning: " + message + "\n"))
    #expect(paid.stdout.contains(Self.cleanTotal))
    let strict = try CLIRunner.run(["calculate", folder.path, "--strict"])
    #expect(strict.status == 2)
    #expect(strict.stdout.isEmpty)
    #expect(strict.stderr == "error: " + message + " (--strict)\n")
  }

  @Test("audit data names repeated deployment ids with their lines")
  func repeatedIDs() throws {
    // Line 3 is mob-001; a copy appended becomes line 109.
    let folder = try Self.acme([
      "deployments.csv": { text in text + text.components(separatedBy: "\n")[2] + "\n" }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(audit.stdout.contains("\(folder.path)/deployments.csv: id \"mob-001\" is on 2 rows (lines 3, 109); each repeat counts again"))
  }

  /// The input audit's case: a copy of a deployment whose id the export wrote in capitals, or with a trailing space,
  /// counts again as an exact copy does.
  @Test("audit data names an id repeated in another case or with surrounding spaces, with each spelling")
  func repeatedIDsFolded() throws {
    let folder = try Self.acme([
      "deployments.csv": { text in
        let line = text.components(separatedBy: "\n")[2]
        return text + line.replacingOccurrences(of: "mob-001,", with: "MOB-001,") + "\n"
          + line.replacingOccurrences(of: "mob-001,", with: "mob-001 ,") + "\n"
      }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "\(folder.path)/deployments.csv: id \"mob-001\" is on 3 rows (lines 3, 109, 110, written \"mob-001\", "
          + "\"MOB-001\", \"mob-001 \"); each repeat counts again"), "\(audit.stdout)")
  }

  /// The input audit's case: E14's July shift written under E15, who started on 2026-08-17, took E14 from 3,479.75 to
  /// 3,008.18 without a word. A review dated after its reviewer left is named the same way.
  @Test("audit data names on-call shifts and reviews credited to someone on days they were not employed")
  func outsideEmployment() throws {
    let folder = try Self.acme([
      // The appended shift starts at midnight in Warsaw on E15's first day, 22:00 UTC the day before: within the day
      // of slack, so the finding still counts one shift.
      "oncall.csv": {
        $0.replacingOccurrences(of: "E14,2026-07-20T09:00:00Z", with: "E15,2026-07-20T09:00:00Z")
          + "E15,2026-08-17T00:00:00+02:00,2026-08-24T00:00:00+02:00,0,0\n"
      },
      // E05 left on 2026-08-31.
      "reviews.csv": { $0 + "PR-9999,E05,2026-09-15T10:00:00Z,E06,approved,1,1,payments,payments\n" },
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "decide  \(folder.path)/oncall.csv: 1 on-call shift of the period credited to E15 on days outside their "
          + "employment (from 2026-08-17) (line 22); each counts toward their metrics, so check the id and the dates\n"),
      "\(audit.stdout)")
    #expect(
      audit.stdout.contains(
        "decide  \(folder.path)/reviews.csv: 1 review of the period credited to E05 on days outside their employment "
          + "(2023-01-09 to 2026-08-31) (line 84); each counts toward their metrics, so check the id and the dates\n"),
      "\(audit.stdout)")
  }

  /// A file edit appending the file's lines at `indices` (0-based: the header is 0) again, in that order.
  static func appendingLines(_ indices: Int...) -> @Sendable (String) -> String {
    { text in
      let lines = text.components(separatedBy: "\n")
      return text + indices.map { lines[$0] + "\n" }.joined()
    }
  }

  @Test("audit data names a review or on-call shift of the period written twice, which would count twice")
  func repeatedRows() throws {
    // Appended again: reviews line 6 (2 July) and on-call line 4 (6-13 July) of the period, and lines 2 of each,
    // from June, which count toward nothing and are not listed.
    let folder = try Self.acme([
      "reviews.csv": Self.appendingLines(5, 1),
      "oncall.csv": Self.appendingLines(3, 1),
    ])
    let reviews = try String(contentsOf: folder.appendingPathComponent("reviews.csv"), encoding: .utf8)
    let oncall = try String(contentsOf: folder.appendingPathComponent("oncall.csv"), encoding: .utf8)
    // The file's lines are its rows plus the header; the copies are the last two, the period's first.
    let reviewCopy = reviews.components(separatedBy: "\n").count - 2
    let shiftCopy = oncall.components(separatedBy: "\n").count - 2
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "\(folder.path)/reviews.csv: the same review of PR-4145 by E03 at 2026-07-02T19:49:00Z is on 2 rows (lines 6, "
          + "\(reviewCopy)); each repeat counts again"), "\(audit.stdout)")
    #expect(
      audit.stdout.contains(
        "\(folder.path)/oncall.csv: the same on-call shift of E06 from 2026-07-06T09:00:00Z to 2026-07-13T09:00:00Z is "
          + "on 2 rows (lines 4, \(shiftCopy)); each repeat counts again"), "\(audit.stdout)")
    #expect(!audit.stdout.contains("PR-4033") && !audit.stdout.contains("2026-06-22"))
  }

  @Test("audit data names a promotion, cost month or survey written twice, and two coverage readings of one day")
  func repeatedTeamSignals() throws {
    // Each appended again (or, for coverage, read again with another value): mentorship line 4 (E03's promotion of
    // E06, paid 10,456.78 -> 10,917.12), costs line 4 (payments, August), surveys line 7 (mobile, July) and a
    // second platform reading of 29 September, which as the later row of that day moved five payouts. The same
    // rows from outside the period (mentorship line 2, costs line 2) count toward nothing and are not listed.
    let folder = try Self.acme([
      "mentorship.csv": Self.appendingLines(3, 1),
      "costs.csv": Self.appendingLines(3, 1),
      // acme's surveys.csv has nine CRLF lines (a grapheme that splitting at "\n" does not see): the copy is line 10.
      "surveys.csv": { text in text + "mobile,2026-07,68,4\n" },
      "coverage.csv": { text in text + "platform,2026-09-29,0.790,\nmobile,2026-09-29,0.604,\n" },
    ])
    func copyLine(_ file: String, fromEnd: Int) throws -> Int {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      return text.components(separatedBy: "\n").count - fromEnd
    }
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "\(folder.path)/mentorship.csv: the same advancement of E06 (mentor E03) on 2026-08-01 is on 2 rows (lines 4, "
          + "\(try copyLine("mentorship.csv", fromEnd: 2))); each repeat counts again"), "\(audit.stdout)")
    #expect(
      audit.stdout.contains(
        "\(folder.path)/costs.csv: the same cost month 2026-08 of payments is on 2 rows (lines 4, "
          + "\(try copyLine("costs.csv", fromEnd: 2))); each repeat counts again"), "\(audit.stdout)")
    #expect(
      audit.stdout.contains(
        "\(folder.path)/surveys.csv: the same survey of mobile for 2026-07-01..2026-07-31 is on 2 rows (lines 7, "
          + "10); each repeat counts again"), "\(audit.stdout)")
    #expect(
      audit.stdout.contains(
        "\(folder.path)/coverage.csv: the same coverage reading of platform on 2026-09-29 is on 2 rows (lines 10, "
          + "\(try copyLine("coverage.csv", fromEnd: 2))) with different values; only the last row of a day is read, "
          + "so the order of the rows decides coverage_delta"), "\(audit.stdout)")
    // A second reading with the same values moves nothing, and June's rows count toward nothing.
    #expect(!audit.stdout.contains("reading of mobile") && !audit.stdout.contains("2026-06"), "\(audit.stdout)")
  }

  /// These were counted as the files were read and named by every paying command, but `audit data` built its list
  /// apart and left them out, where docs/data-quality.md says each is a decision.
  @Test("audit data names what the reading of the events and metrics.csv counted, as paying commands warn with it")
  func auditNamesEventFindings() throws {
    let folder = try Self.acme([
      "deployments.csv": { $0.replacingOccurrences(of: "94,planned,code", with: "94,planned,") },
      "incidents.csv": {
        $0.replacingOccurrences(
          of: "2026-07-22T11:00:00Z,2026-07-22T16:00:00Z", with: "2026-07-22T11:00:00Z,2027-07-22T16:00:00Z")
      },
      "metrics.csv": {
        $0.replacingOccurrences(
          of: "platform,internal_customer_satisfaction,4.3,", with: "platform,internal_customer_satisfaction,86,")
      },
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    for line in [
      "decide  \(folder.path)/deployments.csv: 1 rolled-back deployment of payments in the period has no "
        + "failure_cause, so attributable_rollback_rate does not hold it against the team; write the cause (testing, "
        + "code, or an external one)",
      "decide  \(folder.path)/incidents.csv: 1 incident of mobile opened in the period took 8765 hours to restore, "
        + "over 90 days: check resolved_at and opened_at for a year typed wrong",
      "decide  \(folder.path)/metrics.csv:2: internal_customer_satisfaction of platform is 86, over 10 times the top "
        + "of the curve it is paid on (5): exported on another scale (a percent, 0–10 for 1–5)? Convert it to the "
        + "curve's scale",
    ] {
      #expect(audit.stdout.contains(line), "\(audit.stdout)")
    }
  }

  @Test("audit data names a last line-coverage reading of 0 after nonzero ones, and no other reading of 0")
  func zeroCoverage() throws {
    // platform's reading of 30 September has an empty line_coverage (line 11); written 0, it became the quarter's
    // last reading, coverage_delta 0 − 0.810 = −0.81 where it was 0.830 − 0.810 = 0.02. payments' readings of the
    // period are all written 0 too: a team without tests, as far as the data says. mobile's first reading written 0
    // (a team building its tests up) and its middle one (which coverage_delta does not read) are not named either.
    let folder = try Self.acme([
      "coverage.csv": { text in
        text.replacingOccurrences(of: "platform,2026-09-30,,", with: "platform,2026-09-30,0,")
          .replacingOccurrences(of: ",0.712,", with: ",0,").replacingOccurrences(of: ",0.705,", with: ",0,")
          .replacingOccurrences(of: ",0.709,", with: ",0,").replacingOccurrences(of: ",0.707,", with: ",0,")
          .replacingOccurrences(of: ",0.583,", with: ",0,").replacingOccurrences(of: ",0.590,", with: ",0,")
      }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "decide  \(folder.path)/coverage.csv:11: line_coverage of platform is 0 on 2026-09-30, its last reading of the "
          + "period, after readings from 0.81 to 0.83: an empty cell exported as 0? coverage_delta reads the first and "
          + "the last reading"), "\(audit.stdout)")
    #expect(!audit.stdout.contains("line_coverage of payments"), "\(audit.stdout)")
    #expect(!audit.stdout.contains("line_coverage of mobile"), "\(audit.stdout)")
    let clean = try CLIRunner.run(["audit", "data", try Self.acme([:]).path])
    #expect(!clean.stdout.contains("line_coverage of"), "\(clean.stdout)")
  }

  @Test(
    "a metrics.csv row whose metric no component reads but that is a near spelling of one the plan reads is refused",
    arguments: ["Internal_Customer_Satisfaction", "internal_customer_satisfaction ", "internal_customer_satisfation"])
  func misspeltExportedMetric(_ spelling: String) throws {
    // Line 2 is platform's Q3 survey (4.3, E08's internal_customers 1.15); line 3, Q2's, keeps the plan's name
    // supplied, so the plan check passed and E08 was paid at target (8,099.47 -> 7,996.25) without a word.
    let folder = try Self.acme([
      "metrics.csv": { text in Self.line(2, of: text) { $0.replacingOccurrences(of: "internal_customer_satisfaction", with: spelling) } }
    ])
    for command in [["calculate", folder.path], ["audit", "data", folder.path]] {
      let run = try CLIRunner.run(command)
      #expect(run.status == 2, "\(command): \(run.stdout)")
      #expect(
        run.stderr.contains(
          "\(folder.path)/metrics.csv:2: metric \"\(spelling)\" is read by no component of the plan but looks like "
            + "internal_customer_satisfaction, which the plan pays on"), "\(run.stderr)")
    }
  }

  @Test("audit data names two overlapping on-call shifts of one person, each paid in full")
  func overlappingShifts() throws {
    // acme's oncall.csv has 25 lines; line 26 overlaps E06's shift of line 4 (6-13 July) from 10 July, and line 27
    // starts as line 5's E07 shift ends, which is no overlap.
    let folder = try Self.acme([
      "oncall.csv": { text in
        text + "E06,2026-07-10T09:00:00Z,2026-07-17T09:00:00Z,1,0\nE07,2026-07-20T09:00:00Z,2026-07-27T09:00:00Z,0,0\n"
      }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(
      audit.stdout.contains(
        "\(folder.path)/oncall.csv: on-call shifts of E06 overlap (line 4, 2026-07-06T09:00:00Z to "
          + "2026-07-13T09:00:00Z; line 26, 2026-07-10T09:00:00Z to 2026-07-17T09:00:00Z); each counts in full, so the "
          + "overlap is paid twice"), "\(audit.stdout)")
    #expect(!audit.stdout.contains("shifts of E07"))
  }

  @Test("audit data names an incident whose caused_by_deployment is no deployment's id, with the id meant")
  func unmatchedCauses() throws {
    // INC-2047 (line 3) names pay-013; written PAY-013 it names nothing, and pay-013 stops counting as failed.
    // INC-2041 (line 2) names pay-000, which a quarter-only export may lack: an id resembling none is not listed.
    let folder = try Self.acme([
      "incidents.csv": { text in
        Self.line(2, of: Self.line(3, of: text) { $0.replacingOccurrences(of: ",pay-013,", with: ",PAY-013,") }) {
          $0.replacingOccurrences(of: ",pay-000,", with: ",gone-000,")
        }
      }
    ])
    let audit = try CLIRunner.run(["audit", "data", folder.path])
    #expect(audit.status == 1)
    #expect(!audit.stdout.contains("gone-000"))
    #expect(
      audit.stdout.contains(
        "\(folder.path)/incidents.csv: caused_by_deployment \"PAY-013\" on 1 row (line 3) names no deployment of "
          + "deployments.csv, so the failure counts toward none; did you mean \"pay-013\"?"))
  }
}
