/// SplitMix64 (Steele, Lea and Flood, 2014): spreads a seed over `SeededGenerator`'s state,
/// so seeds 1 and 2 start far apart; also a tiny stand-alone generator for reproducible
/// random test inputs.
@_spi(Synthetic) public struct SplitMix64: Sendable {
  public var state: UInt64

  public init(state: UInt64) {
    self.state = state
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
