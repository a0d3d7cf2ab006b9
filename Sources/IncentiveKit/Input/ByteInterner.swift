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
  /// Per slot: the high 32 bits of the key's hash above key index + 1; 0 is empty. The hash bits let a lookup that
  /// misses (most deployments name no incident) reject a slot without reading the key: one cache line, not three.
  private var slots: [UInt64] = Array(repeating: 0, count: 64)
  /// Each key's full hash, to place it again when the table grows.
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

  /// Every key's text, by index.
  func strings() -> [String] { (0..<count).map(string) }

  /// The index of `bytes`, adding it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    intern(bytes, hash: Self.hash(bytes))
  }

  /// Adds `other`'s keys, returning each one's index here by its index there: how two threads' tallies become one
  /// by their bytes, with no `String` made and each key hashed once.
  mutating func absorb(_ other: ByteInterner) -> [Int] {
    (0..<other.count).map { index in
      other.storage.withUnsafeBufferPointer { storage in
        let start = other.starts[index]
        let end = index + 1 < other.starts.count ? other.starts[index + 1] : storage.count
        return intern(UnsafeBufferPointer(rebasing: storage[start..<end]), hash: other.hashes[index])
      }
    }
  }

  private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let (slot, hash, found) = find(bytes, hash: hash)
    if let found { return found }
    let index = starts.count
    starts.append(storage.count)
    storage.append(contentsOf: bytes)
    hashes.append(hash)
    slots[slot] = Self.entry(hash, index)
    if starts.count * 2 > slots.count { rehash() }
    return index
  }

  /// The index of `bytes` if it was interned, without adding it (a membership test).
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    find(bytes, hash: Self.hash(bytes)).found
  }

  /// `index(of:)` for bytes whose `hash(_:)` the caller already has (it filtered on it first).
  @inline(__always)
  func index(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    find(bytes, hash: hash).found
  }

  /// The FNV-1a hash the table places `bytes` by.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The key's slot (where it is, or the empty slot where it would go), its hash and its index if present.
  ///
  /// Runs once per row of a gigabyte export: the tables are read through unsafe pointers, so a lookup costs no
  /// reference counting, slice or bounds check (a profile of 10M events had the checked version at 18 % of the time).
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, hash: UInt64, found: Int?) {
    let tag = hash >> 32
    return slots.withUnsafeBufferPointer { slots in
      starts.withUnsafeBufferPointer { starts in
        storage.withUnsafeBufferPointer { storage in
          let mask = slots.count - 1
          var slot = Self.home(hash, mask: mask)
          while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, hash, nil) }
            if entry >> 32 == tag {
              let index = Int(truncatingIfNeeded: entry & 0xffff_ffff) - 1
              let start = starts[index]
              let end = index + 1 < starts.count ? starts[index + 1] : storage.count
              if end - start == bytes.count
                && (bytes.isEmpty || memcmp(storage.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0)
              {
                return (slot, hash, index)
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// A hash's first slot: its high bits folded into the low ones, so ids that differ only in their last characters
  /// (`E0101`, `E0102`) spread over the table instead of running into one cluster.
  @inline(__always)
  private static func home(_ hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
  }

  /// A slot's content for key `index` with `hash`.
  @inline(__always)
  private static func entry(_ hash: UInt64, _ index: Int) -> UInt64 {
    (hash >> 32) << 32 | UInt64(index + 1)
  }

  private mutating func rehash() {
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Self.home(hash, mask: mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Self.entry(hash, index)
    }
  }
}
