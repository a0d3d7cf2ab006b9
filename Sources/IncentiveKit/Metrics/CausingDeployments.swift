/// The deployment ids that counted incidents name, looked up by a deployment row's id bytes.
///
/// When every id is ASCII the lookup hashes bytes (`ByteInterner`) instead of making and hashing a `String` per
/// deployment row. A non-ASCII id keeps the `String` lookup for all rows, because `String` equality is canonical
/// equivalence: "d\u{212A}" (Kelvin sign) equals the ASCII "dK", which bytes alone would miss.
///
/// Most deployment rows name no incident, and with 10^5 ids the interner's table is megabytes, so nearly every
/// lookup was a cache miss that found nothing. A blocked Bloom filter (8 to 16 bits per id, three bits in one
/// 64-bit word) answers most of those "no"s from a table small enough to stay in cache; a "maybe" still asks the
/// interner, so the answer is exact.
struct CausingDeployments {
  let ids: Set<String>
  private let interned: ByteInterner?
  /// The filter's words; a power of two of them. Empty when `interned` is nil.
  private let filter: [UInt64]

  init(_ ids: Set<String>) {
    self.ids = ids
    var interner = ByteInterner()
    var words = 1
    while words * 64 < ids.count * 8 { words *= 2 }
    var filter = [UInt64](repeating: 0, count: words)
    for id in ids {
      var text = id
      let isASCII = text.withUTF8 { bytes in
        guard CSVRecordBytes.isASCII(bytes) else { return false }
        _ = interner.intern(bytes)
        let hash = ByteInterner.hash(bytes)
        filter[Self.word(hash, mask: words - 1)] |= Self.bits(hash)
        return true
      }
      guard isASCII else {
        interned = nil
        self.filter = []
        return
      }
    }
    interned = interner
    self.filter = filter
  }

  /// The filter word for `hash`: its bits mixed so the word does not follow the interner's slot.
  @inline(__always)
  private static func word(_ hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The three bits `hash` sets in its word.
  @inline(__always)
  private static func bits(_ hash: UInt64) -> UInt64 {
    let mixed = hash ^ (hash >> 29)
    return 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63) | 1 << ((mixed >> 12) & 63)
  }

  /// Whether an ASCII deployment id (the fast path's) is among `ids`.
  @inline(__always)
  func contains(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    if ids.isEmpty { return false }
    if let interned {
      let hash = ByteInterner.hash(id)
      let bits = Self.bits(hash)
      let present = filter.withUnsafeBufferPointer { $0[Self.word(hash, mask: $0.count - 1)] & bits == bits }
      return present && interned.index(of: id, hash: hash) != nil
    }
    return ids.contains(String(decoding: id, as: UTF8.self))
  }
}
