/// A value compared with the rest of its group (a bonus target with its level's others, a cost month's budget with
/// the team's other months): far when it is more than a factor under both middle values of the others, or over both.
/// One middle is not enough for an even number of others: 12.5 beside 3.125 and 12.5 is not far from the others.
enum PeerMiddles {
  /// The lower and upper middle of `sorted` with one `value` taken out; the same value when the others are an odd
  /// number. Found by position, with no copy per member: a level of a large org has thousands of people.
  static func of(_ sorted: [FixedDecimal], without value: FixedDecimal) -> (low: FixedDecimal, high: FixedDecimal) {
    // The first position holding `value` (a binary search), and the others' positions around it.
    var (start, end) = (0, sorted.count)
    while start < end {
      let middle = (start + end) / 2
      if sorted[middle] < value { start = middle + 1 } else { end = middle }
    }
    func other(_ index: Int) -> FixedDecimal { sorted[index < start ? index : index + 1] }
    let count = sorted.count - 1
    return (other((count - 1) / 2), other(count / 2))
  }

  /// Whether `value` is more than `factor` times under or over `other`: a salary and its level's median, a month's
  /// actual and its budget.
  static func isFar(_ value: FixedDecimal, from other: FixedDecimal, factor: FixedDecimal) -> Bool {
    value * factor < other || value > other * factor
  }

  /// The middle `value` is more than `factor` times under (the lower) or over (the upper); nil when it is near either.
  static func farFrom(
    _ value: FixedDecimal, middles: (low: FixedDecimal, high: FixedDecimal), factor: FixedDecimal
  ) -> FixedDecimal? {
    value * factor < middles.low ? middles.low : value > middles.high * factor ? middles.high : nil
  }
}
