/// The member counts of a JSON writer's open containers, innermost last: read and bumped for every member written.
///
/// Behind a reference and through a pointer, with no exclusivity or uniqueness checks (as `OutputBuffer`'s bytes): as
/// an `[Int]`, each member's bump checked the array's uniqueness and bounds, 1.5 million times for a 100,000-person
/// report. A copy shares the counts, so each writer makes its own.
struct JSONContainerCounts {
  private final class Storage {
    @exclusivity(unchecked) var base: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) var capacity: Int
    @exclusivity(unchecked) var depth = 0

    init(capacity: Int) {
      self.capacity = max(capacity, 4)
      base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }
  }

  private let storage: Storage

  /// - Parameter capacity: the depth the writer expects to reach without growing.
  init(capacity: Int) { storage = Storage(capacity: capacity) }

  /// How many containers are open.
  var depth: Int { storage.depth }

  /// The innermost open container's member count; nil when none is open.
  var innermost: Int? { storage.depth == 0 ? nil : storage.base[storage.depth - 1] }

  /// Opens a container holding `count` members so far.
  mutating func open(count: Int = 0) {
    if storage.depth == storage.capacity {
      let larger = UnsafeMutablePointer<Int>.allocate(capacity: storage.capacity * 2)
      larger.moveInitialize(from: storage.base, count: storage.depth)
      storage.base.deallocate()
      storage.base = larger
      storage.capacity *= 2
    }
    storage.base[storage.depth] = count
    storage.depth += 1
  }

  /// Closes the innermost container; its member count.
  mutating func close() -> Int {
    precondition(storage.depth > 0, "no JSON container is open")
    storage.depth -= 1
    return storage.base[storage.depth]
  }

  /// Sets the innermost open container's member count.
  mutating func setInnermost(_ count: Int) {
    precondition(storage.depth > 0, "no JSON container is open")
    storage.base[storage.depth - 1] = count
  }
}
