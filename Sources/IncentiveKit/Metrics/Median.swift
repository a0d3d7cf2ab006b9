/// Medians of durations, exact: the mean of the two middle values for an even count.
enum Median {
  /// Median of millisecond durations, in hours, as an exact ratio; nil for no values.
  static func hours(ofMilliseconds values: inout [Int64]) -> Ratio? {
    guard !values.isEmpty else { return nil }
    values.sort()
    let middle = values.count / 2
    if values.count % 2 == 1 { return Ratio(Int128(values[middle]), 3_600_000) }
    return Ratio(Int128(values[middle - 1]) + Int128(values[middle]), 7_200_000)
  }
}

extension Median {
  /// DevLake's median: `max(x) WHERE percent_rank() OVER (ORDER BY x) <= 0.5`, the lower
  /// middle value without interpolation (for sorted values, the one at index (n − 1) / 2).
  static func lower(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    return values.sorted()[(values.count - 1) / 2]
  }

  /// Four Keys' median: BigQuery `PERCENTILE_CONT(x, 0.5)`, interpolating between the two
  /// middle values of an even count, exact.
  static func interpolated(_ values: [Int64]) -> Ratio? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return Ratio(Int128(sorted[middle]), 1) }
    return Ratio(Int128(sorted[middle - 1]) + Int128(sorted[middle]), 2)
  }
}
