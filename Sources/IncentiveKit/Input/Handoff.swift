/// A value handed whole to the thread that will change it: that thread takes it out, so it holds the only
/// reference and its copy-on-write storage (megabytes of tallies) is changed in place, not copied. A capture in the
/// thread's closure would keep a second reference for as long as the closure lives.
///
/// `@unchecked Sendable` because the value is only touched by its creator before the thread starts and by the one
/// thread that takes it after.
final class Handoff<Value>: @unchecked Sendable {
  private var value: Value?

  init(_ value: Value) { self.value = value }

  /// The value, which this object then stops holding; taking it twice is a programming error.
  func take() -> Value {
    defer { value = nil }
    return value!
  }
}
