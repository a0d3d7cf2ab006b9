import Foundation
import Testing

@_spi(Synthetic) @testable import IncentiveKit

@Suite("Temporary files are known, so a terminating signal can remove them")
struct TemporaryFilesTests {
  // removeAll() is not called here: tests run in parallel, and it would delete other tests' files.
  @Test("a writer's temporary file is registered while it exists, and no longer once the writer is dropped")
  func registry() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let destination = directory + "/report.txt"
      var writer: AtomicFileWriter? = try AtomicFileWriter(path: destination, mode: 0o600)
      let temporary = try #require(
        TemporaryFiles.registered.first { $0.hasPrefix(directory + "/" + AtomicFile.temporaryPrefix(for: destination)) }
      )
      #expect(FileManager.default.fileExists(atPath: temporary))
      writer = nil
      #expect(!FileManager.default.fileExists(atPath: temporary))
      #expect(!TemporaryFiles.registered.contains(temporary))
      _ = writer
    }
  }

  /// Made and registered in one step: a path whose making succeeded is registered, one whose making failed is not.
  @Test("create registers what it made, and nothing when making failed")
  func create() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let made = directory + "/.made.incentive-tmp"
      #expect(TemporaryFiles.create(made) { mkdir(made, 0o700) == 0 })
      #expect(TemporaryFiles.registered.contains(made))
      // A folder whose parent is missing cannot be made: nothing registered.
      let again = directory + "/missing-parent/child"
      #expect(!TemporaryFiles.create(again) { mkdir(again, 0o700) == 0 })
      #expect(!TemporaryFiles.registered.contains(again))
      TemporaryFiles.unregister(made)
      #expect(!TemporaryFiles.registered.contains(made))
    }
  }
}

