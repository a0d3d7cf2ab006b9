import Foundation

/// Work started on a thread of its own, to be waited for: lets a small single-threaded read (the team signal
/// files) run while the event files stream, filling the cores their reader leaves idle while its tallies merge.
///
/// The result is written before the semaphore is signalled and read after it is waited on, so `wait()` sees it
/// whole; that ordering is why this class may be `@unchecked Sendable`. Several threads may `wait()` for one
/// piece of work (each waiter signals again for the next); `take()` is for a single consumer.
final class BackgroundWork<Value: Sendable, Failure: Error>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var result: Result<Value, Failure>?
  /// Set until the thread takes it: the work and what it captured are let go before its result is signalled, so a
  /// waiter that then hands freed memory back (`Allocator.releaseFreedMemory`) finds them freed.
  private var work: (@Sendable () throws(Failure) -> Value)?

  init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
    self.work = work
    Thread { [self] in
      run()
      finished.signal()
    }.start()
  }

  /// Runs the work and lets it go; on the work's thread.
  private func run() {
    guard let work else { return }
    self.work = nil
    result = Result { () throws(Failure) -> Value in try work() }
  }

  /// The work's value once it has finished, or its error; the same again on every later call.
  func wait() throws(Failure) -> Value {
    finished.wait()
    // Signalled again, so the next `wait` returns at once.
    finished.signal()
    return try result!.get()
  }

  /// The work's value for its one consumer, which this object then stops holding: a value of copy-on-write
  /// storage taken this way is uniquely referenced, so changing it in place copies nothing. Later calls of `wait`
  /// or `take` are a programming error.
  func take() throws(Failure) -> Value {
    finished.wait()
    defer { result = nil }
    return try result!.get()
  }
}

extension BackgroundWork where Failure == Never {
  /// `work` started on a thread of its own when `inBackground`, as a function that waits for its value; otherwise
  /// `work` itself, run when called. For work worth a thread only at some size (a large roster's checks, a large
  /// file's people keyed by name), where for a small one the thread costs more than it saves. Work that can fail
  /// gives a `Result`.
  static func started(inBackground: Bool, _ work: @escaping @Sendable () -> Value) -> @Sendable () -> Value {
    guard inBackground else { return work }
    let started = BackgroundWork(work)
    return { started.take() }
  }
}
