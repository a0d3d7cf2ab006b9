import Testing

@testable import IncentiveKit

@Suite("Streamed terminal tables")
struct StreamedTextTableTests {
  static let rows: [[String]] = [
    ["E1", "Marcus Okafor, Jr.", "4,781.55"],
    ["", "delivery", "898.33"],
    ["TOTAL", "", "4,781.55"],
  ]

  @Test(
    "rows produced twice (measure, then write) give the same lines as a table that holds them",
    arguments: [TableStyle.plain, TableStyle(maxWidth: 30), TableStyle(color: true)])
  func sameText(style: TableStyle) throws {
    let empty = TextTable(headers: ["ID", "NAME", "PAYOUT"], alignments: [.left, .left, .right], shrinkable: [1])
    var sink = ReportBytes()
    try empty.write(
      rows: { (emit) throws(OutputError) in
        for row in Self.rows { try emit(row) }
      }, style: style, to: &sink)
    var held = empty
    for row in Self.rows { held.append(row) }
    #expect(sink.text == held.render(style: style))
    // The plain layout, worked out by hand: widths ID 5 (TOTAL), NAME 18, PAYOUT 8, two spaces
    // between columns, no trailing spaces.
    if style == .plain {
      #expect(
        sink.text == """
          ID     NAME                  PAYOUT
          E1     Marcus Okafor, Jr.  4,781.55
                 delivery              898.33
          TOTAL                      4,781.55

          """)
    }
    // At 30 columns NAME loses 5 (35 → 30): "Marcus Okafo…".
    if style.maxWidth == 30 { #expect(sink.text.contains("E1     Marcus Okafo…  4,781.55\n")) }
    if style.color { #expect(sink.text.hasPrefix("\u{1B}[1mID     NAME                  PAYOUT\u{1B}[0m\n")) }
  }
}
