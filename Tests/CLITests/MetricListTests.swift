import Foundation
import Testing

/// Issue 13, item 9: `incentive metrics --list` and docs/metrics.md show every metric the tool computes, from the
/// one catalogue.
@Suite("The metric catalogue on the command line and in docs/metrics.md")
struct MetricListTests {
  /// SPEC section 4's eighteen metrics and the two the tool adds (docs/plan-features.md): retention against the
  /// market and a leader's organisation health.
  static let names: Set<String> = [
    "deployment_frequency", "lead_time_hours", "change_failure_rate", "time_to_restore_hours", "rework_rate",
    "attributable_rollback_rate", "small_change_share", "coverage_delta", "iac_coverage", "cost_vs_budget",
    "team_health", "retention_rate", "reviews", "substantive_review_ratio", "cross_team_reviews", "oncall_shifts",
    "after_hours_pages", "mentee_promotions", "retention_vs_market", "org_team_health",
  ]

  @Test("--format json lists each metric once, with SPEC's scope and the source file it names")
  func json() throws {
    let result = try CLIRunner.run(["metrics", "--list", "--format", "json"])
    #expect(result.status == 0)
    let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(list.count == Self.names.count)
    #expect(Set(list.compactMap { $0["name"] as? String }) == Self.names)
    let byName = Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as! String, $0) })
    // SPEC section 4: deployment frequency is a team's, higher is better, from deployments.
    let frequency = try #require(byName["deployment_frequency"])
    #expect(frequency["scope"] as? String == "team")
    #expect(frequency["direction"] as? String == "higher")
    #expect(frequency["unit"] as? String == "per week")
    let sources = try #require(frequency["sources"] as? [[String: Any]])
    #expect(sources.first?["file"] as? String == "deployments.csv")
    // Time to restore: lower is better, in hours, from incidents.
    #expect(byName["time_to_restore_hours"]?["direction"] as? String == "lower")
    #expect(byName["time_to_restore_hours"]?["unit"] as? String == "hours")
    // after_hours_pages is an engineer's count, from oncall.
    #expect(byName["after_hours_pages"]?["scope"] as? String == "individual")
    let pages = try #require(byName["after_hours_pages"]?["sources"] as? [[String: Any]])
    #expect(pages.first?["file"] as? String == "oncall.csv")
  }

  @Test("the text list needs no dataset and names scope, unit and direction")
  func text() throws {
    let result = try CLIRunner.run(["metrics", "--list"], in: URL(fileURLWithPath: NSTemporaryDirectory()))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix("deployment_frequency · Deployment frequency\n  team · per week · higher is better"))
    #expect(
      result.stdout.contains("\ntime_to_restore_hours · Time to restore service\n  team · hours · lower is better\n"))
    for name in Self.names { #expect(result.stdout.contains("\n\(name) · ") || result.stdout.hasPrefix(name)) }
  }

  @Test("docs/metrics.md lists every catalogue metric and holds the list verbatim")
  func documented() throws {
    let page = try String(contentsOf: CLIRunner.root.appendingPathComponent("docs/metrics.md"), encoding: .utf8)
    for name in Self.names {
      let escaped = name.replacingOccurrences(of: "_", with: "\\_")
      #expect(page.contains("\n| \(escaped) |") || page.contains("\n| \(escaped) (gameable) |"), "\(name)")
    }
    let markdown = try CLIRunner.run(["metrics", "--list", "--format", "markdown"])
    #expect(markdown.status == 0)
    #expect(page.hasSuffix("\n" + markdown.stdout), "docs/metrics.md differs from `metrics --list --format markdown`")
  }

  @Test("markdown is a format of the list only")
  func markdownNeedsList() throws {
    let result = try CLIRunner.run(["metrics", "Fixtures/acme", "--format", "markdown"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: --format: \"markdown\" is not one of table, json\n"))
  }
}
