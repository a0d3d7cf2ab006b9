import Foundation
import Testing

@Suite("calculate --format html and markdown, end to end")
struct ReportFormatTests {
  let expected = AcmeExpected.shared

  func render(_ format: String, dataset: String = "Fixtures/acme", extra: [String] = []) throws -> String {
    let result = try CLIRunner.run(["calculate", dataset, "--format", format] + extra)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return result.stdout
  }

  /// Occurrences of `needle` in `text`.
  func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

  @Test("the HTML shows the hand-derived acme total, every team's target, payout and payout / target, every payout")
  func htmlNumbers() throws {
    let html = try render("html")
    // expected.json: total 87757.48 over 15 engineers against Σ targets 78,529.83 (111.750…% → 111.8%).
    #expect(html.contains("<div class=\"value\">\(AcmeExpected.grouped(expected.total)) USD</div>"))
    #expect(html.contains("<div class=\"value\">78,529.83 USD (111.8%)</div>"))
    #expect(html.contains("<div class=\"value\">15 engineers in 3 teams</div>"))
    #expect(
      html.contains(
        "<td>Total</td><td class=\"num\">15</td><td class=\"num\">78,529.83</td><td class=\"num\">87,757.48</td>"
          + "<td class=\"num\">111.8%</td>"))
    // Σ targets per team in expected.json: mobile 18,233.76 (payout 93.7% of it), payments 22,686.35 (98.4%),
    // platform 37,609.72 (128.5%).
    let targets = ["mobile": ("18,233.76", "93.7%"), "payments": ("22,686.35", "98.4%"), "platform": ("37,609.72", "128.5%")]
    for team in expected.teams {
      let (target, share) = try #require(targets[team.team])
      #expect(
        html.contains(
          "<tr><td>\(team.team)</td><td class=\"num\">\(team.headcount)</td><td class=\"num\">\(target)</td>"
            + "<td class=\"num\">\(AcmeExpected.grouped(team.payout))</td><td class=\"num\">\(share)</td>"),
        "team \(team.team)")
      #expect(html.contains("<title>\(team.team) target: \(target) USD</title>"))
    }
    for engineer in expected.engineers {
      #expect(html.contains("<td class=\"num\">\(AcmeExpected.grouped(engineer.payout))</td></tr>"), "\(engineer.id)")
    }
  }

  @Test("the HTML is self-contained, balanced, explains its method, and has its six charts")
  func htmlStructure() throws {
    let html = try render("html")
    #expect(TagBalance.problem(in: html) == nil, "\(TagBalance.problem(in: html) ?? "")")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(count("<svg ", in: html) == 6)
    #expect(count("</svg>", in: html) == 6)
    #expect(count("<table>", in: html) == count("</table>", in: html))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("src=") && !html.contains("href="))
    #expect(!html.contains("docs/"), "no pointer to a document the reader of a mailed page doesn't have")
    #expect(html.contains("<footer>\n<p>How these numbers are made."))
    #expect(html.contains("@media print"))
    // Guards: all 5 payments engineers had delivery capped by change_failure_rate (WORKED.md: CFR 0.2 > 0.15),
    // named by the catalogue's title.
    #expect(html.contains("<title>delivery ← Change failure rate max 0.15: 5 engineer(s) in payments</title>"))
    // DORA: payments change_failure_rate 0.2 is "low" in the 2023 table (> 0.15), drawn on the absolute bands.
    #expect(html.contains("<title>payments · Change failure rate: 0.2 (low)</title>"))
    #expect(html.contains("<title>low: above 0.15</title>"))
    // Multipliers: 15 engineers; the bands 0.25 wide; E02 0.63873 is one of those in 0.5 to under 0.75.
    #expect(html.contains("engineer(s) with a multiplier from 0.5 to under 0.75</title>"))
    #expect(html.contains("Lead time for changes"))
  }

  @Test("a name holding <script> is shown escaped in HTML and Markdown, never as markup")
  func escaping() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let roster = directory.appendingPathComponent("roster.csv")
    let text = try String(contentsOf: roster, encoding: .utf8)
    try text.replacingOccurrences(of: "Priya Raman", with: "<script>alert('x')</script>")
      .write(to: roster, atomically: true, encoding: .utf8)
    let html = try render("html", dataset: directory.path)
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"))
    #expect(TagBalance.problem(in: html) == nil)
    let markdown = try render("markdown", dataset: directory.path, extra: ["--detail"])
    #expect(!markdown.contains("<script"))
    #expect(markdown.contains("| E01 | &lt;script&gt;alert('x')&lt;/script&gt; | platform |"))
  }

  @Test("the Markdown names nobody: team targets, payouts and payout / target from expected.json, component counts")
  func markdownTeams() throws {
    let markdown = try render("markdown")
    #expect(markdown.contains("| Team | Headcount | Target | Payout | Payout / target |\n| --- | ---: | ---: | ---: | ---: |\n"))
    // Σ targets and payouts per team in expected.json: mobile 18,233.76 → 17,087.97 (93.716…% → 93.7%),
    // payments 22,686.35 → 22,332.70 (98.441…%), platform 37,609.72 → 48,336.81 (128.521…%);
    // all 78,529.83 → 87,757.48 (111.750…% → 111.8%).
    #expect(markdown.contains("\n| mobile | 5 | 18,233.76 | 17,087.97 | 93.7% |\n"))
    #expect(markdown.contains("\n| payments | 5 | 22,686.35 | 22,332.70 | 98.4% |\n"))
    #expect(markdown.contains("\n| platform | 5 | 37,609.72 | 48,336.81 | 128.5% |\n"))
    #expect(markdown.contains("\n| Total | 15 | 78,529.83 | 87,757.48 | 111.8% |\n"))
    #expect(markdown.contains("**Total: 87,757.48 USD** for 15 engineers in 3 teams, against targets of 78,529.83 (111.8%)"))
    // Components counted, not priced (priced beside the teams, one could be subtracted down to a person): reviews
    // paid 10 people, delivery 14; their sums (19,419.59, 13,079.43 from expected.json) only with --detail.
    #expect(markdown.contains("\n| reviews | 10 |\n"))
    #expect(markdown.contains("\n| delivery | 14 |\n"))
    #expect(!markdown.contains("19,419.59") && !markdown.contains("13,079.43"))
    let detail = try render("markdown", extra: ["--detail"])
    #expect(detail.contains("\n| reviews | 10 | 19,419.59 |\n"))
    #expect(detail.contains("\n| delivery | 14 | 13,079.43 |\n"))
    for engineer in expected.engineers {
      #expect(!markdown.contains(engineer.id), "\(engineer.id) is named")
    }
    #expect(!markdown.contains("Priya") && !markdown.contains("16,305.34"))
  }

  @Test("--detail Markdown lists engineers, their components and guard notes as GitHub tables")
  func markdownEngineers() throws {
    let markdown = try render("markdown", extra: ["--detail"])
    let lines = markdown.split(separator: "\n")
    // Every table line starts and ends with a pipe; no line outside a table does.
    for line in lines where line.hasPrefix("|") { #expect(line.hasSuffix("|")) }
    for engineer in expected.engineers {
      #expect(
        lines.contains {
          $0.hasPrefix("| \(engineer.id) |") && $0.hasSuffix("| \(AcmeExpected.grouped(engineer.payout)) |")
        })
    }
    // expected.json E01 health: team_health, weight 0.4, value 81.0, multiplier 1.2933, amount 6910.83.
    // The multiplier column shows 6 decimals on every line: E04's 1.137515 is the most precise.
    #expect(markdown.contains("| E01 | health | team\\_health | team | 0.4 | 81.0 | 1.293300 | 6,910.83 |"))
    #expect(
      markdown.contains("| E05 | payments | delivery | guard change\\_failure\\_rate max 0.15 broken: capped at 1.0 |"))
  }
}
