import Foundation
import Testing

@testable import IncentiveKit

#if os(Linux)
  import Glibc

  /// The report an atomic write will replace has its cached pages dropped early, and nothing else happens to it.
  @Suite("The file a write replaces")
  struct ReplacedFileTests {
    /// How many of the file's pages the kernel holds in memory (`mincore`).
    static func residentPages(_ path: String) throws -> Int {
      let descriptor = open(path, O_RDONLY)
      try #require(descriptor >= 0)
      defer { close(descriptor) }
      var status = stat()
      try #require(fstat(descriptor, &status) == 0)
      let length = Int(status.st_size)
      let mapping = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0)
      try #require(mapping != MAP_FAILED)
      defer { munmap(mapping, length) }
      let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
      var vector = [UInt8](repeating: 0, count: (length + pageSize - 1) / pageSize)
      try #require(mincore(mapping, length, &vector) == 0)
      return vector.reduce(0) { $0 + Int($1 & 1) }
    }

    @Test("a large report's pages are let go and its bytes are untouched")
    func dropsPages() throws {
      let path = NSTemporaryDirectory() + "incentive-replaced-\(UUID().uuidString).json"
      defer { unlink(path) }
      // 17 MB of known bytes, written, synced (clean pages can be dropped) and read back into the cache.
      var bytes = [UInt8](repeating: 0x5A, count: 17 << 20)
      for position in stride(from: 0, to: bytes.count, by: 4093) { bytes[position] = UInt8(position % 251) }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let descriptor = open(path, O_RDONLY)
      fsync(descriptor)
      close(descriptor)
      _ = try Data(contentsOf: URL(fileURLWithPath: path))
      let before = try Self.residentPages(path)
      #expect(before > 0)
      #expect(ReplacedFile.releaseNow(path))
      #expect(try Self.residentPages(path) < before / 2)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test("a missing file, a folder or a link is left alone")
    func leavesOthersAlone() throws {
      let folder = NSTemporaryDirectory() + "incentive-replaced-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      #expect(!ReplacedFile.releaseNow(folder + "/missing.json"))
      #expect(!ReplacedFile.releaseNow(folder))
      try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/target.json"))
      symlink(folder + "/target.json", folder + "/link.json")
      #expect(!ReplacedFile.releaseNow(folder + "/link.json"))
      // The asynchronous form returns at once whatever the path names.
      ReplacedFile.releaseCachedPages(ofFileAt: folder + "/missing.json")
      ReplacedFile.releaseCachedPages(ofFileAt: folder + "/target.json")
    }
  }
#endif
