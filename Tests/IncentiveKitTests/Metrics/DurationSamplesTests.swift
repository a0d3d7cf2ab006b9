import Testing

@testable import IncentiveKit

@Suite("Duration samples")
struct DurationSamplesTests {
  static func samples(_ milliseconds: [Int64]) -> DurationSamples {
    var samples = DurationSamples()
    for value in milliseconds { samples.append(milliseconds: value) }
    return samples
  }

  @Test(
    "the median is the same ratio, numerator and denominator, whether stored as seconds or milliseconds",
    arguments: [
      // Whole seconds (stored in 4 bytes): 1 h, 3 h, 2 h → median 2 h = 7,200,000 / 3,600,000.
      ([3_600_000, 10_800_000, 7_200_000], 7_200_000, 3_600_000),
      // Even count: 1 h and 2 h → (3,600,000 + 7,200,000) / 7,200,000 = 1.5 h.
      ([7_200_000, 3_600_000], 10_800_000, 7_200_000),
      // One value with milliseconds widens the list: 1,500 ms, 1 s, 2 s → median 1,500 ms.
      ([1_000, 1_500, 2_000], 1_500, 3_600_000),
      // A negative span widens too: −1 s, 0, 5 s → median 0.
      ([-1_000, 0, 5_000], 0, 3_600_000),
      // 2^32 s does not fit 4 bytes: 2^32 s and 0 → (4,294,967,296,000 + 0) / 7,200,000.
      ([4_294_967_296_000, 0], 4_294_967_296_000, 7_200_000),
    ] as [([Int64], Int128, Int128)])
  func median(values: [Int64], numerator: Int128, denominator: Int128) {
    var samples = Self.samples(values)
    let median = samples.medianHours()
    #expect(median?.numerator == numerator && median?.denominator == denominator)
    #expect(samples.count == values.count)
  }

  @Test("merging a seconds list with a milliseconds list keeps every duration")
  func merge() {
    var compact = Self.samples([1_000, 2_000])
    compact.append(contentsOf: Self.samples([2_500]))
    compact.append(contentsOf: Self.samples([4_000, 3_000]))
    // 1 s, 2 s, 2.5 s, 4 s, 3 s → median 2.5 s = 2,500 ms.
    #expect(compact.count == 5)
    let median = compact.medianHours()
    #expect(median?.numerator == 2_500 && median?.denominator == 3_600_000)
    var empty = DurationSamples()
    #expect(empty.medianHours() == nil)
  }
}
