extension PayoutSnapshot {
  /// The figures of a run just made, read back from its JSON so they are the very strings a golden
  /// file would hold: one engineer's tree at a time.
  init(report: PayoutReport) throws(InputError) {
    var decoder = PayoutSnapshotDecoder(file: "the calculated report", line: 0, column: 0)
    for (key, value) in report.documentMembers(engineers: .array([]), teams: .array([])) {
      try decoder.member(key, value)
    }
    for payout in report.engineers { try decoder.engineer(report.engineerJSON(payout)) }
    for team in report.teams { try decoder.team(report.teamJSON(team)) }
    self = try decoder.snapshot()
  }

  /// Reads `calculate --format json` output (SPEC section 6).
  ///
  /// - Parameters:
  ///   - json: the parsed document.
  ///   - file: the name errors give, e.g. the golden file's path.
  /// - Throws: `InputError.malformed` at the line and column of the first member that is missing or
  ///   not what the contract says (an amount with more decimals than the currency, a non-string).
  init(json: JSONValue, file: String) throws(InputError) {
    guard let members = json.objectMembers else {
      throw InputError.malformed(file: file, line: json.line, column: json.column, reason: "document is not an object")
    }
    var decoder = PayoutSnapshotDecoder(file: file, line: json.line, column: json.column)
    for member in members { try decoder.member(member.key, member.value) }
    self = try decoder.snapshot()
  }

  /// Reads a `calculate --format json` file as a stream: the engineers and teams one at a time as
  /// they come, so memory grows with the figures kept, not with the JSON tree (a 150,000-person
  /// golden is about 250 MB of JSON). Errors are those of `init(json:file:)`, at the same line and
  /// column; one inside an engineer is found when that engineer is read, before anything later in
  /// the file.
  ///
  /// - Parameters:
  ///   - limit: the largest file accepted, checked before a byte is read.
  ///   - chunkBytes: how much of the file is read at a time.
  /// - Throws: `InputError.unreadable` for a missing, non-regular or too large file;
  ///   `InputError.malformed` for bad JSON or a document that is not the contract.
  init(streamingFrom path: String, limit: Int, chunkBytes: Int = 1 << 20) throws(InputError) {
    let stream = try JSONStreamReader(path: path, limit: limit, chunkBytes: chunkBytes)
    try stream.beginDocument()
    guard try stream.nextValueStarts(with: "{") else {
      let value = try stream.readValue()
      try stream.endDocument()
      self = try PayoutSnapshot(json: value, file: path)
      return
    }
    let start = stream.position
    var decoder = PayoutSnapshotDecoder(file: path, line: start.line, column: start.column)
    if try stream.open() {
      repeat {
        let key = stream.key
        guard PayoutSnapshotDecoder.listKeys.contains(key), try stream.nextValueStarts(with: "[") else {
          try decoder.member(key, try stream.readValue())
          continue
        }
        let position = stream.position
        try decoder.member(key, JSONValue(.array([]), line: position.line, column: position.column))
        if try stream.open() {
          repeat {
            let element = try stream.readValue()
            if key == "engineers" { try decoder.engineer(element) } else { try decoder.team(element) }
          } while try stream.next()
        }
      } while try stream.next()
    }
    try stream.endDocument()
    self = try decoder.snapshot()
  }
}
