import Foundation
import Testing

/// Numbers that used to trap the process (exit 132, a backtrace and a zero-byte temporary file beside
/// `--output`): each is now a message and exit 2, with neither the output nor a temporary file left.
@Suite("Overflow: a clear error, exit 2, no output file and no temporary file")
struct OverflowCommandTests {
  /// A scratch dataset of `files`, with an `out` folder for `--output`.
  static func dataset(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "incentive-overflow-" + UUID().uuidString)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  static let oneTeamHealthPlan = """
    {"name":"P","version":"1","rationale":"r","period":"2026-Q3","currency":"USD",WEIGHT_EXTRA
     "tracks":{"default":{"components":[{"id":"health","metric":"team_health","scope":"team","weight":WEIGHT,
     "curve":[[0,POINT],[1,POINT]],"on_missing":"target"}]}}}
    """

  static func plan(weight: String, point: String, extra: String = "") -> String {
    oneTeamHealthPlan.replacingOccurrences(of: "WEIGHT_EXTRA", with: extra)
      .replacingOccurrences(of: "WEIGHT", with: weight).replacingOccurrences(of: "POINT", with: point)
  }

  static let roster = "engineer_id,name,team,role,start_date,base_salary,target_bonus_pct\n"
  static let survey = "team,period,health_score,responses\nalpha,2026-Q3,80,5\n"

