@testable import IncentiveKit
import Testing

@Suite("Terminal tables")
struct TextTableTests {
  func sample() -> TextTable {
    var table = TextTable(headers: ["ID", "NAME", "PAYOUT"], alignments: [.left, .left, .right], shrinkable: [1])
    table.append(["E1", "Marcus Okafor, Jr.", "4,781.55"])
    table.append(["", "delivery", "898.33"], emphasis: .detail)
    table.append(["TOTAL", "", "4,781.55"], emphasis: .total)
    return table
  }

  @Test("columns align, amounts to the right, no trailing spaces, no escape codes without colour")
  func plain() {
    // widths: ID 5 (TOTAL), NAME 18, PAYOUT 8; two spaces between columns.
    #expect(
      sample().render() == """
        ID     NAME                  PAYOUT
        E1     Marcus Okafor, Jr.  4,781.55
               delivery              898.33
        TOTAL                      4,781.55

        """)
  }

  @Test("a shrinkable column is abbreviated with … to fit the width; amounts stay whole")
  func shrink() {
    // 5 + 2 + 18 + 2 + 8 = 35 columns; at 30 NAME loses 5 → 13: "Marcus Okafo…" (12 characters + …).
    let text = sample().render(style: TableStyle(maxWidth: 30))
    #expect(text.contains("E1     Marcus Okafo…  4,781.55\n"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
  }

  @Test("a wide name (CJK, fullwidth, emoji) takes two columns a character: the next columns stay aligned")
  func wideCharacters() {
    var table = TextTable(headers: ["ID", "NAME", "TEAM", "PAYOUT"], alignments: [.left, .left, .left, .right])
    table.append(["E1", "王小明王小明", "支払い", "16,305.34"])
    table.append(["E2", "ｆｕｌｌ", "mobile", "4,781.55"])
    table.append(["E3", "😀😀 Ana", "platform", "898.33"])
    table.append(["E4", "Daniel Cho", "platform", "6,128.56"])
    // NAME is 12 columns (王小明王小明), TEAM 8 (platform): each PAYOUT ends in the same terminal column.
    #expect(
      table.render() == """
        ID  NAME          TEAM         PAYOUT
        E1  王小明王小明  支払い    16,305.34
        E2  ｆｕｌｌ      mobile     4,781.55
        E3  😀😀 Ana      platform     898.33
        E4  Daniel Cho    platform   6,128.56

        """)
  }

  @Test("a wide name is abbreviated by columns, never past the table's width")
  func wideShrink() {
    var table = TextTable(headers: ["ID", "NAME", "PAYOUT"], alignments: [.left, .left, .right], shrinkable: [1])
    table.append(["E1", "王小明王小明王小明王小明", "16,305.34"])
    // 2 + 2 + 24 + 2 + 9 = 39 columns; at 30 NAME gets 15: seven wide characters (14) and …, exactly 30 a line.
    #expect(table.render(style: TableStyle(maxWidth: 30)).contains("E1  王小明王小明王…  16,305.34\n"))
  }

  @Test("colour makes headers and totals bold and details dim")
  func color() {
    let text = sample().render(style: TableStyle(color: true))
    #expect(text.hasPrefix("\u{1B}[1mID     NAME                  PAYOUT\u{1B}[0m\n"))
    #expect(text.contains("\u{1B}[2m       delivery              898.33\u{1B}[0m\n"))
    #expect(text.contains("\u{1B}[1mTOTAL                      4,781.55\u{1B}[0m\n"))
  }

  @Test("amounts with and without thousands separators")
  func thousands() {
    let usd = Currency(code: "USD")!
    #expect(TableStyle().money(Money(minorUnits: 8_775_748), in: usd) == "87,757.48")
    #expect(TableStyle(thousandsSeparators: false).money(Money(minorUnits: 8_775_748), in: usd) == "87757.48")
  }
}
