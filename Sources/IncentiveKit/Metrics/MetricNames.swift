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
    /// The component note of a person without a value of this metric, for each `on_missing` mode: written for most
    /// people of a large org (`no value for substantive_review_ratio: on_missing zero`), so made once per name rather
    /// than joined per person (2,000 instructions a note).
    let noValueNotes: [(mode: Component.OnMissing, note: String)]
    /// The name's first 16 bytes as numbers (`ByteOrderPrefix`) when it is plain ASCII, whose `String` order is its
    /// byte order; nil otherwise. Ids order by it where it differs, so a metric set keeps its items in name order
    /// with two integer comparisons per item instead of comparing `String`s: at 100,000 people the finish made
    /// 800,000 such comparisons on the thread everything waits for.
    let asciiOrderPrefix: ByteOrderPrefix?

    init(name: String, number: Int) {
      self.name = name
      self.number = number
      asciiOrderPrefix = name.utf8.allSatisfy { $0 < 0x80 } ? name.byteOrderPrefix : nil
      noValueNotes = Component.OnMissing.allCases.map { ($0, "no value for \(name): on_missing \($0.rawValue)") }
    }
  }

  private let lock = NSLock()
  /// By the name as `String` compares it: every spelling met of it, the first one's number shared by all.
  private var spellings: [String: [Spelling]] = [:]

  /// The entry of `name`'s spelling, made on first sight.
  func spelling(of name: String) -> Spelling {
    lock.lock()
    defer { lock.unlock() }
    guard let known = spellings[name] else {
      let spelling = Spelling(name: name, number: spellings.count)
      spellings[name] = [spelling]
      return spelling
    }
    if let same = known.first(where: { $0.name.hasSameBytes(as: name) }) { return same }
    let spelling = Spelling(name: name, number: known[0].number)
    spellings[name]!.append(spelling)
    return spelling
  }
}
