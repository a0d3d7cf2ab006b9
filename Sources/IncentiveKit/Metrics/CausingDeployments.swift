/// The deployment ids that counted incidents name, looked up by a deployment row's id bytes.
///
/// When every id is ASCII the lookup hashes bytes (`ByteInterner`) instead of making and hashing a `String` per
/// deployment row. A non-ASCII id keeps the `String` lookup for all rows, because `String` equality is canonical
/// equivalence: "d\u{212A}" (Kelvin sign) equals the ASCII "dK", which bytes alone would miss.
struct CausingDeployments {
  let ids: Set<String>
  private let interned: ByteInterner?

  init(_ ids: Set<String>) {
    self.ids = ids
    var interner = ByteInterner()
    for id in ids {
      var text = id
      let isASCII = text.withUTF8 { bytes in
        guard CSVRecordBytes.isASCII(bytes) else { return false }
        _ = interner.intern(bytes)
        return true
      }
      guard isASCII else {
        interned = nil
        return
      }
    }
    interned = interner
  }

  /// Whether an ASCII deployment id (the fast path's) is among `ids`.
  @inline(__always)
  func contains(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    if ids.isEmpty { return false }
    if let interned { return interned.index(of: id) != nil }
    return ids.contains(String(decoding: id, as: UTF8.self))
  }
}
