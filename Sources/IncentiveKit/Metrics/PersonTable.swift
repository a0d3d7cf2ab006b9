/// Values by person: the roster's people in an array by roster position (`PersonIndex`), anyone else by text (an id
/// the roster lacks, an alias before it is resolved, every id of a table made without a roster).
///
/// Reads and writes like a `[String: Value]` (the metrics of a run are handed around, tested and rewritten by id),
/// but the people of the roster are laid out in roster order and reached by position: making, reading and paying
/// 100,000 people walks one array in order instead of hashing each id into a table in every phase. Iteration order
/// is the roster's, then the others' (in no particular order, as a dictionary's), so nothing may depend on it.
struct PersonTable<Value> {
  /// Whose positions the table holds.
  let people: PersonIndex
  /// By position in `people`; nil for someone with no value.
  private var byPosition: [Value?]
  /// The values of ids `people` lacks.
  private(set) var others: [String: Value] = [:]
  /// How many people of `people` have a value.
  private var positioned = 0

  init(people: PersonIndex = .empty) {
    self.people = people
    byPosition = Array(repeating: nil, count: people.count)
  }

  /// `values` laid out by `people`.
  init(_ values: some Sequence<(key: String, value: Value)>, people: PersonIndex) {
    self.init(people: people)
    for (id, value) in values { self[id] = value }
  }

  /// The table of `people` whose value at each position is `value(position)`, nil leaving that person out.
  init(people: PersonIndex, byPosition value: (Int) throws -> Value?) rethrows {
    self.people = people
    byPosition = try (0..<people.count).map(value)
    positioned = byPosition.reduce(0) { $1 == nil ? $0 : $0 + 1 }
  }

  /// How many people have a value.
  var count: Int { positioned + others.count }
  var isEmpty: Bool { count == 0 }

  /// The value of the person at roster `position`.
  subscript(position position: Int) -> Value? {
    get { byPosition[position] }
    set {
      positioned += (newValue == nil ? 0 : 1) - (byPosition[position] == nil ? 0 : 1)
      byPosition[position] = newValue
    }
  }

  /// The value of `id`, who is at roster `position` when the table was made with the paying roster: found there
  /// without hashing `id`, or by text when the table's index is another's.
  func value(at position: Int, id: String) -> Value? {
    people.isPosition(position, of: id) ? byPosition[position] : self[id]
  }

  subscript(id: String) -> Value? {
    get {
      if let position = people.position(of: id) { return byPosition[position] }
      return others[id]
    }
    set {
      if let position = people.position(of: id) {
        self[position: position] = newValue
      } else {
        others[id] = newValue
      }
    }
  }

  /// The value of `id`, made from `defaultValue` when they have none, changed in place as a dictionary's is.
  subscript(id: String, default defaultValue: @autoclosure () -> Value) -> Value {
    get { self[id] ?? defaultValue() }
    _modify {
      if let position = people.position(of: id) {
        fill(position, with: defaultValue)
        yield &byPosition[position]!
      } else {
        yield &others[id, default: defaultValue()]
      }
    }
  }

  /// Changes the value of the person at `position`, made from `defaultValue` when they have none.
  mutating func update<Result>(
    position: Int, default defaultValue: @autoclosure () -> Value, _ change: (inout Value) throws -> Result
  ) rethrows -> Result {
    fill(position, with: defaultValue)
    return try change(&byPosition[position]!)
  }

  /// Gives the person at `position` the value `defaultValue()` when they have none.
  @inline(__always)
  private mutating func fill(_ position: Int, with defaultValue: () -> Value) {
    guard byPosition[position] == nil else { return }
    byPosition[position] = defaultValue()
    positioned += 1
  }

  /// Every id with a value, as they are iterated (a view, as a dictionary's keys are: nothing is copied).
  var keys: LazyMapSequence<PersonTable, String> { lazy.map { $0.key } }

  /// Every value, in the order the table iterates them, without their ids.
  var values: Values { Values(byPosition: byPosition, others: others.values) }

  /// A table's values: the positioned ones in roster order, then the others'.
  struct Values: Sequence {
    fileprivate let byPosition: [Value?]
    fileprivate let others: Dictionary<String, Value>.Values

