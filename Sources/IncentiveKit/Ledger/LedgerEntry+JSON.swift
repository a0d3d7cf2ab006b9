/// Why a ledger line could not be read as an entry, in words for `ledger verify`.
struct LedgerLineProblem: Error, Equatable {
  var reason: String
}

extension LedgerEntry {
  /// The entry as one compact JSON line (no newline) with the keys in the documented order.
  ///
  /// With `includingHash: false` the `hash` (or `hmac`) member is left out: that text is what it is the
  /// digest of. Both forms are produced by this one function so writing and verifying cannot drift apart.
  func jsonLine(includingHash: Bool) -> [UInt8] {
    var line = LedgerLineWriter()
    line.raw("{\"seq\":\(seq),\"kind\":")
    line.string(kind.rawValue)
    line.raw(",\"time\":")
    line.string(time)
    if let toolVersion {
      line.raw(",\"\(ToolVersion.jsonKey)\":")
      line.string(toolVersion)
    }
    line.raw(",\"user\":")
    line.string(user)
    line.raw(",\"reason\":")
    line.optionalString(reason)
    if let removed {
      // A repair entry: what was removed, and none of a run's fields.
      line.raw(",\"removed\":{\"line\":\(removed.line),\"bytes\":\(removed.bytes),\"sha256\":")
      line.string(removed.sha256)
      line.raw(",\"saved_as\":")
      line.string(removed.savedAs)
      line.raw("}")
    } else {
      line.runFields(of: self)
    }
    line.raw(",\"prev\":")
    line.string(prev)
    if includingHash {
      line.raw(",\"\(seal.rawValue)\":")
      line.string(hash)
    }
    line.raw("}")
    return line.bytes
  }

  /// Reads an entry back from one line's bytes (without the newline).
  ///
  /// The reader accepts any JSON; `Ledger` then checks that writing the entry again gives the very same
  /// bytes, which rejects reordered or unknown keys, duplicates and other hand edits in one place.
  init(jsonLine: some Collection<UInt8>) throws(LedgerLineProblem) {
    var reader = LedgerLineReader(bytes: Array(jsonLine))
    let value = try reader.document()
    let fields = try LedgerLineFields(value, path: "entry")
    let seq = try fields.integer("seq")
    let kindText = try fields.string("kind")
    guard let kind = Kind(rawValue: kindText) else {
      throw LedgerLineProblem(reason: "\"kind\" is \"\(kindText)\", expected \"calculate\", \"close\" or \"repair\"")
    }
    if kind == .repair {
      let removed = try fields.object("removed")
      self.init(
        repairing: RemovedLine(
          line: try removed.integer("line"), bytes: try removed.integer("bytes"), sha256: try removed.string("sha256"),
          savedAs: try removed.string("saved_as")),
        time: try fields.string("time"), user: try fields.string("user"))
      self.reason = try fields.optionalString("reason")
      try readChainFields(fields, seq: seq)
      return
    }
    let period = try fields.object("period")
    let plan = try fields.object("plan")
    var payouts: [String: String] = [:]
    for (engineerID, payout) in try fields.object("payouts").members {
      guard case .string(let text) = payout else {
        throw LedgerLineProblem(reason: "payout of \"\(engineerID)\" is not a string")
      }
      payouts[engineerID] = text
    }
    self.init(
      kind: kind, time: try fields.string("time"), user: try fields.string("user"),
      reason: try fields.optionalString("reason"),
      period: Period(from: try period.string("from"), to: try period.string("to")),
      plan: FileDigest(path: try plan.string("path"), sha256: try plan.string("sha256")),
      inputs: try fields.array("inputs").map { value throws(LedgerLineProblem) in
        let input = try LedgerLineFields(value, path: "inputs[]")
        return FileDigest(path: try input.string("path"), sha256: try input.string("sha256"))
      },
      outputSHA256: try fields.string("output_sha256"), payouts: payouts)
    self.changes = try fields.array("changes").map { value throws(LedgerLineProblem) in
      let change = try LedgerLineFields(value, path: "changes[]")
      return PayoutChange(
        engineerID: try change.string("engineer_id"), before: try change.optionalString("before"),
        after: try change.optionalString("after"))
    }
    try readChainFields(fields, seq: seq)
  }

