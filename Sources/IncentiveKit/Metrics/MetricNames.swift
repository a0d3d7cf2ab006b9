import Foundation

/// Every metric name this process has met, numbered in order of first sight, so that `MetricID`s compare and hash
/// as integers. Names equal as `String`s (canonical equivalents such as a precomposed `é` and `e` with a combining
/// accent) share a number, so `MetricID`'s equality is exactly its name's.
///
/// Ids are made while a plan or `metrics.csv` is read, a few thousand at most, never per event or per person paid:
/// a lock costs nothing there, and every comparison after it is one instruction.
final class MetricNames: @unchecked Sendable {
  static let shared = MetricNames()

  private let lock = NSLock()
  private var numbers: [String: Int] = [:]

  /// The number of `name`, given it on first sight.
  func number(of name: String) -> Int {
    lock.lock()
    defer { lock.unlock() }
    if let number = numbers[name] { return number }
    let number = numbers.count
    numbers[name] = number
    return number
  }
}
