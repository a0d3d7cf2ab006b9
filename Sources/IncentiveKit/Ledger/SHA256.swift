#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SHA-256 as specified in FIPS 180-4, written here because the tool may use no outside packages and
/// the ledger must fingerprint plans, inputs and outputs that can be gigabytes of CSV.
///
/// Whole 64-byte blocks are compressed straight from the caller's memory; only a trailing partial
/// block is copied into the internal buffer, so hashing is bound by the compression function.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("abc")
/// let digest = hasher.finalize()   // 32 bytes
/// ```
struct SHA256: Sendable {
  /// The eight working words H0...H7 between blocks.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
  /// Holds the bytes of a block that is not yet complete; always 64 bytes long.
  private var pending: [UInt8]
  /// How many bytes of `pending` are filled (0..<64).
  private var pendingCount: Int
  /// Total message length so far in bytes; the padding needs it in bits.
  private var messageLength: UInt64

  /// Starts a new message with the FIPS 180-4 initial hash value.
  init() {
    state = SHA256.initialState
    pending = [UInt8](repeating: 0, count: 64)
    pendingCount = 0
    messageLength = 0
  }

  /// Adds bytes to the message; any split of a message into `update` calls gives the same digest.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var cursor = bytes.baseAddress, bytes.count > 0 else { return }
    var remaining = bytes.count
    messageLength &+= UInt64(remaining)

    if pendingCount > 0 {
      let take = min(64 - pendingCount, remaining)
      let offset = pendingCount
      pending.withUnsafeMutableBytes { buffer in
        (buffer.baseAddress! + offset).copyMemory(from: cursor, byteCount: take)
      }
      pendingCount += take
      cursor += take
      remaining -= take
      guard pendingCount == 64 else { return }
      pending.withUnsafeBytes { buffer in
        SHA256.compress(&state, blocks: buffer.baseAddress!, count: 1)
      }
      pendingCount = 0
    }

    let wholeBlocks = remaining / 64
    if wholeBlocks > 0 {
      SHA256.compress(&state, blocks: cursor, count: wholeBlocks)
      cursor += wholeBlocks * 64
      remaining -= wholeBlocks * 64
    }

    if remaining > 0 {
      let tail = remaining
      pending.withUnsafeMutableBytes { buffer in
        buffer.baseAddress!.copyMemory(from: cursor, byteCount: tail)
      }
      pendingCount = tail
    }
  }

  /// Adds bytes to the message.
  mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Adds the UTF-8 encoding of `text` to the message (no terminator, no normalisation).
  mutating func update(_ text: String) {
    var text = text
    text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
  }

  /// Pads the message, returns its 32-byte digest and resets the hasher to an empty message so the
  /// value can be reused.
  mutating func finalize() -> [UInt8] {
    let bitLength = messageLength &* 8
    // 0x80, then zeros up to 56 mod 64, then the 64-bit big-endian bit length.
    var padding = [UInt8](repeating: 0, count: pendingCount < 56 ? 56 - pendingCount : 120 - pendingCount)
    padding[0] = 0x80
    for shift in stride(from: 56, through: 0, by: -8) {
      padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    update(padding)
    precondition(pendingCount == 0, "SHA-256 padding must end on a block boundary")

    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    var digest = [UInt8]()
    digest.reserveCapacity(32)
    for word in words {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    self = SHA256()
    return digest
  }

  /// The 32-byte digest of `bytes`.
  static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The lower-case hex SHA-256 of `bytes` (64 characters), as the ledger and reports show digests.
  static func hexDigest(_ bytes: [UInt8]) -> String {
    hex(hash(bytes))
  }

  /// Lower-case hexadecimal text of any bytes, two digits per byte; for digests from `finalize()`.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The hex SHA-256 of a file's contents, read in 1 MiB chunks so memory stays flat for inputs of
  /// any size.
  ///
  /// - Throws: `InputError.unreadable` naming the file and the operating system's reason.
  static func hexDigest(ofFile path: String) throws -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw InputError.unreadable(file: path, reason: POSIXFailure.current().text)
    }
    defer { close(descriptor) }

    let chunkSize = 1 << 20
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
    defer { chunk.deallocate() }
    var hasher = SHA256()
    while true {
      let count = read(descriptor, chunk.baseAddress, chunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError.unreadable(file: path, reason: POSIXFailure.current().text)
      }
      if count == 0 { break }
      hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
    }
    return hex(hasher.finalize())
  }
}

extension SHA256 {
  /// H(0): the first 32 bits of the fractional parts of the square roots of the first 8 primes.
  private static let initialState: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )

  /// K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  @inline(__always)
  private static func rotateRight(_ word: UInt32, _ count: UInt32) -> UInt32 {
    (word &>> count) | (word &<< (32 &- count))
  }

  /// One SHA-256 round (FIPS 180-4 §6.2.2 step 3) written so that only `d` and `h` change: the caller
  /// renames the other six instead of moving them.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
  ) {
    let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
    let choose = g ^ (e & (f ^ g))
    let t1 = h &+ bigSigma1 &+ choose &+ constantPlusWord
    let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
    let majority = (a & b) | (c & (a | b))
    d &+= t1
    h = t1 &+ bigSigma0 &+ majority
  }

  /// Runs the compression function over `count` consecutive 64-byte blocks starting at `blocks`
  /// (FIPS 180-4 §6.2.2), keeping the working variables in registers across blocks.
  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
    blocks: UnsafeRawPointer,
    count: Int
  ) {
    roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        let k = constants.baseAddress!
        let w = schedule.baseAddress!
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        var block = blocks
        for _ in 0..<count {
          for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = w[t - 15]
            let y = w[t - 2]
            let sigma0 = rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
            let sigma1 = rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y &>> 10)
            w[t] = sigma1 &+ w[t - 7] &+ sigma0 &+ w[t - 16]
          }

          var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
          // Eight rounds per iteration with the roles of a...h rotated by argument position instead of
          // shuffling eight variables every round.
          for t in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
            round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
            round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
            round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
            round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
            round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
            round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
          }
          h0 &+= a
          h1 &+= b
          h2 &+= c
          h3 &+= d
          h4 &+= e
          h5 &+= f
          h6 &+= g
          h7 &+= h
          block += 64
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
      }
    }
  }
}
