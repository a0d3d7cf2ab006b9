/// A pseudo-random generator whose whole sequence follows from one 64-bit seed, so an audit
/// run twice with the same `--seed` gives the same p-values on every machine and Swift
/// version (the standard library's generators promise neither).
///
/// The algorithm is xoshiro256** (Blackman and Vigna, 2018), its 256-bit state filled from
/// the seed by four steps of SplitMix64, as its authors recommend. `uniform(below:)` draws
/// an unbiased integer by Lemire's multiply-and-reject method, also fixed here rather than
/// left to `Int.random(in:using:)`, whose algorithm the standard library may change.
@_spi(Synthetic) public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  public init(seed: UInt64) {
    var mixer = SplitMix64(state: seed)
    state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
  }

  /// The next 64 random bits (xoshiro256**).
  public mutating func next() -> UInt64 {
    let result = Self.rotate(state.1 &* 5, 7) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = Self.rotate(state.3, 45)
    return result
  }

  /// A uniformly distributed integer in `0..<bound` (`bound` > 0), without modulo bias:
  /// the high half of `next() × bound`, redrawing when the low half falls in the short
  /// range that would favour some results (Lemire, "Fast random integer generation in an
  /// interval", 2019).
  public mutating func uniform(below bound: UInt64) -> UInt64 {
    precondition(bound > 0, "uniform(below:) needs a positive bound")
    var product = next().multipliedFullWidth(by: bound)
    if product.low < bound {
      let threshold = (0 &- bound) % bound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: bound)
      }
    }
    return product.high
  }

  private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
