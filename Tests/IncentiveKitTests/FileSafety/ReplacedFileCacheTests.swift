import Foundation
import Testing

@_spi(Synthetic) @testable import IncentiveKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A writer lets go of the cached pages of the file it will replace while it writes, so the rename at the end has
/// little left to free; nothing about the old file's bytes or name may change before that rename.
@Suite("Replaced file cache")
struct ReplacedFileCacheTests {
  /// `count` bytes, each its offset's low byte times 13, written and synced (so its cached pages are clean).
  static func writeSynced(_ path: String, count: Int) throws -> [UInt8] {
    let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    try POSIXIO.writeAll(descriptor, bytes)
    #expect(fsync(descriptor) == 0)
    return bytes
  }

  /// What a writer finds at `path` (`AtomicFile.rejectSpecialFile`: a link followed), nil for nothing.
  static func found(_ path: String) -> stat? {
    var status = stat()
    return stat(path, &status) == 0 ? status : nil
  }

  #if os(Linux)
    /// How many of the file's pages are in the page cache (`mincore` over a mapping of it).
    static func residentPages(_ path: String) -> Int {
      let descriptor = open(path, O_RDONLY)
      defer { close(descriptor) }
      var status = stat()
      fstat(descriptor, &status)
      let size = Int(status.st_size)
      guard let mapping = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapping != MAP_FAILED else {
        return -1
      }
      defer { munmap(mapping, size) }
      let page = Int(sysconf(Int32(_SC_PAGESIZE)))
      var vector = [UInt8](repeating: 0, count: (size + page - 1) / page)
      guard mincore(mapping, size, &vector) == 0 else { return -1 }
      return vector.reduce(0) { $0 + Int($1 & 1) }
    }

    @Test("a large file's cached pages are let go of, its bytes untouched")
    func dropsALargeFilesPages() throws {
      try GovernanceFixtures.withScratchDirectory { directory in
        let path = directory + "/payouts.json"
        let bytes = try Self.writeSynced(path, count: ReplacedFileCache.worthwhileBytes + 12345)
        let pages = (bytes.count + 4095) / 4096
        // Just written: its pages are cached (the kernel may have let a few go already).
        #expect(Self.residentPages(path) > pages / 2)
        try #require(ReplacedFileCache.release(path, found: Self.found(path))).wait()
        #expect(Self.residentPages(path) == 0)
        #expect(try GovernanceFixtures.readBytes(path) == bytes)
      }
    }
  #endif

  @Test("a small file is left to the rename")
  func leavesASmallFile() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/payouts.csv"
      let bytes = try Self.writeSynced(path, count: ReplacedFileCache.worthwhileBytes - 1)
      #expect(ReplacedFileCache.release(path, found: Self.found(path)) == nil)
      #if os(Linux)
        #expect(Self.residentPages(path) > 0)
      #endif
      #expect(try GovernanceFixtures.readBytes(path) == bytes)
    }
  }

  @Test("no file, a named pipe, a folder or a link: nothing started")
  func leavesAnythingElse() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      // A pipe nobody writes to: opening it for reading would wait forever.
      let pipe = directory + "/pipe"
      #expect(mkfifo(pipe, 0o600) == 0)
      // A link to a large file: the rename replaces the link, so its target is left alone.
      let large = directory + "/large.json"
      _ = try Self.writeSynced(large, count: ReplacedFileCache.worthwhileBytes)
      let link = directory + "/link.json"
      #expect(symlink(large, link) == 0)
      for path in [directory + "/missing.json", pipe, directory, link] {
        #expect(ReplacedFileCache.release(path, found: Self.found(path)) == nil)
      }
      var status = stat()
      #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }
  }

  @Test("a writer replacing a large file leaves the new bytes under its name, and nothing else")
  func writerReplacesALargeFile() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let path = directory + "/payouts.json"
      _ = try Self.writeSynced(path, count: ReplacedFileCache.worthwhileBytes + 1)
      let writer = try AtomicFileWriter(path: path, mode: 0o600)
      let new = Array("{\"engineers\": []}\n".utf8)
      try writer.write(new)
      try writer.commit()
      #expect(try GovernanceFixtures.readBytes(path) == new)
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["payouts.json"])
    }
  }
}
