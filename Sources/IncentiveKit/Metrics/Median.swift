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
