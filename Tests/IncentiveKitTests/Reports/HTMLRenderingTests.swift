@testable import IncentiveKit
import Testing

@Suite("HTML text, tables and SVG charts")
struct HTMLRenderingTests {
  @Test(
    "the five HTML-special characters become references; control characters show as escapes",
    arguments: [
      ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
      ("\"R&D\"", "&quot;R&amp;D&quot;"),
      ("plain", "plain"),
      // ESC [8m would hide the rest of the line when the file is printed; a right-to-left override reorders it.
      ("Ann\u{1B}[8m<b>", "Ann\\u{1B}[8m&lt;b&gt;"),
      ("a\u{202E}b", "a\\u{202E}b"),
      // A special character joined to a combining mark is one `Character` equal to none of them; each scalar counts.
      ("\"\u{301}x", "&quot;\u{301}x"),
      ("<\u{301}script>", "&lt;\u{301}script&gt;"),
      ("'\u{301}&\u{301}", "&#39;\u{301}&amp;\u{301}"),
      // An invisible scalar would make `E0\u{200B}4` look like `E04`.
      ("E0\u{200B}4", "E0\\u{200B}4"),
    ])
  func escape(raw: String, escaped: String) {
    #expect(HTMLText.escape(raw) == escaped)
  }

  @Test("a table escapes every cell and marks number columns and row kinds")
  func table() {
    var table = HTMLTable(headers: ["Name", "Payout"], alignments: [.left, .right])
    table.append(["<b>", "1.00"])
    table.append(["Total", "1.00"], kind: .total)
    #expect(
      table.render() == """
        <table>
        <thead><tr><th>Name</th><th class="num">Payout</th></tr></thead>
        <tbody>
        <tr><td>&lt;b&gt;</td><td class="num">1.00</td></tr>
        <tr class="total"><td>Total</td><td class="num">1.00</td></tr>
        </tbody>
        </table>

        """)
  }

  @Test("an SVG chart escapes its text and tooltips and rounds coordinates to tenths")
  func chart() {
    var chart = SVGChart(width: 100, height: 50, label: "a<b")
    chart.rect(x: 1.25, y: 2, width: 10.04, height: -3, fill: "#fff", title: "x&y")
    chart.text("<i>", x: 0, y: 10)
    let svg = chart.render()
    // 1.25 → 12.5 tenths, rounded half away from zero → 13 → "1.3"; 10.04 → 100.4 tenths → 100 → "10";
    // a negative height is drawn as 0.
    #expect(
      svg.contains("<rect x=\"1.3\" y=\"2\" width=\"10\" height=\"0\" fill=\"#fff\"><title>x&amp;y</title></rect>"))
    #expect(svg.contains(">&lt;i&gt;</text>"))
    #expect(svg.contains("aria-label=\"a&lt;b\""))
    #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>\n"))
  }

  @Test(
    "coordinates print without exponent or trailing .0",
    arguments: [
      (0.0, "0"), (12.0, "12"), (3.45, "3.5"), (-0.25, "-0.3"), (1e-7, "0"), (-2.5, "-2.5"), (123456.78, "123456.8"),
    ])
  func number(value: Double, text: String) {
    #expect(SVGChart.number(value) == text)
  }
}
