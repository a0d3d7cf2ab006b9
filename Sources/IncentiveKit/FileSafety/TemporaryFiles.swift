import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files and folders this process has open (an `AtomicFileWriter`'s file, the staging
/// folder of `statement --all`), so that an interrupt or termination the process sees (SIGINT,
/// SIGTERM, SIGHUP) removes them before it exits: they hold pay data. Only SIGKILL and a crash leave
/// them, and the next writer of the same destination removes those (`AtomicFile.removeStaleTemporaries`).
public enum TemporaryFiles {
  private final class Registry: @unchecked Sendable {
    let lock = NSLock()
    var paths: Set<String> = []
    var sources: [DispatchSourceSignal] = []
    /// Set once a signal's clean-up has begun: the writer thread keeps running until the process exits.
    var terminating = false
  }

  private static let registry = Registry()

  /// Registers `path`, or, when a signal's clean-up has already begun, removes it at once: the writer may have
  /// created it after the clean-up took its list, and it holds pay data.
  static func register(_ path: String) {
    registry.lock.lock()
    guard !registry.terminating else {
      registry.lock.unlock()
      remove(path)
      return
    }
    registry.paths.insert(path)
    registry.lock.unlock()
  }

  /// Runs `make`, which creates the temporary `path` and tells whether it did, and registers `path` when it did, as
  /// one step under the clean-up's lock. Made first and registered after, a signal between the two left the
  /// temporary behind for good (a staging folder of pay statements, seen once in about 300 `statement --all` runs
  /// stopped near their start on a busy machine). When the clean-up has begun nothing is made, and this thread waits
  /// for the clean-up to end the process.
  static func create(_ path: String, _ make: () -> Bool) -> Bool {
    registry.lock.lock()
    guard !registry.terminating else {
      registry.lock.unlock()
      while true { sleep(60) }
    }
    defer { registry.lock.unlock() }
    guard make() else { return false }
    registry.paths.insert(path)
    return true
  }

  /// Runs `publish`, the rename that turns the registered temporary `path` into its destination, and unregisters
  /// `path`, with a signal's clean-up held off until both are done. When the clean-up has already begun this
  /// thread publishes nothing and waits for the clean-up to end the process.
  ///
  /// A staging folder is removed file by file: had its rename run while the clean-up was emptying it, the
  /// destination would have been the folder half emptied (2 to 9 of 15 statements, about one run in fifteen, when
  /// `statement --all` was stopped near its end). Under the lock the rename happens before the clean-up starts or
  /// not at all; and a writer that returned an error instead of waiting could end the process while the clean-up
  /// was still removing the folder, leaving it behind.
  static func publish(_ path: String, _ publish: () throws(OutputError) -> Void) throws(OutputError) {
    registry.lock.lock()
    guard !registry.terminating else {
      registry.lock.unlock()
      // The signal's handler removes the registered temporaries, this one among them, then exits.
      while true { sleep(60) }
    }
    defer { registry.lock.unlock() }
    try publish()
    registry.paths.remove(path)
  }

  static func unregister(_ path: String) {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    registry.paths.remove(path)
  }

  /// The paths registered now (for tests).
  static var registered: Set<String> {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    return registry.paths
  }

  /// Removes every registered temporary file or folder; anything registered afterwards is removed as it registers.
  static func removeAll() {
    registry.lock.lock()
    registry.terminating = true
    let paths = registry.paths
    registry.paths = []
    registry.lock.unlock()
    for path in paths { remove(path) }
  }

  /// Removes `path`, again while it is still there: the writer thread may add a file to a staging folder between
  /// the removal's listing of it and its `rmdir`, which then fails. Once the folder is gone the writer's next file
  /// can't be created, so a few tries suffice; a second and a half bounds them.
  private static func remove(_ path: String) {
    for _ in 0..<300 {
      try? FileManager.default.removeItem(atPath: path)
      var status = stat()
      if lstat(path, &status) != 0 { return }
      usleep(5_000)
    }
  }

  /// From now on, SIGINT, SIGTERM and SIGHUP remove the registered temporaries and end the process
  /// with 128 + the signal number, as a shell reports a killed command. The handler runs on a
  /// dispatch queue, not in signal context, so it may use the file system freely.
  public static func removeOnTermination() {
    registry.lock.lock()
    defer { registry.lock.unlock() }
    guard registry.sources.isEmpty else { return }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        removeAll()
        exit(128 + signalNumber)
      }
      source.resume()
      registry.sources.append(source)
    }
  }
}
