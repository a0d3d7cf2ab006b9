import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

@Suite("Seeded generator")
struct SeededGeneratorTests {
  @Test("SplitMix64 matches the reference implementation's first outputs for seed 0")
  func splitMixReference() {
    // Published outputs of Vigna's splitmix64.c with x = 0.
    var mixer = SplitMix64(state: 0)
    #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
    #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(mixer.next() == 0x06C4_5D18_8009_454F)
  }

  @Test("the same seed gives the same sequence; another seed a different one")
  func reproducible() {
    var a = SeededGenerator(seed: 42)
    var b = SeededGenerator(seed: 42)
    var c = SeededGenerator(seed: 43)
    let first = (0..<8).map { _ in a.next() }
    #expect(first == (0..<8).map { _ in b.next() })
    #expect(first != (0..<8).map { _ in c.next() })
  }

  @Test(
    "uniform(below:) stays in range and hits every value of a small range", arguments: [1, 2, 3, 7, 10] as [UInt64])
  func uniformRange(bound: UInt64) {
    var generator = SeededGenerator(seed: 7)
    var seen = Set<UInt64>()
    for _ in 0..<2000 {
      let value = generator.uniform(below: bound)
      #expect(value < bound)
      seen.insert(value)
    }
    // 2000 draws over at most 10 values: missing one has probability below 10 × 0.9^2000.
    #expect(seen.count == Int(bound))
  }
}
