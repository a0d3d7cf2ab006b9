/// The text of the progress line for a whole run over several files: rows read, throughput
/// and the estimated time left, e.g. `reading deployments.csv · 1,234,567 rows · 85.2 MB/s · ETA 4s`.
///
/// Pure arithmetic on counts and seconds, so it is tested without a terminal or a clock.
public struct ProgressSummary: Sendable, Equatable {
  public var file: String
  /// Rows read over every file so far.
  public var rows: Int
  /// Bytes read over every file so far.
  public var bytes: Int
  /// Bytes of all input files together; 0 when unknown (no ETA then).
  public var totalBytes: Int
  /// Seconds since reading began.
  public var elapsed: Double

  public init(file: String, rows: Int, bytes: Int, totalBytes: Int, elapsed: Double) {
    self.file = file
    self.rows = rows
    self.bytes = bytes
    self.totalBytes = totalBytes
    self.elapsed = elapsed
  }

  /// Megabytes (10⁶ bytes) per second; 0 before any time has passed.
  public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0 }

  /// Whole seconds left at the rate so far, nil when the total or the rate is unknown.
  public var secondsLeft: Int? {
    guard totalBytes > 0, bytes > 0, elapsed > 0 else { return nil }
    let left = Double(max(totalBytes - bytes, 0)) * elapsed / Double(bytes)
    return Int(left.rounded(.up))
  }

  public var line: String {
    var text = "reading \(shown: file) · \(Self.grouped(rows)) rows · \(Self.oneDecimal(megabytesPerSecond)) MB/s"
    if let secondsLeft { text += " · ETA " + Self.duration(secondsLeft) }
    return text
  }

  /// `45s`, `3m05s`, `1h02m`.
  static func duration(_ seconds: Int) -> String {
    if seconds < 60 { return "\(seconds)s" }
    if seconds < 3600 { return "\(seconds / 60)m" + Self.twoDigits(seconds % 60) + "s" }
    return "\(seconds / 3600)h" + Self.twoDigits(seconds / 60 % 60) + "m"
  }

  static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  static func grouped(_ value: Int) -> String { DigitGrouping.thousands(String(value)) }
}
