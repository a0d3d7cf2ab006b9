/// The bytes a `JSONStreamWriter` renders into: a `PointerBuffer` of bytes behind a reference, so the writer stays
/// an ordinary value. A copy of an `OutputBuffer` shares its bytes, so each writer makes its own.
struct OutputBuffer: ByteOutput {
  private let storage: Storage

  init(capacity: Int) { storage = Storage(capacity: max(capacity, 16)) }

  var count: Int { storage.bytes.count }

  @inline(__always)
  mutating func append(_ byte: UInt8) { storage.bytes.append(byte) }

  @inline(__always)
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) { storage.bytes.append(contentsOf: bytes) }

  /// The bytes written so far, valid only for the call.
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Result) throws(OutputError)
    -> Result
  {
    try body(UnsafeRawBufferPointer(storage.bytes.elements))
  }

  /// A copy of the bytes written so far.
  var bytes: [UInt8] { Array(storage.bytes.elements) }

  /// Forgets the bytes, keeping the room.
  mutating func removeAll() { storage.bytes.removeAll() }

  private final class Storage {
    // Only its `OutputBuffer` reaches it, one call at a time: no dynamic exclusivity check on every append.
    @exclusivity(unchecked) var bytes: PointerBuffer<UInt8>

    init(capacity: Int) { bytes = PointerBuffer(capacity: capacity) }
  }
}
