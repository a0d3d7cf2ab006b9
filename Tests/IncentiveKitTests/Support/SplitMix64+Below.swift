@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

extension SplitMix64 {
  /// A value in `0..<bound` for the parsers' random tests (modulo bias is harmless there:
  /// they need the same inputs on every run, not uniform ones).
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
