#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Numbers distinct byte strings (team names, engineer ids) in order of first sight, without making a `String` per
/// row: the hot CSV path looks each cell up by its bytes and gets a small index into per-team or per-engineer
/// arrays.
///
/// Open addressing with linear probing over a power-of-two table, FNV-1a hashing, keys stored back to back in one
/// byte array; it grows with distinct keys (people and teams), never with rows.
struct ByteInterner {
  /// Every key's bytes, back to back.
  private var storage: [UInt8] = []
  /// Where each key starts in `storage`; key `i` ends where key `i + 1` starts (or at the end).
  private var starts: [Int] = []
  /// Key index + 1 per slot; 0 is empty.
  private var slots: [Int32] = Array(repeating: 0, count: 64)
  private var hashes: [UInt64] = []

  var count: Int { starts.count }

  /// The bytes of key `index`.
  func key(_ index: Int) -> ArraySlice<UInt8> {
    storage[starts[index]..<(index + 1 < starts.count ? starts[index + 1] : storage.count)]
  }

  /// The key's text; keys reaching here came from ASCII-checked cells, so decoding cannot substitute anything.
  func string(_ index: Int) -> String {
    key(index).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }

  /// The index of `bytes`, adding it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let (slot, hash, found) = find(bytes)
    if let found { return found }
    let index = starts.count
    starts.append(storage.count)
    storage.append(contentsOf: bytes)
    hashes.append(hash)
    slots[slot] = Int32(index + 1)
    if starts.count * 2 > slots.count { rehash() }
    return index
  }

  /// The index of `bytes` if it was interned, without adding it (a membership test).
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    find(bytes).found
  }

  /// The key's slot (where it is, or the empty slot where it would go), its hash and its index if present.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, hash: UInt64, found: Int?) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return (slot, hash, nil) }
      if hashes[entry - 1] == hash && matches(entry - 1, bytes) { return (slot, hash, entry - 1) }
      slot = (slot + 1) & mask
    }
  }

  private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let key = key(index)
    guard key.count == bytes.count else { return false }
    return key.withUnsafeBufferPointer { stored in
      bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
  }

  private mutating func rehash() {
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }
}
