/// HMAC-SHA-256 (RFC 2104), the keyed digest of a ledger written with `--key-file`: without the key
/// nobody can compute an entry's `hmac`, so rewriting the ledger with recomputed digests fails
/// verification. Checked against RFC 4231's test vectors.
struct HMACSHA256 {
  /// SHA-256's block size in bytes: keys longer than this are hashed first, shorter ones zero-padded.
  private static let blockSize = 64
  private var inner = SHA256()
  private let outerPad: [UInt8]

  init(key: [UInt8]) {
    var block = key.count > Self.blockSize ? SHA256.hash(key) : key
    block += [UInt8](repeating: 0, count: Self.blockSize - block.count)
    outerPad = block.map { $0 ^ 0x5c }
    inner.update(block.map { $0 ^ 0x36 })
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) { inner.update(bytes) }

  mutating func update(_ bytes: [UInt8]) { inner.update(bytes) }

  /// The 32-byte tag.
  mutating func finalize() -> [UInt8] {
    var outer = SHA256()
    outer.update(outerPad)
    outer.update(inner.finalize())
    return outer.finalize()
  }

  /// The tag of `message` under `key`, as 64 lower-case hex digits.
  static func hexDigest(key: [UInt8], _ message: [UInt8]) -> String {
    var mac = HMACSHA256(key: key)
    mac.update(message)
    return SHA256.hex(mac.finalize())
  }
}