    struct Iterator: IteratorProtocol {
      fileprivate var positioned: IndexingIterator<[Value?]>
      fileprivate var others: Dictionary<String, Value>.Values.Iterator

      mutating func next() -> Value? {
        while let value = positioned.next() { if let value { return value } }
        return others.next()
      }
    }

    func makeIterator() -> Iterator {
      Iterator(positioned: byPosition.makeIterator(), others: others.makeIterator())
    }
  }

  /// The same people with each value transformed, laid out as they are (nothing hashed again).
  func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> PersonTable<T> {
    var result = PersonTable<T>(people: people)
    result.byPosition = try byPosition.map { try $0.map(transform) }
    result.positioned = positioned
    result.others = try others.mapValues(transform)
    return result
  }

  /// The same people, those `isIncluded` rejects left out (it is asked of each id and value, as a dictionary's is).
  func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> PersonTable {
    var result = PersonTable(people: people)
    for (position, value) in byPosition.enumerated() {
      if let value, try isIncluded((people.ids[position], value)) { result[position: position] = value }
    }
    result.others = try others.filter { try isIncluded(($0.key, $0.value)) }
    return result
  }

  /// Changes every value in place (nothing is hashed or moved).
  mutating func updateValues(_ change: (inout Value) throws -> Void) rethrows {
    for position in byPosition.indices where byPosition[position] != nil { try change(&byPosition[position]!) }
    var index = others.startIndex
    while index != others.endIndex {
      try change(&others.values[index])
      others.formIndex(after: &index)
    }
  }

  /// Each of `other`'s values handed to `change` with this table's value of the same person, made from
  /// `defaultValue` when they have none: position by position when both tables share one index, by id otherwise.
  mutating func merge<Other>(
    _ other: PersonTable<Other>, default defaultValue: @autoclosure () -> Value, _ change: (inout Value, Other) -> Void
  ) {
    guard people.isSame(as: other.people) else {
      for (id, value) in other { change(&self[id, default: defaultValue()], value) }
      return
    }
    for (position, value) in other.byPosition.enumerated() {
      guard let value else { continue }
      update(position: position, default: defaultValue()) { change(&$0, value) }
    }
    for (id, value) in other.others { change(&self[id, default: defaultValue()], value) }
  }

  /// These values laid out by `index` (the same table when it is the index already).
  func laidOut(by index: PersonIndex) -> PersonTable {
    people.isSame(as: index) ? self : PersonTable(self, people: index)
  }

  /// An empty table takes `index`'s layout, so what is merged into it by position stays there; a table with values
  /// keeps its own, as does one asked to take no roster's.
  mutating func layOutIfEmpty(by index: PersonIndex) {
    if isEmpty, index.count > 0 { self = laidOut(by: index) }
  }

  /// Every value by id, as a dictionary.
  var dictionary: [String: Value] {
    var result = others
    result.reserveCapacity(count)
    for (position, value) in byPosition.enumerated() { if let value { result[people.ids[position]] = value } }
    return result
  }
}

extension PersonTable: Sequence {
  typealias Element = (key: String, value: Value)

  struct Iterator: IteratorProtocol {
    fileprivate let ids: [String]
    fileprivate let byPosition: [Value?]
    fileprivate var position = 0
    fileprivate var others: Dictionary<String, Value>.Iterator

    mutating func next() -> Element? {
      while position < byPosition.count {
        defer { position += 1 }
        if let value = byPosition[position] { return (ids[position], value) }
      }
      return others.next()
    }
  }

  func makeIterator() -> Iterator {
    Iterator(ids: people.ids, byPosition: byPosition, others: others.makeIterator())
  }

  var underestimatedCount: Int { count }
}

extension PersonTable: ExpressibleByDictionaryLiteral {
  /// A table of no roster: every id by text (tests, and metrics made without a roster).
  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(people: .empty)
    for (id, value) in elements { others[id] = value }
  }
}

extension PersonTable: Equatable where Value: Equatable {
  /// The same ids with equal values, however each table lays them out.
  static func == (lhs: PersonTable, rhs: PersonTable) -> Bool {
    lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
  }
}

extension PersonTable: Sendable where Value: Sendable {}
