import Foundation
@testable import IncentiveKit
import Testing

/// A message and its SHA-256 as published (NIST CSRC examples for FIPS 180-4) or computed with another
/// implementation (Python's hashlib), never with the code under test.
struct DigestVector: Sendable, CustomTestStringConvertible {
  let name: String
  let message: [UInt8]
  let hex: String

  var testDescription: String { name }
}

@Suite("SHA-256")
struct SHA256Tests {
  static let nistVectors: [DigestVector] = [
    DigestVector(
      name: "empty", message: [],
      hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    DigestVector(
      name: "abc", message: Array("abc".utf8),
      hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    DigestVector(
      name: "448 bits", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
      hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    DigestVector(
      name: "896 bits",
      message: Array(
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
          + "mnopqrstnopqrstu").utf8),
      hex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
  ]

  static let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

  @Test("NIST FIPS 180-4 example vectors", arguments: nistVectors)
  func nistVector(_ vector: DigestVector) {
    #expect(SHA256.hexDigest(vector.message) == vector.hex)
  }

  @Test("one million 'a' (NIST), one shot and in uneven chunks")
  func millionA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hexDigest(message) == Self.millionA)

    var hasher = SHA256()
    var offset = 0
    var chunk = 1
    while offset < message.count {
      let end = min(offset + chunk, message.count)
      hasher.update(Array(message[offset..<end]))
      offset = end
      chunk = chunk * 3 % 1000 + 1
    }
    #expect(SHA256.hex(hasher.finalize()) == Self.millionA)
  }

  /// Lengths around the 55/56-byte padding boundary and block edges, where padding bugs hide.
  @Test(
    "padding boundaries",
    arguments: [
      (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
      (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
      (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
      (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
      (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
      (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
      (111, "6374f73208854473827f6f6a3f43b1f53eaa3b82c21c1a6d69a2110b2a79baad"),
      (112, "f54353008a2553262ecdc4a34749563ba0950e8b0fc8652780b0a614b99683c1"),
      (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
      (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
      (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ])
  func paddingBoundary(length: Int, hex: String) {
    #expect(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: length)) == hex)
  }

  @Test("a 130-byte message split at every offset 0...130 hashes as one piece")
  func splitAtEveryOffset() {
    let message = (0..<130).map { UInt8(($0 * 7 + 3) % 256) }
    let expected = "4d5e47a2e8510a314576c238f6ff19d389d3ef3aaaca8b2e530263a5d15741da"  // Python hashlib
    #expect(SHA256.hexDigest(message) == expected)
    for split in 0...130 {
      var hasher = SHA256()
      hasher.update(Array(message[..<split]))
      hasher.update(Array(message[split...]))
      #expect(SHA256.hex(hasher.finalize()) == expected, "split at \(split)")
    }
    var byteByByte = SHA256()
    for byte in message { byteByByte.update([byte]) }
    #expect(SHA256.hex(byteByByte.finalize()) == expected)
  }

  @Test("update(String) hashes the UTF-8 bytes, and finalize resets the hasher for reuse")
  func stringUpdateAndReuse() {
    var hasher = SHA256()
    hasher.update("naïve € 😀")
    #expect(SHA256.hex(hasher.finalize()) == "4a9092e44e65c0c923fda8e6f07197a37f169604eda1d67de6f6044732dafee9")
    hasher.update("abc")
    #expect(SHA256.hex(hasher.finalize()) == Self.nistVectors[1].hex)
  }

  @Test("hex writes two lower-case digits per byte; hexDigest hashes first")
  func hexText() {
    #expect(SHA256.hex([0x00, 0xFF, 0x0A, 0xB7]) == "00ff0ab7")
    #expect(SHA256.hex([]) == "")
    #expect(SHA256.hexDigest(Array("abc".utf8)) == Self.nistVectors[1].hex)
  }

  @Test("file hashing streams files larger than its 1 MiB chunk, and empty files")
  func fileDigest() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let large = directory + "/large.bin"
      try GovernanceFixtures.writeBytes((0..<(3 * 1_048_576 + 17)).map { UInt8($0 % 251) }, to: large)
      #expect(
        try SHA256.hexDigest(ofFile: large) == "fe2aaf82bfa2ffec207a0c6fa7ce7d4af268d67e2672fdaec675f3f9b65d0854")

      let million = directory + "/million-a.txt"
      try GovernanceFixtures.writeBytes([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), to: million)
      #expect(try SHA256.hexDigest(ofFile: million) == Self.millionA)

      let empty = directory + "/empty"
      try GovernanceFixtures.writeBytes([], to: empty)
      #expect(try SHA256.hexDigest(ofFile: empty) == Self.nistVectors[0].hex)
    }
  }

  @Test("hashing a missing file names the file and the reason")
  func missingFile() throws {
    let path = "/nonexistent-incentive-dir/plan.json"
    #expect(throws: InputError.unreadable(file: path, reason: "No such file or directory")) {
      try SHA256.hexDigest(ofFile: path)
    }
  }
}
