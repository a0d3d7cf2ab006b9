/// The roster's people numbered by their position in it: the one index every per-person table of a run shares, so a
/// person's tallies, metric set and payout are found by position instead of by hashing their id in each phase (at
/// 100,000 people each such hash was a cold cache line, a few of them per person per phase).
///
/// Copies share one storage, so tables can tell whether they were laid out by the same index (`isSame(as:)`) and
/// be combined position by position.
struct PersonIndex: Sendable {
  private final class Storage: Sendable {
    let ids: [String]
    let positions: [String: Int]
    /// The ids interned in roster order (`interner()`), made at the first question or ahead of it.
    let interner: OnDemand<ByteInterner>

    init(ids: [String], positions: [String: Int], interner: OnDemand<ByteInterner>) {
      self.ids = ids
      self.positions = positions
      self.interner = interner
    }
  }

  private let storage: Storage

  /// An index of nobody: every id is looked up by text.
  static let empty = PersonIndex(ids: [], positions: [:])

  /// - Parameter interned: the ids interned in order (`interning(_:)`), when the caller started that early; nil
  ///   interns them at the first `interner()`.
  /// - Precondition: `positions` gives each of `ids` its position, and holds nothing else.
  init(ids: [String], positions: [String: Int], interned: (@Sendable () -> ByteInterner)? = nil) {
    assert(positions.count == ids.count && ids.indices.allSatisfy { positions[ids[$0]] == $0 })
    storage = Storage(ids: ids, positions: positions, interner: OnDemand(interned ?? { Self.interning(ids) }))
  }

  /// Each person's id, by position (the roster's file order).
  var ids: [String] { storage.ids }
  var count: Int { storage.ids.count }

  /// The position of the person with `id`; nil when the roster lacks them.
  func position(of id: String) -> Int? { storage.positions[id] }

  /// Whether `position` is the position of `id`: how a caller holding a person's position checks that a table was
  /// made with this roster, by comparing one id instead of hashing it.
  func isPosition(_ position: Int, of id: String) -> Bool {
    position >= 0 && position < storage.ids.count && storage.ids[position] == id
  }

  /// Whether `other` is this very index (a copy of it), so positions in one are positions in the other.
  func isSame(as other: PersonIndex) -> Bool { storage === other.storage }

  /// The roster's ids interned in roster order, so an id's index in the interner is the person's position: what the
  /// event readers look a row's person up in first (`PersonTallies`). Made once per index.
  func interner() -> ByteInterner {
    let interner = storage.interner.value
    precondition(interner.count == count, "the roster's ids are distinct")
    return interner
  }

  /// `ids` interned in order: an id's index is its position when the ids are distinct (a roster with a repeated id
  /// is refused, so its interner is never asked for).
  static func interning(_ ids: [String]) -> ByteInterner {
    var interner = ByteInterner()
    for id in ids {
      var id = id
      _ = id.withUTF8 { interner.intern($0) }
    }
    return interner
  }
}
