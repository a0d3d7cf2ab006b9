/// A value type's fields in one shared, immutable box, for the records copied once per person paid (a roster
/// entry, a plan component): copying the box is one reference count where copying the fields was one per string,
/// array and curve. A change makes a new box, so the owning type stays a value.
struct SharedFields<Fields: Sendable>: Sendable {
  private final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  init(_ fields: Fields) { box = Box(fields) }

  /// The fields, read in place.
  var fields: Fields { box.fields }

  /// Whether `other` is this very value, copied and never changed since (the same box): settled without reading a
  /// field, and never true of two values made apart, however equal.
  func isUnchangedCopy(of other: SharedFields) -> Bool { box === other.box }

  /// What `isUnchangedCopy(of:)` compares, as a value: the same for every unchanged copy, and only while one of
  /// them is alive (the memory of a freed box may be a new box's).
  var identity: ObjectIdentifier { ObjectIdentifier(box) }

  /// One field, read in place; set, it goes with a copy of the others into a box of its own.
  subscript<Value>(_ field: WritableKeyPath<Fields, Value>) -> Value {
    get { box.fields[keyPath: field] }
    set {
      var fields = box.fields
      fields[keyPath: field] = newValue
      box = Box(fields)
    }
  }
}

extension SharedFields: Equatable where Fields: Equatable {
  /// Equal fields; two copies of one box are equal without comparing them.
  static func == (lhs: SharedFields, rhs: SharedFields) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }
}
