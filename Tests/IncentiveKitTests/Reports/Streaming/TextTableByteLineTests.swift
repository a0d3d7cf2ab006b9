import Testing

@testable import IncentiveKit

/// The people table's lines are written from bytes (`TextTable.write(_:widths:into:)`), its cells measured where the
/// payout was made; a line must come out exactly as `TextTable.line` lays out the same cells.
@Suite("Terminal table lines from bytes")
struct TextTableByteLineTests {
  static let table = TextTable(headers: ["ID", "NAME", "PAYOUT"], alignments: [.left, .left, .right], shrinkable: [1])

  static func written(_ cells: [String], widths: [Int]) -> String {
    var buffer: [UInt8] = []
    let bytes = cells.map { Array($0.utf8) }
    bytes.withUnsafeBufferPointers { pointers in
      let measured = zip(pointers, cells).map { (UnsafeRawBufferPointer($0), TerminalText.displayWidth($1)) }
      table.write(measured, widths: widths, into: &buffer)
    }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Widths 5, 12 and 8; expected lines worked out apart (a few lines of Python with the same rules: two spaces
  /// between columns, a name cut to 11 columns and `…`, CJK two columns a character, amounts right-aligned, no
  /// trailing spaces).
  @Test(
    "a line from bytes is the line TextTable lays out",
    arguments: [
      (["E1", "Marcus Okafor, Jr.", "4,781.55"], "E1     Marcus Okaf…  4,781.55"),
      (["E1", "Ann", "1.00"], "E1     Ann               1.00"),
      (["TOTAL", "", ""], "TOTAL"),
      (["E2", "Zoë Ødegård-Lindqvist", "12.00"], "E2     Zoë Ødegård…     12.00"),
      (["E3", "山田太郎山田太郎", "3.50"], "E3     山田太郎山…       3.50"),
      (["E4", "abcdefghijkl", "9"], "E4     abcdefghijkl         9"),
      (["E5", "abcdefghijklm", "9"], "E5     abcdefghijk…         9"),
    ])
  func sameLine(cells: [String], expected: String) {
    let widths = [5, 12, 8]
    #expect(Self.written(cells, widths: widths) == expected)
    #expect(Self.table.line(cells, widths: widths, emphasis: .normal, style: .plain) == expected)
  }
}

private extension Array where Element == [UInt8] {
  /// Each array's bytes at once, for as long as `body` runs.
  func withUnsafeBufferPointers<R>(_ body: ([UnsafeBufferPointer<UInt8>]) -> R) -> R {
    func nest(_ index: Int, _ done: [UnsafeBufferPointer<UInt8>]) -> R {
      guard index < count else { return body(done) }
      return self[index].withUnsafeBufferPointer { nest(index + 1, done + [$0]) }
    }
    return nest(0, [])
  }
}

/// A note is wrapped a byte at a time when it is printable ASCII (`PayoutReport.wrapped`), a character at a time
/// otherwise (`wrap`): the lines must be the same.
@Suite("Wrapped notes")
struct WrappedNoteTests {
  /// Width 20, indent 2: lines worked out apart, by a few lines of Python with the rule (a line holds at most 20
  /// characters, continuation lines are indented two more, a word longer than a line stays whole, runs of spaces
  /// count as one).
  @Test(
    "notes break at spaces within the width, the same either way",
    arguments: [
      ("E1 delivery: payout capped at 1.5", "  E1 delivery:\n    payout capped at\n    1.5"),
      ("short", "  short"),
      ("", "  "),
      ("a  b   c", "  a b c"),
      ("E1 x: supercalifragilisticexpialidocious ok", "  E1 x:\n    supercalifragilisticexpialidocious\n    ok"),
      ("E1 é: payout capped at 1.5", "  E1 é: payout\n    capped at 1.5"),
    ])
  func sameLines(text: String, expected: String) {
    #expect(PayoutReport.wrapped(text, width: 20, indent: 2) == expected)
    #expect(PayoutReport.wrap(text, width: 20, indent: 2).joined(separator: "\n") == expected)
  }
}
