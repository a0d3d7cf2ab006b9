/// Medians of durations, exact: the mean of the two middle values for an even count.
enum Median {
  /// Median of millisecond durations, in hours, as an exact ratio; nil for no values. `values` is left reordered.
  static func hours(ofMilliseconds values: inout [Int64]) -> Ratio? {
    guard let (lower, upper) = middle(of: &values) else { return nil }
    if values.count % 2 == 1 { return Ratio(Int128(upper), 3_600_000) }
    return Ratio(Int128(lower) + Int128(upper), 7_200_000)
  }

  /// The two middle values in sorted order (the same one twice for an odd count), nil for no values.
  ///
  /// Found by selection (expected linear time) rather than sorting: on a 10-million-event quarter one team's lead
  /// times run to hundreds of thousands, and this runs after the parallel read, on one core. `values` is left
  /// reordered.
  static func middle<T: Comparable>(of values: inout [T]) -> (lower: T, upper: T)? {
    guard !values.isEmpty else { return nil }
    let middle = values.count / 2
    return values.withUnsafeMutableBufferPointer { buffer in
      select(buffer, middle)
      if buffer.count % 2 == 1 { return (buffer[middle], buffer[middle]) }
      // Selection leaves every value before `middle` no larger than it, so the lower middle is their maximum.
      return (UnsafeMutableBufferPointer(rebasing: buffer[0..<middle]).max()!, buffer[middle])
    }
  }

  /// Reorders `values` so that `values[k]` holds what sorting would put there, with no larger value before it and
  /// no smaller one after (Hoare's quickselect, median-of-three pivots). After a number of rounds that only
  /// adversarial input reaches, the remaining range is sorted instead, so the worst case stays O(n log n).
  static func select<T: Comparable>(_ values: UnsafeMutableBufferPointer<T>, _ k: Int) {
    var low = 0
    var high = values.count - 1
    var rounds = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 8
    while high > low {
      if rounds == 0 {
        var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
        rest.sort()
        return
      }
      rounds -= 1
      let first = values[low]
      let centre = values[low + (high - low) / 2]
      let last = values[high]
      let pivot = max(min(first, centre), min(max(first, centre), last))
      var left = low
      var right = high
      while left <= right {
        while values[left] < pivot { left += 1 }
        while values[right] > pivot { right -= 1 }
        if left <= right {
          values.swapAt(left, right)
          left += 1
          right -= 1
        }
      }
      // Now values[low...right] ≤ pivot ≤ values[left...high], and anything between equals the pivot.
      if k <= right {
        high = right
      } else if k >= left {
        low = left
      } else {
        return
      }
    }
  }
}

extension Median {
  /// DevLake's median: `max(x) WHERE percent_rank() OVER (ORDER BY x) <= 0.5`, the lower
  /// middle value without interpolation (for sorted values, the one at index (n − 1) / 2).
  static func lower(_ values: [Int64]) -> Int64? {
    var values = values
    return middle(of: &values)?.lower
  }

  /// Four Keys' median: BigQuery `PERCENTILE_CONT(x, 0.5)`, interpolating between the two
  /// middle values of an even count, exact.
  static func interpolated(_ values: [Int64]) -> Ratio? {
    var values = values
    // For an odd count both middles are the one middle value: (x + x) / 2 = x.
    return middle(of: &values).map { Ratio(Int128($0.lower) + Int128($0.upper), 2) }
  }
}
