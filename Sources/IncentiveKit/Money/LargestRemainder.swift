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
  ///
  /// Runs once per person paid: the floors and remainders live on the stack, and the usual case (fewer units
  /// missing than parts, each part getting one at most) picks the largest remainders without sorting them.
  static func allocate(total: Int64, shares: [Int128], denominator: Int128) -> [Int64] {
    allocate(total: total, shares: shares, denominator: denominator) { $0 }
  }

  /// `allocate(total:shares:denominator:)` with each amount made into a part by `part` (an amount of money): one
  /// array made per split, not one of minor units and another of what is made from them.
  static func allocate<Part>(
    total: Int64, shares: [Int128], denominator: Int128, as part: (Int64) -> Part
  ) -> [Part] {
    precondition(denominator > 0, "largest remainder needs a positive denominator")
    let count = shares.count
    guard count > 0 else { return [] }
    return withUnsafeTemporaryAllocation(of: Int128.self, capacity: 2 * count) { buffer in
      let floors = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
      let remainders = UnsafeMutableBufferPointer(rebasing: buffer[count...])
      var missing = Int128(total)
      for (index, share) in shares.enumerated() {
        let floor = RoundingRule.down.divide(share, by: denominator)
        floors.initializeElement(at: index, to: floor)
        remainders.initializeElement(at: index, to: share - floor * denominator)
        missing -= floor
      }
      if missing >= 0, missing < count {
        giveOneEach(Int(missing), to: floors, byLargest: remainders)
      } else {
        cycle(missing, through: floors, byLargest: remainders)
      }
      return floors.map { part(Int64($0)) }
    }
  }

  /// One unit to each of the `units` parts with the largest remainders, the earlier part first on a tie: the first
  /// `units` of the order `cycle` goes through. Remainders are in `[0, denominator)`; a part given its unit is
  /// marked with -1.
  private static func giveOneEach(
    _ units: Int, to floors: UnsafeMutableBufferPointer<Int128>, byLargest remainders: UnsafeMutableBufferPointer<Int128>
  ) {
    for _ in 0..<units {
      var largest = 0
      for index in remainders.indices.dropFirst() where remainders[index] > remainders[largest] { largest = index }
      floors[largest] += 1
      remainders[largest] = -1
    }
  }

  /// Units given (or, when the shares exceed the total, taken) one at a time in order of remainder, round and round.
  private static func cycle(
    _ missing: Int128, through floors: UnsafeMutableBufferPointer<Int128>,
    byLargest remainders: UnsafeMutableBufferPointer<Int128>
  ) {
    var missing = missing
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
  }
}
