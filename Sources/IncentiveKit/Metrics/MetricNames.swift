import Foundation

/// Every metric name this process has met, each spelling kept once and for the life of the process, numbered so
/// that `MetricID`s compare and hash as integers. Names equal as `String`s (canonical equivalents such as a
/// precomposed `é` and `e` with a combining accent) share a number, so `MetricID`'s equality is exactly its name's;
/// each spelling keeps its own text, so an id prints as it was written.
///
/// Ids are made while a plan is read and once per `metrics.csv` row (a lock and a hash of the name's bytes, next to
/// the row's own parsing), never per event or per person paid. Nothing is ever removed, which is what lets an id
/// point at its spelling unretained.
final class MetricNames: @unchecked Sendable {
  static let shared = MetricNames()

  /// One spelling of a metric name, and the number every equal spelling shares.
  final class Spelling: Sendable {
    let name: String
    let number: Int

    init(name: String, number: Int) {
      self.name = name
      self.number = number
    }
  }

  private let lock = NSLock()
  /// By the name's bytes: two spellings `==` takes as one are two entries.
  private var spellings: [[UInt8]: Spelling] = [:]
  /// By the name as `String` compares it.
  private var numbers: [String: Int] = [:]

  /// The entry of `name`'s spelling, made on first sight.
  func spelling(of name: String) -> Spelling {
    let bytes = Array(name.utf8)
    lock.lock()
    defer { lock.unlock() }
    if let spelling = spellings[bytes] { return spelling }
    let number = numbers[name] ?? numbers.count
    numbers[name] = number
    let spelling = Spelling(name: name, number: number)
    spellings[bytes] = spelling
    return spelling
  }
}
