/// Splits an amount into parts proportional to exact shares so that the rounded parts sum to
/// exactly the amount: each part is floored to a minor unit, then the minor units still
/// missing go one at a time to the largest remainders (earlier part first on a tie).
///
/// This is how component amounts reconcile to the cent with the payout (SPEC section 5, step 6).
enum LargestRemainder {
  /// - Parameters:
  ///   - total: the amount the parts must sum to, in minor units.
  ///   - shares: exact shares as fractions of one minor unit (numerators over `denominator`).
  ///   - denominator: common positive denominator of the shares.
  /// - Returns: one amount in minor units per share, summing to `total`.
  static func allocate(total: Int64, shares: [Int128], denominator: Int128) -> [Int64] {
    precondition(denominator > 0, "largest remainder needs a positive denominator")
    guard !shares.isEmpty else { return [] }
    var floors = shares.map { RoundingRule.down.divide($0, by: denominator) }
    let remainders = zip(shares, floors).map { $0 - $1 * denominator }
    var missing = Int128(total) - floors.reduce(0, +)
    // Order of who gets the next minor unit: largest remainder, then earlier part.
    let order = remainders.indices.sorted { a, b in
      remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b
    }
    var cursor = 0
    while missing > 0 {
      floors[order[cursor % order.count]] += 1
      missing -= 1
      cursor += 1
    }
    while missing < 0 {
      // Only when shares exceed the total (never for a consistent split); take from the smallest remainders.
      floors[order[order.count - 1 - cursor % order.count]] -= 1
      missing += 1
      cursor += 1
    }
    return floors.map { Int64($0) }
  }
}
