@testable import IncentiveKit
import Testing

@Suite("Payout histogram bins")
struct PayoutHistogramTests {
  @Test("bin width is the smallest 1-2-5 step of whole units covering the range in about ten bins")
  func bins() {
    // max 1,000.00 = 100,000 minor; 100,000 / 10 = 10,000 needed; steps 100, 200, 500, 1,000, 2,000, 5,000,
    // 10,000 → width 10,000 (100.00). Bins: 0 → [0], 150.00 → [1], 999.99 → [9], 1,000.00 → [10]: 11 bins.
    let amounts = [0, 15_000, 99_999, 100_000].map { Money(minorUnits: $0) }
    let histogram = PayoutHistogram(amounts: amounts, minorDigits: 2)
    #expect(histogram.start == 0)
    #expect(histogram.width == 10_000)
    #expect(histogram.counts == [1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1])
    #expect(histogram.edge(3) == Money(minorUnits: 30_000))
  }

  @Test("the acme payouts fall into 2,000.00 bins as counted by hand")
  func acme() {
    // Fixtures/acme/expected.json payouts, sorted. Max 16,305.34 → 1,630,534 / 10 = 163,054 needed → 200,000.
    // 0–2k: 1060.62 1411.63 1670.49; 2–4k: 2570.65 2853.23 3479.75; 4–6k: 4215.72 4781.55;
    // 6–8k: 6128.56 6920.25 7963.35; 8–10k: 8099.47 9840.09; 10–12k: 10456.78; 16–18k: 16305.34.
    let cents: [Int64] = [
      106_062, 141_163, 167_049, 257_065, 285_323, 347_975, 421_572, 478_155, 612_856, 692_025, 796_335, 809_947,
      984_009, 1_045_678, 1_630_534,
    ]
    let histogram = PayoutHistogram(amounts: cents.map { Money(minorUnits: $0) }, minorDigits: 2)
    #expect(histogram.width == 200_000)
    #expect(histogram.counts == [3, 3, 2, 3, 2, 1, 0, 0, 1])
  }

  @Test("negative amounts move the first edge down to a whole unit")
  func negative() {
    // min -1.50 → floor to -2.00 = -200; range -200…300 = 500 / 10 = 50 → width 100 (one unit).
    let histogram = PayoutHistogram(amounts: [Money(minorUnits: -150), Money(minorUnits: 300)], minorDigits: 2)
    #expect(histogram.start == -200)
    #expect(histogram.width == 100)
    #expect(histogram.counts == [1, 0, 0, 0, 0, 1])
  }
}
