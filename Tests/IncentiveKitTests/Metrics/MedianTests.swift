import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

@Suite("Median by selection")
struct MedianTests {
  @Test(
    "medians in hours of millisecond durations",
    arguments: [
      ([3_600_000], "1"),  // one value: 1 h
      ([7_200_000, 3_600_000], "1.5"),  // (1 h + 2 h) / 2
      ([5, 1, 4, 2, 3].map { $0 * 3_600_000 }, "3"),  // sorted 1 2 3 4 5 → 3
      ([9, 9, 1, 9].map { $0 * 3_600_000 }, "9"),  // sorted 1 9 9 9 → (9 + 9) / 2
      ([4, 4, 4, 4, 4, 4].map { $0 * 3_600_000 }, "4"),  // all equal
      ([10, 0, 0, 10].map { $0 * 3_600_000 }, "5"),  // sorted 0 0 10 10 → (0 + 10) / 2
      ([1_800_000, 5_400_000, 0], "0.5"),  // 0.5 h, 1.5 h, 0 → 0.5 h
    ] as [([Int64], String)])
  func hand(values: [Int64], expected: String) {
    var copy = values
    #expect(Median.hours(ofMilliseconds: &copy)?.decimalText() == expected)
  }

  @Test("selection puts the k-th smallest at k for every k, with duplicates and runs")
  func selectEveryPosition() {
    var random = SplitMix64(state: 99)
    for count in [1, 2, 3, 7, 64, 257] {
      let values = (0..<count).map { _ in Int64(random.next() % 20) }
      let sorted = values.sorted()
      for k in 0..<count {
        var copy = values
        copy.withUnsafeMutableBufferPointer { Median.select($0, k) }
        #expect(copy[k] == sorted[k], "count \(count), k \(k)")
        #expect(copy[..<k].allSatisfy { $0 <= copy[k] } && copy[(k + 1)...].allSatisfy { $0 >= copy[k] })
      }
    }
    // Already sorted and reverse-sorted input of 10,000: the median is 4,999 and 5,000's mean, 4,999.5 ms.
    for var values in [Array(Int64(0)..<10_000), Array((Int64(0)..<10_000).reversed())] {
      let median = Median.hours(ofMilliseconds: &values)
      #expect(median?.numerator == 4_999 + 5_000 && median?.denominator == 7_200_000)
    }
  }
}
