import Foundation

/// A value made the first time any thread asks for it, then kept: for an index most runs never consult, which would
/// otherwise be built for everyone on the thread a run waits for.
///
/// `@unchecked Sendable` because the value is made and read under the lock, and `make` is called at most once.
final class OnDemand<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var made: Value?
  private var make: (() -> Value)?

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make!()
    made = value
    // The recipe goes once it has been used: what it captured (the roster) is not held a second time.
    make = nil
    return value
  }
}
