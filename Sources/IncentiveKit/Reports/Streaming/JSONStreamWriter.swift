/// Writes a JSON document a member at a time, byte-identical to `JSONWriter.pretty` on the same
/// tree, so a report for 100,000 people never exists as one tree or one string.
///
/// Containers are opened and closed explicitly; small subtrees (one engineer) are built as a
/// `JSONValue` and written with `value(_:)`. An empty container comes out as `[]` or `{}`
/// exactly as the tree writer prints it. Bytes are handed to the sink 64 KB at a time.
struct JSONStreamWriter<Sink: ReportSink>: JSONEmitter {
  private(set) var sink: Sink
  private var buffer: OutputBuffer
  /// Per open container: how many members it has so far.
  private var counts: JSONContainerCounts
  /// A member's key was written and its value is next.
  private var afterKey = false
  /// Why handing bytes over failed at an `itemEnded()`, which cannot throw: `finish()` throws it.
  private var failure: OutputError?
  private static var flushThreshold: Int { 1 << 16 }

  init(into sink: Sink) {
    self.sink = sink
    counts = JSONContainerCounts(capacity: 8)
    buffer = OutputBuffer(capacity: Self.flushThreshold + 4096)
  }

  /// `bytes`, an element rendered apart (on another thread, `EngineerJSONText`), as the next element of the open
  /// container: the separator and line break are written here.
  mutating func element(_ bytes: [UInt8]) {
    startMember()
    buffer.append(bytes: bytes)
  }

  /// What comes before an element of the open array after its first (`element(_:)`): the comma, the line break
  /// and the indentation; for elements rendered together elsewhere (`elements(_:count:)`).
  var elementSeparator: [UInt8] {
    var separator = [UInt8(ascii: ",")]
    JSONWriter.newline(indent: indent, into: &separator)
    return separator
  }

  /// `count` elements of the open array rendered elsewhere into one run of bytes, each preceded by
  /// `elementSeparator`: the array's next elements. The run goes to the sink as it is, after what is buffered, with
  /// no copy (a block of a report's engineers); the array's first element has no comma before it, so the run's
  /// first byte is then left out.
  mutating func elements(_ run: UnsafeRawBufferPointer, count: Int) throws(OutputError) {
    if let failure { throw failure }
    guard let written = counts.innermost else { preconditionFailure("elements need an open array") }
    guard count > 0 else { return }
    precondition(!afterKey && run.first == UInt8(ascii: ","), "elements must each follow an element separator")
    counts.setInnermost(written + count)
    if buffer.count > 0 { try flush() }
    try sink.write(written == 0 ? UnsafeRawBufferPointer(rebasing: run.dropFirst()) : run)
  }

  /// Where the open container's members start their lines.
  private var indent: Int { counts.depth * 2 }

  /// The separator and line break before a new array element or object member.
  private mutating func startMember() {
    if afterKey {
      afterKey = false
      return
    }
    guard let count = counts.innermost else { return }
    if count > 0 { buffer.append(UInt8(ascii: ",")) }
    counts.setInnermost(count + 1)
    JSONWriter.newline(indent: indent, into: &buffer)
  }

  mutating func key(_ name: String) {
    startMember()
    JSONWriter.writeString(name, into: &buffer)
    buffer.append(UInt8(ascii: ":"))
    buffer.append(UInt8(ascii: " "))
    afterKey = true
  }

  mutating func key(_ key: JSONKey) {
    startMember()
    buffer.append(bytes: key.text)
    afterKey = true
  }

  /// A whole value (an engineer, a team) at the current place.
  mutating func value(_ value: JSONValue) throws(OutputError) {
    insert(value)
    try flushIfFull()
  }

  mutating func insert(_ value: JSONValue) {
    startMember()
    JSONWriter.writePretty(value, indent: indent, into: &buffer)
  }

  mutating func string(_ text: String) {
    startMember()
    JSONWriter.writeString(text, into: &buffer)
  }

  /// The digits go straight into the buffer (a decimal's text never needs escaping).
  mutating func decimal(_ value: FixedDecimal) {
    startMember()
    buffer.append(UInt8(ascii: "\""))
    FixedDecimal.write(units: value.units, scale: value.scale, into: &buffer)
    buffer.append(UInt8(ascii: "\""))
  }

  /// Hands the buffer to the sink once it holds 64 KB: called between engineers.
  mutating func flushIfFull() throws(OutputError) {
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// `flushIfFull()` for a renderer that cannot throw; the first failure is kept for `finish()`, and nothing more is
  /// handed over after it.
  mutating func itemEnded() {
    guard failure == nil, buffer.count >= Self.flushThreshold else { return }
    do throws(OutputError) { try flush() } catch { failure = error }
  }

  /// `key` then `value`: one member of the open object.
  mutating func member(_ name: String, _ value: JSONValue) throws(OutputError) {
    key(name)
    try self.value(value)
  }

  mutating func beginObject() { begin(UInt8(ascii: "{")) }
  mutating func beginArray() { begin(UInt8(ascii: "[")) }

  private mutating func begin(_ bracket: UInt8) {
    startMember()
    buffer.append(bracket)
    counts.open()
  }

  mutating func endObject() { end(UInt8(ascii: "}")) }
  mutating func endArray() { end(UInt8(ascii: "]")) }

  private mutating func end(_ bracket: UInt8) {
    let count = counts.close()
    if count > 0 { JSONWriter.newline(indent: indent, into: &buffer) }
    buffer.append(bracket)
  }

  /// The closing line feed `JSONWriter.pretty` ends with, and everything still buffered.
  mutating func finish() throws(OutputError) {
    if let failure { throw failure }
    precondition(counts.depth == 0, "a JSON container was left open")
    buffer.append(UInt8(ascii: "\n"))
    try flush()
  }

  private mutating func flush() throws(OutputError) {
    try buffer.withBytes { bytes throws(OutputError) in try sink.write(bytes) }
    buffer.removeAll()
  }
}
