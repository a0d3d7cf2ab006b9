import Foundation
import TestSupport
import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// The byte-level pieces of streamed reading: where a chunk may end, interning, ASCII checks and spellings.
@Suite("Byte-level reading")
struct ByteLevelReadingTests {
  @Test(
    "a chunk ends after the last line feed outside quotes",
    arguments: [
      ("", nil),
      ("a,b", nil),  // no line end yet: the chunk must grow
      ("a,b\nc,d\n", 8),  // both records complete
      ("a,b\nc,d", 4),  // the second record continues in the next read
      ("a,\"x\ny\"\n", 8),  // the first line feed is inside quotes
      ("a,\"x\ny", nil),  // still inside the quoted field
      ("h\na,\"x\ny", 2),  // only the header line is complete
      // Quotes at 2 4 5 7 8 9: the `""` pairs flip the parity twice, so the LF at 6 is inside and the quote at 9
      // closes the field; line feeds at 10 and 12 are outside → cut after 12.
      ("a,\"q\"\"\n\"\"\"\nb\n", 13),
      ("a\r\nb\r\n", 6),  // CRLF: cut after the LF
      ("a\rb\r", nil),  // lone CR records: no line feed, the chunk grows
    ] as [(String, Int?)])
  func recordEnd(text: String, expected: Int?) {
    #expect(CSVChunkSource.lastRecordEnd(Array(text.utf8)) == expected)
  }

  @Test("reading in chunks of 1 to 9 bytes yields the file's bytes cut only between records")
  func chunksCoverTheFile() throws {
    let text = "h1,h2\nx,\"multi\nline\"\ny,\"say \"\"hi\"\"\"\n\nz,3\n"
    let folder = try TemporaryDataset(["f.csv": text])
    for size in 1...9 {
      var source = try CSVChunkSource(path: folder.path + "/f.csv", displayName: "f.csv", chunkBytes: size)
      defer { source.close() }
      var joined: [UInt8] = []
      var cuts: [Int] = []
      while let chunk = try source.next(displayName: "f.csv") {
        joined += chunk.bytes
        cuts.append(joined.count)
      }
      #expect(joined == Array(text.utf8), "chunk size \(size)")
      // Line feeds end bytes 6, 15, 21, 36, 37 and 41; the one at 15 is inside "multi\nline", so no cut there.
      #expect(Set(cuts).isSubset(of: [6, 21, 36, 37, 41]), "chunk size \(size): \(cuts)")
    }
  }

