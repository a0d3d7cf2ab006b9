/// A growable run of bytes written through a pointer: what `JSONStreamWriter` renders into.
///
/// An `Array` append checks that the array is uniquely referenced and has room, and copies through generic code; a
/// payout report makes about 250 appends per engineer (a line break, a key, a quote, a digit run), and at 100,000
/// people that bookkeeping was a third of the time spent writing the JSON. Here an append is a bounds test and a
/// store. A copy of an `OutputBuffer` shares its bytes (it is a reference), so each writer makes its own.
struct OutputBuffer: ByteOutput {
  private let storage: Storage

  init(capacity: Int) { storage = Storage(capacity: max(capacity, 16)) }

  var count: Int { storage.count }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    let storage = self.storage
    if storage.count == storage.capacity { storage.grow(toHold: 1) }
    storage.base[storage.count] = byte
    storage.count += 1
  }

  @inline(__always)
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    let storage = self.storage
    if storage.capacity - storage.count < bytes.count { storage.grow(toHold: bytes.count) }
    (storage.base + storage.count).update(from: source, count: bytes.count)
    storage.count += bytes.count
  }

  /// The bytes written so far, valid only for the call.
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(OutputError) -> Result) throws(OutputError)
    -> Result
  {
    try body(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
  }

  /// A copy of the bytes written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

  /// Forgets the bytes, keeping the room.
  mutating func removeAll() { storage.count = 0 }

  private final class Storage {
    // Only its `OutputBuffer` reaches these, one call at a time: no dynamic exclusivity checks on every append.
    @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) var count = 0
    @exclusivity(unchecked) var capacity: Int

    init(capacity: Int) {
      base = .allocate(capacity: capacity)
      self.capacity = capacity
    }

    /// At least `extra` more bytes of room, doubling.
    func grow(toHold extra: Int) {
      let capacity = max(self.capacity * 2, count + extra)
      let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      base.initialize(from: self.base, count: count)
      self.base.deallocate()
      self.base = base
      self.capacity = capacity
    }

    deinit { base.deallocate() }
  }
}
