import Testing

@_spi(Synthetic) @testable import IncentiveKit

/// A level's salary median is found by selection, not a sort; the finding prints it as written, so it must be the
/// very element `sorted()[(count - 1) / 2]` is, decimals included.
@Suite("Roster plausibility: a level's lower middle salary, found without sorting")
struct RosterPlausibilityMedianTests {
  /// (salaries in roster order, the median worked out by hand: sort the values, take index (count - 1) / 2; among
  /// equal values keep roster order).
  static let cases: [([String], String)] = [
    // One salary.
    (["120000"], "120000"),
    // Odd count: the middle.
    (["300", "100", "200"], "200"),
    // Even count: the lower middle. Sorted 100, 200, 300, 400: index 1.
    (["400", "100", "300", "200"], "200"),
    // Equal salaries written differently: sorted 100, 90000 (row 2), 90000.00 (row 3), 90000.0 (row 5), 500000;
    // index 2 is the second equal one in roster order, written 90000.00.
    (["500000", "90000", "90000.00", "100", "90000.0"], "90000.00"),
    // The first equal values precede the middle: sorted 90000.0 (row 1), 90000 (row 3), 90000.000 (row 4), 99999;
    // index 1 is the second equal one.
    (["90000.0", "99999", "90000", "90000.000"], "90000"),
  ]

  @Test(arguments: cases)
  func lowerMiddle(salaries written: [String], median text: String) {
    let salaries = written.map { FixedDecimal($0)! }
    let median = RosterPlausibility.lowerMiddle(of: salaries)
    let expected = FixedDecimal(text)!
    #expect(median.units == expected.units && median.scale == expected.scale, "\(median.units) at scale \(median.scale)")
  }

  /// Against the sort it replaces, on shuffled levels with many equal values at several scales.
  @Test func agreesWithTheSortOnManyLevels() {
    var generator = SplitMix64(state: 42)
    for _ in 0..<200 {
      let count = Int(generator.next() % 40) + 1
      let salaries = (0..<count).map { _ -> FixedDecimal in
        let units = Int128(generator.next() % 5) * 1000
        let scale = Int(generator.next() % 3)
        return FixedDecimal(units: units * pow10(scale), scale: scale)
      }
      let expected = salaries.sorted()[(count - 1) / 2]
      let found = RosterPlausibility.lowerMiddle(of: salaries)
      #expect(found == expected && found.scale == expected.scale)
    }
  }
}
