extension String {
  /// `parts` end to end in one allocation: what `+` and interpolation do with one growth per part. A note every
  /// person of a large org carries (`no value for substantive_review_ratio: on_missing zero`) cost two growths and
  /// about 1,200 instructions joined with `+`.
  static func concatenated(_ parts: String...) -> String {
    let count = parts.reduce(0) { $0 + $1.utf8.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for var part in parts {
        part.withUTF8 { bytes in
          guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
          UnsafeMutableRawPointer(buffer.baseAddress! + written).copyMemory(from: base, byteCount: bytes.count)
          written += bytes.count
        }
      }
      return written
    }
  }
}
