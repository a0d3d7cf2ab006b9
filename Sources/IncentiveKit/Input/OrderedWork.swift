import Foundation

/// Items made on several threads and used in order on the calling thread: how a large org is paid on every core
/// while its report is written person by person, in engineer-id order.
///
/// Each worker takes the next index as soon as it is free, so no core waits for the slowest of a batch; a worker
/// may run at most `window` items ahead of the consumer, so memory holds `window` items whatever the count. The
/// calling thread only consumes (writes, totals, frees): waiting for the next item costs it nothing.
enum OrderedWork {
  /// Calls `produce(i)` for every `i` in `0..<count` on `threads` threads started for the call, and `consume` with
  /// each item in index order on the calling thread, as soon as it and every item before it are made.
  ///
  /// - Throws: `consume`'s first error; no item is started after it, and the ones started are finished and dropped.
  static func run<Item, Failure: Error>(
    count: Int, threads: Int, window: Int, produce: (Int) -> Item, consume: (Item) throws(Failure) -> Void
  ) throws(Failure) {
    guard threads > 1, count > 1 else {
      for index in 0..<count { try consume(produce(index)) }
      return
    }
    let shared = Shared<Item>(count: count, window: max(window, 1))
    var failure: Failure?
    // Every worker has returned, and the closure is dropped, before this returns: no thread keeps `produce`.
    withoutActuallyEscaping(produce) { produce in
      shared.produce = produce
      let workers = min(threads, count)
      let finished = DispatchSemaphore(value: 0)
      for _ in 0..<workers {
        Thread {
          shared.work()
          finished.signal()
        }.start()
      }
      for index in 0..<count {
        let item = shared.take(index)
        do throws(Failure) {
          try consume(item)
        } catch {
          failure = error
          shared.stop()
          break
        }
        shared.consumed()
      }
      for _ in 0..<workers { finished.wait() }
      shared.produce = nil
    }
    if let failure { throw failure }
  }
}

/// The state the workers and the consumer share, under one lock: the next index to make, the items made and not yet
/// taken (a ring of `window` slots), how many were consumed, and whether to stop.
private final class Shared<Item>: @unchecked Sendable {
  private let condition = NSCondition()
  var produce: ((Int) -> Item)?
  private var slots: [Item?]
  private var next = 0
  private var consumedCount = 0
  private var stopped = false
  private let count: Int
  private let window: Int

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
    slots = Array(repeating: nil, count: window)
  }

  /// A worker's loop: the next index, once it is less than `window` ahead of the consumer, until none is left.
  func work() {
    guard let produce else { return }
    while true {
      condition.lock()
      while !stopped && next < count && next - consumedCount >= window { condition.wait() }
      guard !stopped && next < count else {
        condition.unlock()
        return
      }
      let index = next
      next += 1
      condition.unlock()
      let item = produce(index)
      condition.lock()
      // The slot's previous item (index − window) was consumed before `index` could be taken.
      slots[index % window] = item
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Item `index`, once made; the consumer takes them in order.
  func take(_ index: Int) -> Item {
    condition.lock()
    defer { condition.unlock() }
    while slots[index % window] == nil { condition.wait() }
    defer { slots[index % window] = nil }
    return slots[index % window]!
  }

  /// The item taken last was used: its slot may be filled again.
  func consumed() {
    condition.lock()
    consumedCount += 1
    condition.broadcast()
    condition.unlock()
  }

  /// No item is started after this.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }
}