  /// Runs `calculate … --format json --output out/payouts.json` and returns the result with what `out` holds.
  static func calculate(_ directory: URL, _ extra: [String] = []) throws -> (CLIResult, [String]) {
    let output = directory.appendingPathComponent("out/payouts.json").path
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "json", "--output", output] + extra)
    return (result, try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path))
  }

  /// The plausibility warning a roster with E1 at 1000 % gets on every paying command.
  static func targetWarning(_ directory: URL) -> String {
    "warning: \(directory.path)/roster.csv:2: target_bonus_pct of E1 is 1000, a target above the whole base salary; "
      + "check for a digit too many (the column is a percent of base)\n"
  }

  @Test("a payout past Int128 (a 9-decimal weight times a curve point near 10^12) is the payout-too-large error")
  func payoutProduct() throws {
    // 999,999,999,999,999 at 1000 % for 92/365 days, times 999,999,999,999 (weight 1.000000000): the product of
    // target and multiplier units passed Int128 in `allocate`; with weight 1 it was already this error.
    for weight in ["1.000000000", "1"] {
      let directory = try Self.dataset([
        "plan.json": Self.plan(weight: weight, point: "999999999999"),
        "roster.csv": Self.roster + "E1,Ann,alpha,ic,2020-01-01,999999999999999,1000\n", "surveys.csv": Self.survey,
      ])
      defer { try? FileManager.default.removeItem(at: directory) }
      let (result, left) = try Self.calculate(directory)
      #expect(result.status == 2, "weight \(weight): \(result.stderr)")
      // The curve point is named as a multiplier written in percent before paying, and 1000 % as a bonus target
      // over the whole base, before the error.
      #expect(
        result.stderr
          == "warning: \(directory.path)/plan.json: tracks.default.components[health]: the curve pays a multiplier of "
          + "999999999999 at 0, over 10 times the target: written in percent? A multiplier is a factor of the target "
          + "(1.0 pays it, 1.2 for 120 %)\n"
          + Self.targetWarning(directory)
          + "error: E1: the payout is too large to be an amount; check the counts in the event files, base_salary, "
          + "target_bonus_pct, adjustments.csv and the plan's premiums\n")
      #expect(left.isEmpty, "\(left)")
    }
  }

  @Test("a capped curve point near 10^11 pays the cap: 2,520.55 × 2 = 5,041.10, all to the one component")
  func cappedShares() throws {
    // Target 100,000 × 10 % × 92/365 = 2,520.547… → 2,520.55. The component multiplier 99,999,999,999 is capped
    // at 2: 5,041.10. Its share, target × weighted multiplier × cap at 13 decimals each, passed Int128.
    let directory = try Self.dataset([
      "plan.json": Self.plan(weight: "1.000000000", point: "99999999999", extra: #""payout_cap":2,"#),
      "roster.csv": Self.roster + "E1,Ann,alpha,ic,2020-01-01,100000,10\n", "surveys.csv": Self.survey,
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["calculate", directory.path, "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        engineer_id,name,team,role,currency,proration,target,multiplier,payout,component_amounts,extras,total_pay
        E1,Ann,alpha,ic,USD,1.0000,2520.55,2.00,5041.10,health=5041.10,0.00,5041.10

        """)
  }

  @Test("a target past the JSON contract's 10^15 minor units is refused; a 12-decimal percentage under it explained")
  func targetPercent() throws {
    let directory = try Self.dataset([
      "plan.json": Self.plan(weight: "1.0", point: "1.0"),
      "roster.csv": Self.roster + "E1,Ann,alpha,ic,2020-01-01,999999999999999,1000.000000000000\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    // 999,999,999,999,999 × 1000 % × 365/365 = 9,999,999,999,999,990.00: 10^18 cents, which calculate wrote and check
    // then refused to read (a golden amount is at most 10^15 minor units), and ten of which overflowed a sum.
    let year = try CLIRunner.run(["calculate", directory.path, "--period", "2026", "--format", "csv"])
    #expect(year.status == 2)
    #expect(
      year.stderr.hasSuffix(
        "error: E1: the target is too large to be an amount; check the counts in the event files, base_salary, "
          + "target_bonus_pct, adjustments.csv and the plan's premiums\n"), "\(year.stderr)")
    #expect(year.stdout.isEmpty)
    // explain shows the exact target before rounding, which trapped for cents at a 12-decimal percentage:
    // 3,000,000,000,000.01 × 1000 % × 92/365 = 7,561,643,835,616.46356164… (worked with exact fractions), under the
    // contract's 10,000,000,000,000.00.
    try Self.roster.appending("E1,Ann,alpha,ic,2020-01-01,3000000000000.01,1000.000000000000\n").write(
      to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    let explain = try CLIRunner.run(["explain", directory.path, "--engineer", "E1"])
    #expect(explain.status == 0, "\(explain.stderr)")
    #expect(
      explain.stdout.contains("   = 7561643835616.46356164… → 7561643835616.46 (half-even to minor units)\n"),
      "\(explain.stdout)")
    try Self.roster.appending("E1,Ann,alpha,ic,2020-01-01,999999999999999.99,1000.000000000000\n").write(
      to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    // Ten years: 9,999,999,999,999,990 × 3,652/365 ≈ 1.0005 × 10^17 major units: past Int64's minor units.
    let (decade, left) = try Self.calculate(directory, ["--period", "2026-01-01..2035-12-31"])
    #expect(decade.status == 2)
    #expect(
      decade.stderr
        == Self.targetWarning(directory)
        + "error: E1: the target bonus is too large to be an amount; check the counts in the event files, "
        + "base_salary, target_bonus_pct, adjustments.csv and the plan's premiums\n")
    #expect(left.isEmpty, "\(left)")
  }

  /// Ten rows of an 18-digit count: each row used to read, and their sum trapped.
  static func tenRows(header: String, _ row: (Int) -> String) -> String {
    header + "\n" + (0..<10).map(row).joined(separator: "\n") + "\n"
  }

  static let eighteen = "999999999999999999"

  @Test(
    "an 18-digit count is refused at its cell by calculate and audit data (on-call, reviews, surveys)",
    arguments: [
      (
        "oncall.csv", "after_hours_pages",
        tenRows(header: "engineer_id,shift_start,shift_end,pages,after_hours_pages") {
          "E1,2026-07-1\($0)T09:00:00Z,2026-07-1\($0)T18:00:00Z,3,\(eighteen)"
        }, 5
      ),
      (
        "reviews.csv", "comments",
        tenRows(header: "pr_id,reviewer_id,submitted_at,comments,substantive_comments") {
          "PR-\($0),E1,2026-07-1\($0)T09:00:00Z,\(eighteen),0"
        }, 4
      ),
      (
        "surveys.csv", "responses",
        tenRows(header: "team,period,health_score,responses") { "alpha,2026-07-1\($0),80,\(eighteen)" }, 4
      ),
    ] as [(String, String, String, Int)])
  func countSums(file: String, header: String, text: String, column: Int) throws {
    let directory = try Self.dataset([
      "plan.json": Self.plan(weight: "1.0", point: "1.0"),
      "roster.csv": Self.roster + "E1,Ann,alpha,ic,2020-01-01,100000,10\n", file: text,
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(file).path
    let first = "\(path):2:\(column): \(header): \"\(Self.eighteen)\" is not a whole number from 0 to 999999999"
    let (calculate, left) = try Self.calculate(directory)
    #expect(calculate.status == 2)
    #expect(calculate.stderr.hasPrefix("error: " + first + "\n"), "\(calculate.stderr)")
    // Every bad row is named, not only the first.
    #expect(calculate.stderr.contains("\(path):11:\(column): \(header): \"\(Self.eighteen)\""), "\(calculate.stderr)")
    #expect(left.isEmpty, "\(left)")
    let audit = try CLIRunner.run(["audit", "data", directory.path])
    #expect(audit.status == 2)
    #expect(audit.stderr.hasPrefix("error: " + first + "\n"), "\(audit.stderr)")
  }
}