  @Test("line feeds are counted exactly, next to bytes one bit away, at every position of a word or tail")
  func lineFeedCount() {
    // 0x0A beside 0x0B, 0x08, 0x8A and 0x00 (one bit away, or a borrow away), at every position of words and tails.
    let alphabet: [UInt8] = [0x0A, 0x0B, 0x08, 0x8A, 0x00, 0xFF, 0x61, 0x0D]
    var random = SplitMix64(state: 11)
    for length in 0...40 {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        #expect(bytes.withUnsafeBufferPointer(CSVChunkSource.lineFeeds) == bytes.filter { $0 == 0x0A }.count, "\(bytes)")
      }
    }
    #expect([UInt8](repeating: 0x0A, count: 19).withUnsafeBufferPointer(CSVChunkSource.lineFeeds) == 19)
  }

  @Test("interning gives one index per distinct byte string, stable across table growth")
  func interning() {
    var interner = ByteInterner()
    func intern(_ text: String) -> Int {
      Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) }
    }
    #expect(intern("alpha") == 0)
    #expect(intern("beta") == 1)
    #expect(intern("alpha") == 0)
    #expect(intern("") == 2)
    #expect(intern("alph") == 3)
    // 200 more keys force several rehashes (the table starts at 64 slots and grows at half full).
    for number in 0..<200 { #expect(intern("team-\(number)") == 4 + number) }
    #expect(intern("beta") == 1)
    #expect(intern("team-7") == 11)
    #expect(interner.count == 204)
    #expect(interner.string(3) == "alph")
    #expect(interner.string(2) == "")
  }

  @Test("keys a slot holds in part: same first 24 bytes, trailing zero bytes, lengths either side of 24")
  func interningLongKeys() {
    var interner = ByteInterner()
    func intern(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer { interner.intern($0) } }
    let base = [UInt8](repeating: 0x61, count: 24)  // 24 × "a": exactly what a slot holds
    let keys: [[UInt8]] = [
      base, base + [0x62], base + [0x63], base + [0x62, 0x62], base + [0x00],
      Array(base.prefix(23)), Array(base.prefix(23)) + [0x00], [0x00], [], [0x00, 0x00],
    ]
    for (index, key) in keys.enumerated() { #expect(intern(key) == index, "\(key)") }
    // Enough other keys to grow the table several times, then every key again: each keeps its index.
    for number in 0..<300 { _ = intern(Array("engineer-with-a-long-login-\(number)@example.com".utf8)) }
    for (index, key) in keys.enumerated() {
      #expect(intern(key) == index, "\(key)")
      #expect(interner.key(index).elementsEqual(key))
    }
    #expect(intern(Array("engineer-with-a-long-login-299@example.com".utf8)) == keys.count + 299)
    #expect(interner.count == keys.count + 300)
  }

  @Test("keys whose hash tag and first slot are the same still differ by their bytes, short and long")
  func interningTagCollisions() {
    // Pairs found by search over FNV-1a: each pair has the same 24-bit tag, the same length and the same home slot
    // in a fresh table, so only the bytes held in the slot (short keys) or the full key (long ones) tell them apart.
    let long = String(repeating: "a", count: 24)
    let pairs = [("E0041640", "E0098784"), (long + "072465", long + "078123")]
    for (first, second) in pairs {
      var interner = ByteInterner()
      func intern(_ text: String) -> Int { Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) } }
      let hashes = [first, second].map { Array($0.utf8).withUnsafeBufferPointer(ByteInterner.hash) }
      #expect(hashes[0] >> 40 == hashes[1] >> 40, "the pair shares its tag")
      let indices: [Int] = [intern(first), intern(second), intern(first), intern(second)]
      #expect(indices == [0, 1, 0, 1])
      #expect(interner.string(0) == first)
      #expect(interner.string(1) == second)
    }
  }

  @Test("absorbing another thread's keys: shared keys keep their index, new ones follow, through table growth")
  func absorbing() {
    func interner(_ keys: [String]) -> ByteInterner {
      var interner = ByteInterner()
      for key in keys { _ = Array(key.utf8).withUnsafeBufferPointer { interner.intern($0) } }
      return interner
    }
    // This thread met E1, E2 and the empty cell; the other met E2, E3, "" and 100 engineers of its own.
    var mine = interner(["E1", "E2", ""])
    let others = ["E2", "E3", ""] + (0..<100).map { "X\($0)" }
    let map = mine.absorb(interner(others))
    // E2 and "" were here (1 and 2); E3 and X0…X99 come after E1, E2 and "" in the other's order.
    #expect(map == [1, 3, 2] + (4..<104).map { $0 })
    #expect(mine.strings() == ["E1", "E2", "", "E3"] + (0..<100).map { "X\($0)" })
    // A key absorbed is found again by its bytes.
    #expect(Array("X99".utf8).withUnsafeBufferPointer { mine.index(of: $0) } == 103)
  }

  @Test("a membership test finds every key of a large table and no other, keys differing in their last byte")
  func membership() {
    var interner = ByteInterner()
    func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
      Array(text.utf8).withUnsafeBufferPointer(body)
    }
    // 5,000 deployment ids interned, as the incidents of a large export name them: d-0, d-2, d-4, …, d-9998.
    for number in stride(from: 0, to: 10_000, by: 2) { _ = bytes("d-\(number)") { interner.intern($0) } }
    #expect(interner.count == 5_000)
    for number in 0..<10_000 {
      let found = bytes("d-\(number)") { interner.index(of: $0) }
      // Even ids were interned in order: d-2k has index k; odd ids were never interned.
      #expect(found == (number % 2 == 0 ? number / 2 : nil), "d-\(number)")
    }
    #expect(bytes("") { interner.index(of: $0) } == nil)
  }

  @Test("causing deployments behind their filter: every id found, no other, at sizes 0 to 20,000")
  func causingDeploymentsFilter() {
    for size in [0, 1, 7, 64, 1_000, 20_000] {
      // The even ids d-0, d-2, …; the odd ones, the empty id and a longer spelling are never named.
      let causing = CausingDeployments(Set(stride(from: 0, to: 2 * size, by: 2).map { "d-\($0)" }))
      for number in 0..<(2 * size + 2) {
        let found = Array("d-\(number)".utf8).withUnsafeBufferPointer { causing.contains($0) }
        #expect(found == (number % 2 == 0 && number < 2 * size), "d-\(number) of \(size)")
      }
      #expect(!Array("d-0x".utf8).withUnsafeBufferPointer { causing.contains($0) })
    }
  }

  @Test("the ASCII check finds a high byte at any position, word-sized or not")
  func asciiCheck() {
    for length in 0...17 {
      let plain = [UInt8](repeating: 0x61, count: length)
      #expect(plain.withUnsafeBufferPointer(CSVRecordBytes.isASCII))
      for position in 0..<length {
        var bytes = plain
        bytes[position] = 0xC3
        #expect(!bytes.withUnsafeBufferPointer(CSVRecordBytes.isASCII), "length \(length), high byte at \(position)")
      }
    }
  }

  @Test("the parser knows a record is ASCII, with a high byte at any position of any field, quoted or not")
  func recordASCII() throws {
    // Records of three fields (the middle one quoted or not) of every length up to two words and a half, with one
    // byte 0xC3 (a UTF-8 lead byte) put at each content position in turn; the next record is always ASCII.
    for length in 0...20 {
      for quoted in [false, true] {
        let content = [UInt8](repeating: 0x61, count: length)
        for position in -1..<length {
          var middle = content
          if position >= 0 { middle[position] = 0xC3 }
          let cell = quoted ? [0x22] + middle + [0x22] : middle
          let bytes = Array("a,".utf8) + cell + Array(",zz\nplain,ascii,row\n".utf8)
          var parser = CSVParser(bytes: bytes, file: "f.csv")
          var fields: [CSVField] = []
          #expect(try parser.nextRecord(into: &fields))
          #expect(parser.recordIsASCII == (position < 0), "length \(length), quoted \(quoted), at \(position)")
          #expect(try parser.nextRecord(into: &fields))
          #expect(parser.recordIsASCII, "the record after")
        }
      }
    }
  }

  @Test(
    "spellings match ignoring ASCII case only",
    arguments: [
      ("production", true), ("Production", true), ("PRODUCTION", true), ("production ", false), ("prod", false),
      ("productioN2", false), ("", false),
    ])
  func spelling(text: String, matches: Bool) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { CSVRecordBytes.equalsIgnoringCase($0, "production") } == matches)
  }

  @Test("eight bytes are lowered at once exactly as one by one, for every byte value at every position")
  func loweredWords() {
    for value in 0...255 {
      for position in 0..<8 {
        var bytes: [UInt8] = Array("aZ[@`{Mz".utf8)
        bytes[position] = UInt8(value)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let expected = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let lowered = withUnsafeBytes(of: CSVRecordBytes.lowered(word)) { Array($0) }
        #expect(lowered == expected, "byte \(value) at \(position)")
      }
    }
    // Long spellings go through the words and the tail: one capital anywhere still matches, one wrong byte does not.
    let spelling = "external_dependency"
    for position in 0..<spelling.utf8.count {
      var upper = Array(spelling.utf8)
      upper[position] = upper[position] >= 0x61 && upper[position] <= 0x7A ? upper[position] - 0x20 : upper[position]
      #expect(upper.withUnsafeBufferPointer { CSVRecordBytes.equalsIgnoringCase($0, "external_dependency") })
      var wrong = Array(spelling.utf8)
      wrong[position] ^= 0x01
      #expect(!wrong.withUnsafeBufferPointer { CSVRecordBytes.equalsIgnoringCase($0, "external_dependency") })
    }
  }

  @Test("rolled_back keeps its underscore: '_' is not a capital to lower")
  func underscore() {
    #expect(Array("ROLLED_BACK".utf8).withUnsafeBufferPointer { CSVRecordBytes.equalsIgnoringCase($0, "rolled_back") })
    // '_' (0x5F) | 0x20 would be DEL (0x7F): lowering only A–Z keeps it.
    #expect(
      !Array("rolled\u{7F}back".utf8).withUnsafeBufferPointer { CSVRecordBytes.equalsIgnoringCase($0, "rolled_back") })
  }

  @Test("the parser marks the fields holding a \"\" escape; only requested ones keep a record off the fast path")
  func escapedFields() throws {
    // Field 1 and field 70 (past the 64 bits, so bit 63) hold escapes; field 3 is quoted without one.
    let cells = ["a", "\"b\"\"c\"", "d", "\"e\""] + (4..<70).map { "f\($0)" } + ["\"g\"\"\""]
    let bytes = Array((cells.joined(separator: ",") + "\n").utf8)
    var parser = CSVParser(bytes: bytes, file: "f.csv")
    var fields = CSVFieldBuffer(capacity: 2)
    #expect(try bytes.withUnsafeBufferPointer { buffer in try parser.nextRecord(in: buffer, into: &fields) })
    #expect(fields.count == 71)
    #expect(parser.recordEscapedFields == UInt64(1) << 1 | UInt64(1) << 63)
    #expect(CSVRecordBytes.fieldMask([0, nil, 2, 3]) == UInt64(0b1101))
    #expect(CSVRecordBytes.fieldMask([70]) == UInt64(1) << 63)
    let isPlain = { (mapping: [Int?]) in
      fields.fields.withMemoryRebound(to: CSVField.self) { spans in
        bytes.withUnsafeBufferPointer { buffer in
          mapping.withUnsafeBufferPointer { mapped in
            CSVRecordBytes(
              buffer: buffer, fields: spans, mapping: mapped, isASCII: parser.recordIsASCII,
              escapedFields: parser.recordEscapedFields, requestedFields: CSVRecordBytes.fieldMask(mapping)
            ).isPlainASCII
          }
        }
      }
    }
    #expect(isPlain([0, 2, 3]))
    #expect(!isPlain([0, 1]))
    #expect(!isPlain([70]))
  }

  @Test("skipping eight bytes at a time stops exactly where a byte-by-byte scan would")
  func wordSkip() {
    // Structural bytes at every position of words and tails, next to the bytes just above the limits
    // ('-' 0x2D above ',' 0x2C; '#' 0x23 above '"' 0x22) and non-ASCII bytes.
    let alphabet: [UInt8] = [0x2C, 0x2D, 0x22, 0x23, 0x0A, 0x0D, 0x61, 0x39, 0xC3, 0xFF, 0x80, 0x00]
    var random = SplitMix64(state: 5)
    for length in 0...40 {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        for limit: UInt8 in [0x2C, 0x22] {
          bytes.withUnsafeBufferPointer { buffer in
            for start in 0...length {
              var highBits: UInt64 = 0
              let skipped = CSVParser.skipBytes(above: limit, buffer, from: start, highBits: &highBits)
              // Never past a byte ≤ limit, and either at one or within the last 7 bytes.
              let firstStop = (start..<length).first { buffer[$0] <= limit } ?? length
              #expect(skipped >= start && skipped <= firstStop, "\(bytes) from \(start)")
              #expect(skipped == firstStop || length - skipped < 8, "\(bytes) from \(start)")
              // Every skipped byte was seen: a non-ASCII one among them shows in the high bits.
              if buffer[start..<skipped].contains(where: { $0 >= 0x80 }) {
                #expect(highBits & 0x8080_8080_8080_8080 != 0, "\(bytes) from \(start)")
              }
            }
          }
        }
      }
    }
  }
}