  /// The members every kind has that place it in the chain: `seq`, `tool_version`, `prev` and the digest.
  private mutating func readChainFields(_ fields: LedgerLineFields, seq: Int) throws(LedgerLineProblem) {
    self.seq = seq
    self.toolVersion = fields.has(ToolVersion.jsonKey) ? try fields.string(ToolVersion.jsonKey) : nil
    self.prev = try fields.string("prev")
    if let hmac = try? fields.string(Seal.hmacSHA256.rawValue) {
      self.seal = .hmacSHA256
      self.hash = hmac
    } else {
      self.hash = try fields.string(Seal.sha256.rawValue)
    }
  }
}

/// Builds compact JSON text into bytes; only what ledger lines need, with one fixed way of escaping
/// so the same entry always gives the same bytes (and so the same hash).
private struct LedgerLineWriter {
  var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(512) }

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func optionalString(_ text: String?) {
    if let text { string(text) } else { raw("null") }
  }

  /// A run's members, from `period` to `changes`.
  mutating func runFields(of entry: LedgerEntry) {
    raw(",\"period\":{\"from\":")
    string(entry.period.from)
    raw(",\"to\":")
    string(entry.period.to)
    raw("},\"plan\":")
    fileDigest(entry.plan)
    raw(",\"inputs\":[")
    for (index, input) in entry.inputs.enumerated() {
      if index > 0 { raw(",") }
      fileDigest(input)
    }
    raw("],\"output_sha256\":")
    string(entry.outputSHA256)
    raw(",\"payouts\":{")
    let engineers = entry.payouts.keys.sortedInByteOrder()
    for (index, engineerID) in engineers.enumerated() {
      if index > 0 { raw(",") }
      string(engineerID)
      raw(":")
      string(entry.payouts[engineerID]!)
    }
    raw("},\"changes\":[")
    for (index, change) in entry.changes.enumerated() {
      if index > 0 { raw(",") }
      raw("{\"engineer_id\":")
      string(change.engineerID)
      raw(",\"before\":")
      optionalString(change.before)
      raw(",\"after\":")
      optionalString(change.after)
      raw("}")
    }
    raw("]")
  }

  mutating func fileDigest(_ digest: LedgerEntry.FileDigest) {
    raw("{\"path\":")
    string(digest.path)
    raw(",\"sha256\":")
    string(digest.sha256)
    raw("}")
  }

  /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes, all
  /// other characters as their UTF-8 bytes.
  mutating func string(_ text: String) {
    let hexDigits = Array("0123456789abcdef".utf8)
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x00..<0x20:
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// A typed view of one JSON object of a line, turning a missing or mistyped key into a reason that
/// names it.
private struct LedgerLineFields {
  let members: [(String, LedgerLineValue)]
  let path: String

  init(_ value: LedgerLineValue, path: String) throws(LedgerLineProblem) {
    guard case .object(let members) = value else { throw LedgerLineProblem(reason: "\(path) is not an object") }
    self.members = members
    self.path = path
  }

  func value(_ key: String) throws(LedgerLineProblem) -> LedgerLineValue {
    guard let member = members.first(where: { $0.0 == key }) else {
      throw LedgerLineProblem(reason: "\(path) has no \"\(key)\"")
    }
    return member.1
  }

  func has(_ key: String) -> Bool { members.contains { $0.0 == key } }

  func string(_ key: String) throws(LedgerLineProblem) -> String {
    guard case .string(let text) = try value(key) else { throw mistyped(key, "a string") }
    return text
  }

  func optionalString(_ key: String) throws(LedgerLineProblem) -> String? {
    switch try value(key) {
    case .string(let text): return text
    case .null: return nil
    default: throw mistyped(key, "a string or null")
    }
  }

  func integer(_ key: String) throws(LedgerLineProblem) -> Int {
    guard case .integer(let number) = try value(key) else { throw mistyped(key, "an integer") }
    return number
  }

  func array(_ key: String) throws(LedgerLineProblem) -> [LedgerLineValue] {
    guard case .array(let elements) = try value(key) else { throw mistyped(key, "an array") }
    return elements
  }

  func object(_ key: String) throws(LedgerLineProblem) -> LedgerLineFields {
    try LedgerLineFields(try value(key), path: path == "entry" ? key : "\(path).\(key)")
  }

  private func mistyped(_ key: String, _ expected: String) -> LedgerLineProblem {
    LedgerLineProblem(reason: "\"\(key)\" in \(path) is not \(expected)")
  }
}
