/// Lets a closure or buffer that is only ever used while its creator waits (inside `concurrentPerform`) cross
/// threads: `ParallelCSVReader`'s workers.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
