/// The durations a median needs, one per qualifying event, in 4 bytes each while every duration is a whole number
/// of seconds (exports carry second-precision timestamps) below 2^32 s; the first that is not (a millisecond
/// timestamp, a negative span) widens the list to 8-byte milliseconds. Either way the median is exact.
///
/// This is the one part of the streamed tallies that grows with events: 4.5 million lead times on a
/// 10-million-event quarter are 18 MB instead of 36.
struct DurationSamples {
  private var seconds: [UInt32] = []
  /// Set once any duration does not fit `seconds`; then it holds every duration, in milliseconds.
  private var milliseconds: [Int64]?

  var count: Int { milliseconds?.count ?? seconds.count }

  /// Reads the last duration, where the next is appended (`RowBatch`).
  func touch() -> UInt64 { UInt64(truncatingIfNeeded: milliseconds?.last ?? Int64(seconds.last ?? 0)) }

  mutating func append(milliseconds value: Int64) {
    if milliseconds == nil {
      let (whole, rest) = value.quotientAndRemainder(dividingBy: 1000)
      if rest == 0, whole >= 0, whole <= Int64(UInt32.max) {
        seconds.append(UInt32(whole))
        return
      }
      widen()
    }
    milliseconds!.append(value)
  }

  mutating func append(contentsOf other: DurationSamples) {
    if milliseconds == nil, other.milliseconds == nil {
      seconds.append(contentsOf: other.seconds)
      return
    }
    widen()
    if let wide = other.milliseconds {
      milliseconds!.append(contentsOf: wide)
    } else {
      milliseconds!.append(contentsOf: other.seconds.lazy.map { Int64($0) * 1000 })
    }
  }

  /// The median in hours, exactly as `Median.hours(ofMilliseconds:)` gives it for the same durations; nil when
  /// empty. Reorders the samples.
  mutating func medianHours() -> Ratio? {
    if milliseconds != nil { return Median.hours(ofMilliseconds: &milliseconds!) }
    guard let (lower, upper) = Median.middle(of: &seconds) else { return nil }
    // The same numerator and denominator the millisecond path would build.
    if seconds.count % 2 == 1 { return Ratio(Int128(upper) * 1000, 3_600_000) }
    return Ratio((Int128(lower) + Int128(upper)) * 1000, 7_200_000)
  }

  private mutating func widen() {
    guard milliseconds == nil else { return }
    milliseconds = seconds.map { Int64($0) * 1000 }
    seconds = []
  }
}
