@_spi(Synthetic) import IncentiveKit

/// Writes a CSV file through one large byte buffer, so generating a gigabyte costs one `write` per megabyte
/// instead of a `String` per field.
///
/// Numbers and timestamps are formatted straight into the buffer from integers; callers add the commas and line
/// ends themselves, which keeps each row's layout visible where the row is written.
///
/// The bytes go through an `AtomicFileWriter`: nothing appears under the real name until `close()`, so a failed
/// write (a full disk) never leaves a truncated file behind.
struct CSVByteWriter {
  let path: String
  private let file: AtomicFileWriter
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 20

  /// Starts writing `path` (mode 0644 once closed); an existing file is replaced only when `close()` succeeds.
  ///
  /// - Throws: `OutputError` with the system's reason when the file cannot be created.
  init(path: String) throws(OutputError) {
    self.path = path
    file = try AtomicFileWriter(path: path, mode: 0o644)
    buffer.reserveCapacity(Self.flushThreshold + 4096)
  }

  /// Appends raw ASCII text (a literal: header, separator, fixed spelling).
  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  /// Appends bytes kept from earlier (an interned team name).
  @inline(__always)
  mutating func append(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
  }

  /// Appends an id made of a fixed prefix and a number (`d1234`, `INC-17`).
  mutating func append(id prefix: StaticString, _ number: Int) {
    append(prefix)
    append(number)
  }

  /// Appends a comma and then `bytes`: the next cell of a row.
  mutating func appendCell(_ bytes: [UInt8]) {
    buffer.append(0x2C)
    buffer.append(contentsOf: bytes)
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    buffer.append(byte)
  }

  /// Appends `value` in decimal, zero-padded to at least `width` digits; negative values get a leading `-`.
  mutating func append(_ value: Int, width: Int = 1) {
    if value < 0 { buffer.append(0x2D) }
    var remaining = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
      var count = 0
      repeat {
        digits[count] = 0x30 + UInt8(remaining % 10)
        remaining /= 10
        count += 1
      } while remaining > 0 || count < width
      while count > 0 {
        count -= 1
        buffer.append(digits[count])
      }
    }
  }

  /// Appends `minorUnits` hundredths as a decimal with two places (`12345` → `123.45`).
  mutating func append(hundredths minorUnits: Int) {
    append(minorUnits / 100)
    buffer.append(0x2E)
    append(minorUnits % 100, width: 2)
  }

  /// Appends a date as `YYYY-MM-DD`.
  mutating func append(date: CivilDate) {
    let (year, month, day) = date.components
    append(year, width: 4)
    buffer.append(0x2D)
    append(month, width: 2)
    buffer.append(0x2D)
    append(day, width: 2)
  }

  /// Appends an instant, whole seconds since the epoch, as `YYYY-MM-DDTHH:MM:SSZ`.
  mutating func append(timestamp seconds: Int64) {
    let date = CivilDate(containingSecond: seconds)
    let second = Int(seconds - Int64(date.dayNumber) * 86_400)
    append(date: date)
    buffer.append(0x54)
    append(second / 3600, width: 2)
    buffer.append(0x3A)
    append(second / 60 % 60, width: 2)
    buffer.append(0x3A)
    append(second % 60, width: 2)
    buffer.append(0x5A)
  }

  /// Ends a row, writing the buffer out once it holds a megabyte.
  mutating func endRow() throws(OutputError) {
    buffer.append(0x0A)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes what is buffered and gives the file its real name.
  mutating func close() throws(OutputError) {
    try flush()
    try file.commit()
  }

  private mutating func flush() throws(OutputError) {
    try file.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
