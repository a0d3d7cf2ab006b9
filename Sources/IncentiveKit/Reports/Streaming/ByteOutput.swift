/// Somewhere the JSON and decimal writers append bytes: an array, or the `OutputBuffer` a streaming report is
/// written into.
protocol ByteOutput {
  mutating func append(_ byte: UInt8)
  mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension ByteOutput {
  mutating func append(bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append(bytes: $0) }
  }

  /// `text`'s UTF-8, as it is (no escaping).
  mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(bytes: $0) }
  }
}
