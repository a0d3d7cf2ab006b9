/// Elements written through a pointer into room that doubles, and reused by clearing: what the hot loops append to
/// (the fields of a record on the streamed path, the bytes of a report) instead of an `Array`.
///
/// An `Array` append checks that the array is uniquely referenced and has room, and copies a run through generic
/// code: on a 10-million-row export that was half the cost of parsing a record, and writing a 100,000-person JSON
/// report made about 250 such appends an engineer. Here an append is a bounds test and a store. Noncopyable, so the
/// storage has one owner and is freed once, and no copy can see what is written next overwrite its own.
struct PointerBuffer<Element>: ~Copyable {
  private var base: UnsafeMutablePointer<Element>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// What was written, valid until the buffer next changes.
  var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  /// Forgets what was written, keeping the room.
  mutating func removeAll() {
    base.deinitialize(count: count)
    count = 0
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow(toHold: 1) }
    (base + count).initialize(to: element)
    count += 1
  }

  @inline(__always)
  mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress else { return }
    if capacity - count < elements.count { grow(toHold: elements.count) }
    (base + count).initialize(from: source, count: elements.count)
    count += elements.count
  }

  /// At least `extra` more room, doubling; the callers' own limits (the parser's field limit, a report's flush
  /// threshold) bound it.
  private mutating func grow(toHold extra: Int) {
    let larger = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
    moved.moveInitialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }
}
