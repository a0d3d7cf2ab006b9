@testable import IncentiveKit
import Testing

@Suite("Markdown tables")
struct MarkdownTableTests {
  @Test("header, delimiter with right alignment, rows")
  func layout() {
    var table = MarkdownTable(headers: ["Team", "Payout"], alignments: [.left, .right])
    table.append(["mobile", "17,087.97"])
    #expect(table.render() == "| Team | Payout |\n| --- | ---: |\n| mobile | 17,087.97 |\n")
  }

  @Test(
    "cell text can't break the table or become markup",
    arguments: [
      ("a|b", "a\\|b"),
      ("<script>", "&lt;script&gt;"),
      ("R&D", "R&amp;D"),
      ("team_health", "team\\_health"),
      ("*bold*", "\\*bold\\*"),
      ("`code`", "\\`code\\`"),
      ("two\nlines", "two lines"),
      ("back\\slash", "back\\\\slash"),
      ("Tomás", "Tomás"),
    ])
  func escaping(raw: String, escaped: String) {
    #expect(MarkdownTable.escape(raw) == escaped)
  }
}
