#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Numbers distinct byte strings (team names, engineer ids) in order of first sight, without making a `String` per
/// row: the hot CSV path looks each cell up by its bytes and gets a small index into per-team or per-engineer
/// arrays.
///
/// Open addressing with linear probing over a power-of-two table, FNV-1a hashing. Each slot holds a key's first
/// `Slot.inlineBytes` bytes beside its index, so a lookup of an id or team name reads one slot and no other memory:
/// at 100,000 people the tables are megabytes, and reading each key's start and bytes from arrays of their own
/// was three cache misses a row (a third of the event reading's time). Every key's bytes are also kept back to
/// back, for `key(_:)`, for keys longer than a slot holds, and for merging tables.
struct ByteInterner {
  /// Every key's bytes, back to back.
  private var storage: [UInt8] = []
  /// Where each key starts in `storage`; key `i` ends where key `i + 1` starts (or at the end).
  private var starts: [Int] = []
  private var slots = [Slot](repeating: Slot(), count: 64)
  /// Each key's full hash, to place it again when the table grows.
  private var hashes: [UInt64] = []

  /// One place in the table: empty when `entry` is 0.
  private struct Slot {
    /// How many of a key's bytes a slot holds: engineer ids, logins and team names fit.
    static let inlineBytes = 24
    /// The high 24 bits of the key's hash, its length (`inlineBytes + 1` for any longer key) and its index + 1.
    var entry: UInt64 = 0
    /// The key's first `inlineBytes` bytes, zero after its end.
    var prefix = Prefix()

    struct Prefix: Equatable {
      var first: UInt64 = 0
      var second: UInt64 = 0
      var third: UInt64 = 0

      @inline(__always)
      init() {}

      @inline(__always)
      init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = Swift.min(bytes.count, Slot.inlineBytes)
        guard count > 0 else { return }
        withUnsafeMutableBytes(of: &self) { $0.baseAddress!.copyMemory(from: bytes.baseAddress!, byteCount: count) }
      }
    }

    /// `entry` without the index: what a lookup of a key with `hash` and `length` bytes compares.
    @inline(__always)
    static func tag(_ hash: UInt64, length: Int) -> UInt64 {
      (hash >> 40) << 40 | UInt64(Swift.min(length, inlineBytes + 1)) << 32
    }
  }

  var count: Int { starts.count }

  /// The bytes of key `index`.
  func key(_ index: Int) -> ArraySlice<UInt8> { storage[bounds(of: index)] }

  /// Where key `index` lies in `storage`.
  private func bounds(of index: Int) -> Range<Int> {
    starts[index]..<(index + 1 < starts.count ? starts[index + 1] : storage.count)
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
    other.storage.withUnsafeBufferPointer { storage in
      (0..<other.count).map { index in
        intern(UnsafeBufferPointer(rebasing: storage[other.bounds(of: index)]), hash: other.hashes[index])
      }
    }
  }

  /// `intern(_:)` for bytes whose `hash(_:)` the caller already has.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let (slot, hash, found) = find(bytes, hash: hash)
    if let found { return found }
    let index = starts.count
    starts.append(storage.count)
    storage.append(contentsOf: bytes)
    hashes.append(hash)
    slots[slot] = Slot(entry: Slot.tag(hash, length: bytes.count) | UInt64(index + 1), prefix: Slot.Prefix(bytes))
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

  /// Reads the slot a key with `hash` is looked up at first, and returns what it holds, for the caller to fold
  /// into a value it keeps: a batch of these loads, one after another, brings a batch of slots into the cache
  /// at once (see `RowBatch`) instead of one cache miss after another.
  @inline(__always)
  func touch(_ hash: UInt64) -> UInt64 {
    slots.withUnsafeBufferPointer { $0[Self.home(hash, mask: $0.count - 1)].entry }
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
  /// Runs once per row of a gigabyte export: the table is read through an unsafe pointer, so a lookup costs no
  /// reference counting, slice or bounds check (a profile of 10M events had the checked version at 18 % of the time).
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, hash: UInt64, found: Int?) {
    let tag = Slot.tag(hash, length: bytes.count)
    let prefix = Slot.Prefix(bytes)
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.home(hash, mask: mask)
      while true {
        let entry = slots[slot].entry
        if entry == 0 { return (slot, hash, nil) }
        if entry & ~0xffff_ffff == tag && slots[slot].prefix == prefix {
          let index = Int(truncatingIfNeeded: entry & 0xffff_ffff) - 1
          if bytes.count <= Slot.inlineBytes || longKey(index, equals: bytes) { return (slot, hash, index) }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether key `index`, longer than a slot holds, is `bytes` (which are as long as a slot's share or longer).
  private func longKey(_ index: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let bounds = bounds(of: index)
    return bounds.count == bytes.count
      && storage.withUnsafeBufferPointer { storage in
        memcmp(storage.baseAddress! + bounds.lowerBound, bytes.baseAddress!, bytes.count) == 0
      }
  }

  /// A hash's first slot: its high bits folded into the low ones, so ids that differ only in their last characters
  /// (`E0101`, `E0102`) spread over the table instead of running into one cluster.
  @inline(__always)
  private static func home(_ hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
  }

  private mutating func rehash() {
    var grown = [Slot](repeating: Slot(), count: slots.count * 2)
    let mask = grown.count - 1
    for old in slots where old.entry != 0 {
      let hash = hashes[Int(truncatingIfNeeded: old.entry & 0xffff_ffff) - 1]
      var slot = Self.home(hash, mask: mask)
      while grown[slot].entry != 0 { slot = (slot + 1) & mask }
      grown[slot] = old
    }
    slots = grown
  }
}
