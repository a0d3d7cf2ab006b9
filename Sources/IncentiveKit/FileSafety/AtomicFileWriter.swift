#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written as it is produced, yet replaced all at once: bytes go to a hidden temporary file
/// beside the destination (`AtomicFile`'s protocol), and only `commit()` makes them the file. A
/// writer that is dropped without committing (an error half-way, a thrown check) removes its
/// temporary file, so no half-written report full of someone's pay is ever left under either name.
///
/// Output that grows with people or events (a report for 100,000 engineers, a generated dataset)
/// streams through one of these instead of being built whole in memory.
@_spi(Synthetic) public final class AtomicFileWriter {
  public let path: String
  private let directory: String
  private let temporary: String
  private let mode: mode_t
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var committed = false
  /// Bytes handed to the kernel so far, and how many of them it was asked to start writing to disk.
  private var written = 0
  private(set) var writebackStarted = 0
  /// Bytes are handed to the kernel a megabyte at a time.
  private static let flushThreshold = 1 << 20
  /// A piece this large is handed to the kernel without being buffered (`write(_:)`).
  private static let directWrite = 1 << 16
  /// How much of the file may wait in memory for `commit()`'s sync before the kernel is asked to start writing it.
  private static let writebackStep = 8 << 20

  /// Creates the temporary file (mode 0600 until `commit()` sets `mode`).
  ///
  /// - Throws: `OutputError.cannotCreate` when the folder can't take a new file.
  public init(path: String, mode: mode_t) throws(OutputError) {
    AtomicFile.removeStaleTemporaries(for: path)
    self.path = path
    self.mode = mode
    directory = POSIXIO.directory(of: path)
    let created = try AtomicFile.createTemporary(for: path, in: directory)
    (descriptor, temporary) = (created.descriptor, created.path)
    // The file this one will replace: its cached pages let go of meanwhile, on an idle core.
    ReplacedFileCache.release(path, found: created.replacing)
    buffer.reserveCapacity(Self.flushThreshold)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !committed { unlink(temporary) }
    TemporaryFiles.unregister(temporary)
  }

  public func write(_ bytes: some Collection<UInt8>) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// A piece as large as `directWrite` with nothing buffered before it goes to the kernel as it is: the JSON report
  /// hands over its 64 KB pieces, and copying them into the buffer first copied 171 MB once more for 100,000 people.
  func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    if buffer.isEmpty, bytes.count >= Self.directWrite { return try writeOut(bytes) }
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func write(_ text: String) throws(OutputError) {
    try write(text.utf8)
  }

  /// Flushes, syncs, sets the mode, renames over the destination and syncs the folder.
  public func commit() throws(OutputError) {
    do {
      try commit(interruption: { _ in })
    } catch let error as OutputError {
      throw error
    } catch {
      throw .cannotWrite(path: path, reason: "\(error)")
    }
  }

  /// `commit()` with `beforeReplacing` run once the contents are written, synced and given their mode,
  /// just before the rename: what it records (a ledger entry) then describes a file that is complete.
  /// An error it throws leaves the old file in place and removes the temporary one.
  func commit(beforeReplacing: () throws -> Void) throws {
    try commit(interruption: { stage in
      if stage == .setMode { try beforeReplacing() }
    })
  }

  /// `commit()` with a hook after each stage, so tests can fail the protocol between any two.
  func commit(interruption: (AtomicFile.Stage) throws -> Void) throws {
    try flush()
    try interruption(.wroteContents)
    guard fsync(descriptor) == 0 else {
      throw OutputError.cannotWrite(path: path, reason: POSIXFailure.current().text)
    }
    try interruption(.syncedContents)
    // fchmod is not subject to the umask, so the file ends with exactly `mode`.
    guard fchmod(descriptor, mode) == 0 else {
      throw OutputError.cannotSetMode(path: path, mode: UInt32(mode), reason: POSIXFailure.current().text)
    }
    try interruption(.setMode)
    let closing = descriptor
    descriptor = -1
    guard close(closing) == 0 else {
      throw OutputError.cannotWrite(path: path, reason: POSIXFailure.current().text)
    }
    guard rename(temporary, path) == 0 else {
      throw OutputError.cannotReplace(path: path, reason: POSIXFailure.current().text)
    }
    committed = true
    do {
      try POSIXIO.syncDirectory(directory)
    } catch {
      throw OutputError.notDurable(path: path, reason: error.text)
    }
  }

  private func flush() throws(OutputError) {
    guard !buffer.isEmpty else { return }
    var failure: OutputError?
    buffer.withUnsafeBytes { bytes in
      do throws(OutputError) { try writeOut(bytes) } catch { failure = error }
    }
    if let failure { throw failure }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Hands `bytes` to the kernel, after everything before them.
  private func writeOut(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    do {
      try POSIXIO.writeAll(descriptor, bytes)
    } catch {
      throw .cannotWrite(path: path, reason: error.text)
    }
    written += bytes.count
    startWriteback()
  }

  /// Asks the kernel to start writing what this file has so far, 8 MB at a time, without waiting for it: the disk
  /// works while the report is still being made, and `commit()`'s `fsync` waits for the last few megabytes, not the
  /// whole file (171 MB for 100,000 engineers: 67 ms of waiting at the end of the run). Only a hint: the `fsync`
  /// still decides durability, so a kernel that ignores it, or a platform without it, changes nothing but time.
  private func startWriteback() {
    guard written - writebackStarted >= Self.writebackStep else { return }
    #if os(Linux)
      _ = syncFileRange(descriptor, Int64(writebackStarted), Int64(written - writebackStarted), syncFileRangeWrite)
    #endif
    writebackStarted = written
  }
}

#if os(Linux)
  // fcntl.h's `sync_file_range`, which the Glibc module does not export: declared by its C symbol.
  @_silgen_name("sync_file_range")
  private func syncFileRange(_ descriptor: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32) -> Int32
  /// `SYNC_FILE_RANGE_WRITE`: start writing the range's dirty pages, wait for nothing.
  private let syncFileRangeWrite: UInt32 = 2
#endif
