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

  /// What the audit found: the escape compared `Character`s, and a special character followed by a combining mark
  /// (U+0301) is one `Character` equal to none of them, so it passed raw.
  @Test(
    "a special character joined to a combining mark is still escaped; line breaks in any form are one space each",
    arguments: [
      ("Priya |\u{301} Raman", "Priya \\|\u{301} Raman"),
      ("*\u{301}bold*\u{301}", "\\*\u{301}bold\\*\u{301}"),
      ("_\u{301}it_\u{301}", "\\_\u{301}it\\_\u{301}"),
      ("`\u{301}code`\u{301}", "\\`\u{301}code\\`\u{301}"),
      ("<\u{301}b>", "&lt;\u{301}b&gt;"),
      ("[\u{301}x](y)", "\\[\u{301}x\\](y)"),
      ("a\r\nb", "a b"),
      ("a\r\rb", "a  b"),
      ("a\n\u{301}b", "a \u{301}b"),
      ("E0\u{200B}4", "E0\\u{200B}4"),
      ("x\u{2028}y", "x\\u{2028}y"),
    ])
  func escapingByScalar(raw: String, escaped: String) {
    #expect(MarkdownTable.escape(raw) == escaped)
  }

  /// GitHub's autolink extension links `scheme://` at the `:` and `www.` at the `w`; linkify-it also links `//host`;
  /// the mention filter and the e-mail autolink need an `@` in plain text. Each trigger is written so that the
  /// raw text no longer holds it while a browser still shows the same characters.
  @Test(
    "no bare URL, www. address, e-mail address or @mention in a cell becomes a link or a notification",
    arguments: [
      ("https://evil.example/claim", "https&#58;&#47;/evil.example/claim"),
      ("ftp://evil.example", "ftp&#58;&#47;/evil.example"),
      ("//evil.example/x", "&#47;/evil.example/x"),
      ("www.evil.example", "www&#46;evil.example"),
      ("WwW.evil.example", "WwW&#46;evil.example"),
      ("(www.evil.example)", "(www&#46;evil.example)"),
      ("@acme/finance", "`@`acme/finance"),
      ("hi @user", "hi `@`user"),
      ("@@user", "`@@`user"),
      ("a@b.example", "a`@`b.example"),
      ("mailto:a@b.example", "mailto:a`@`b.example"),
      ("\\@user", "\\\\`@`user"),
      ("`@user`", "\\``@`user\\`"),
      // What is no trigger stays as it is: the fixtures' notes are full of `: ` and decimals.
      ("broken: capped at 1.0", "broken: capped at 1.0"),
      ("wwwx.example 12:30 a/b", "wwwx.example 12:30 a/b"),
    ])
  func noLinksOrMentions(raw: String, escaped: String) {
    #expect(MarkdownTable.escape(raw) == escaped)
  }

  /// GitHub links `#26`, `GH-26` and `owner/repo#26` to that issue or pull request and adds "mentioned this" to its
  /// timeline, finding them, like mentions, in the rendered text; a backslash is gone by then, a code span is not.
  @Test(
    "no issue or pull-request reference in a cell links to an issue or lands on its timeline",
    arguments: [
      ("#26", "`#`26"),
      ("fixes #1 and #2", "fixes `#`1 and `#`2"),
      ("acme/payroll#7", "acme/payroll`#`7"),
      ("GH-26", "GH`-`26"),
      ("see gh-3", "see gh`-`3"),
      // A `#` or `-` that starts no reference keeps its old escape or none.
      ("C# guild", "C\\# guild"),
      ("#platform", "\\#platform"),
      ("GH-x team-12", "GH-x team-12"),
      ("E-12", "E-12"),
      // An `@` just before a reference: one code span, not two side by side that show as `@``#`.
      ("x@#26", "x`@#`26"),
      ("@@#1", "`@@#`1"),
      // `GH` inside a word too: where GitHub's word boundary lies can't be checked offline; code costs only the font.
      ("High-5 squad", "High`-`5 squad"),
      ("(GH-5)", "(GH`-`5)"),
    ])
  func noReferences(raw: String, escaped: String) {
    #expect(MarkdownTable.escape(raw) == escaped)
  }

  @Test("a row with a pipe joined to a combining mark keeps its columns: the payout stays in the Payout column")
  func rowKeepsColumns() {
    var table = MarkdownTable(
      headers: ["Engineer", "Name", "Target", "Payout"], alignments: [.left, .left, .right, .right])
    table.append(["E01", "Priya |\u{301} Raman", "13,358.90", "16,305.34"])
    let row = table.render().split(separator: "\n")[2]
    #expect(row == "| E01 | Priya \\|\u{301} Raman | 13,358.90 | 16,305.34 |")
    // Four cells: five pipes not preceded by a backslash.
    let scalars = Array(row.unicodeScalars)
    let cellPipes = scalars.indices.filter { scalars[$0] == "|" && ($0 == 0 || scalars[$0 - 1] != "\\") }
    #expect(cellPipes.count == 5)
  }
}
