import Testing

@testable import IncentiveKit

@Suite("DevLake's lower median and Four Keys' interpolated median")
struct ToolMedianTests {
  @Test(
    "lower median: the value at index (n − 1) / 2 of the sorted values, as percent_rank ≤ 0.5 picks",
    arguments: [
      ([Int64](), nil), ([7], 7), ([3, 1], 1), ([4, 1, 3, 2], 2), ([5, 1, 4, 2, 3], 3), ([2, 2, 1, 1], 1),
    ] as [([Int64], Int64?)])
  func lower(values: [Int64], expected: Int64?) {
    #expect(Median.lower(values) == expected)
  }

  @Test(
    "interpolated median: the mean of the two middle values of an even count",
    arguments: [([Int64](), nil), ([7], "7"), ([3, 1], "2"), ([4, 1, 3, 2], "2.5"), ([1, 2, 10], "2")]
      as [([Int64], String?)])
  func interpolated(values: [Int64], expected: String?) {
    #expect(
      Median.interpolated(values).map { $0.rounded(toScale: 1).formatted(decimals: 1) }
        == expected.map { FixedDecimal($0)!.formatted(decimals: 1) })
  }
}
