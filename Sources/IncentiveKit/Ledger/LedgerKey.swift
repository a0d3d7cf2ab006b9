import Foundation

/// The secret that seals a keyed ledger's entries with HMAC-SHA-256 (`--key-file FILE`, or the file
/// named by `INCENTIVE_LEDGER_KEY_FILE`). Whoever can edit the ledger but not read the key can no
/// longer rewrite entries with recomputed digests. The key is the file's bytes, less one trailing
/// newline (so `openssl rand -hex 32 > key` works); at least 16 bytes.
public struct LedgerKey: Sendable, Equatable {
  /// The environment variable naming the key file when `--key-file` is not given.
  public static let environmentVariable = "INCENTIVE_LEDGER_KEY_FILE"
  /// Fewer bytes than this are refused: a short key can be guessed offline from one entry.
  static let minimumLength = 16
  /// A key file is small; a larger one is a wrong path (or a device), refused before reading.
  static let maximumFileSize = 4096

  let bytes: [UInt8]

  init(bytes: [UInt8]) { self.bytes = bytes }

  /// Reads the key file.
  ///
  /// - Throws: `LedgerError.badKey` when the file can't be read, is not a regular file, or holds too
  ///   few or too many bytes.
  init(file path: String) throws(LedgerError) {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, limit: Self.maximumFileSize)
    } catch {
      throw .badKey(path: path, reason: error.description)
    }
    let key = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
    guard key.count >= Self.minimumLength else {
      throw .badKey(
        path: path,
        reason: "it holds \(key.count) bytes; a key needs at least \(Self.minimumLength) "
          + "(e.g. `openssl rand -hex 32 > \(path)`)")
    }
    self.bytes = key
  }

  /// `--key-file` when given, else the file `INCENTIVE_LEDGER_KEY_FILE` names, else no key.
  static func resolve(
    keyFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(LedgerError) -> LedgerKey? {
    if let keyFile { return try LedgerKey(file: keyFile) }
    if let named = environment[environmentVariable], !named.isEmpty { return try LedgerKey(file: named) }
    return nil
  }
}
