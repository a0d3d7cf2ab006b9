import Foundation
import Testing

@testable import IncentiveKit

/// `statement --all --output DIR` into a folder that exists: the folder ends entirely old or entirely new.
/// Files used to be renamed into it one by one, so a failure left a mix of new and old statements, and a
/// successful rerun kept the statement of someone no longer paid.
@Suite("StatementFolder: the whole folder or nothing")
struct StatementFolderTests {
  /// A fresh parent folder, and the path of `statements` inside it.
  static func scratch() throws -> (parent: String, folder: String) {
    let parent = NSTemporaryDirectory() + "statement-folder-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: false)
    return (parent, parent + "/statements")
  }

  static func write(_ files: [(String, String)], into folder: String) throws {
    try StatementFolder.write(into: folder) { add in
      for (name, text) in files { try add(name, Array(text.utf8)) }
    }
  }

  static func contents(_ folder: String) throws -> [String: String] {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != StatementFolder.manifestName {
      files[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }
    return files
  }

  static func mode(_ path: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
  }

  struct Stop: Error {}

  @Test("a new folder gets mode 0700 and its files 0600")
  func newFolder() throws {
    let (parent, folder) = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try Self.write([("E1.txt", "one"), ("E2.txt", "two")], into: folder)
    #expect(try Self.contents(folder) == ["E1.txt": "one", "E2.txt": "two"])
    #expect(try Self.mode(folder) == 0o700)
    #expect(try Self.mode(folder + "/E1.txt") == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["statements"])
  }

  @Test("a rerun replaces the whole folder: no statement of someone no longer paid, the folder's mode kept")
  func rerunDropsStale() throws {
    let (parent, folder) = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try Self.write([("E1.txt", "old one"), ("E2.txt", "old two"), ("E3.txt", "old three")], into: folder)
    #expect(chmod(folder, 0o750) == 0)
    try Self.write([("E1.txt", "new one"), ("E2.txt", "new two")], into: folder)
    #expect(try Self.contents(folder) == ["E1.txt": "new one", "E2.txt": "new two"])
    #expect(try Self.mode(folder) == 0o750)
    #expect(try Self.mode(folder + "/E2.txt") == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["statements"])
  }

  @Test("a failure half-way leaves the old folder exactly as it was, and nothing beside it")
  func failureKeepsOld() throws {
    let (parent, folder) = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try Self.write([("E1.txt", "old one"), ("E2.txt", "old two")], into: folder)
    #expect(throws: Stop.self) {
      try StatementFolder.write(into: folder) { add in
        try add("E1.txt", Array("new one".utf8))
        throw Stop()
      }
    }
    #expect(try Self.contents(folder) == ["E1.txt": "old one", "E2.txt": "old two"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["statements"])
  }

  @Test(
    "a folder holding anything but statements is refused before anything is written",
    arguments: ["notes.docx", ".hidden.txt", "E2.txt/", "plan.json", "notes.txt", "expected.json"])
  func otherFiles(entry: String) throws {
    let (parent, folder) = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try Self.write([("E1.txt", "old one")], into: folder)
    let name = entry.hasSuffix("/") ? String(entry.dropLast()) : entry
    if entry.hasSuffix("/") {
      try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: false)
    } else {
      try "keep me".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }
    var produced = false
    #expect(throws: OutputError.folderHoldsOtherFiles(path: folder, entry: name)) {
      try StatementFolder.write(into: folder) { add in
        produced = true
        try add("E1.txt", Array("new one".utf8))
      }
    }
    #expect(!produced)
    #expect(FileManager.default.fileExists(atPath: folder + "/" + name))
    #expect(try String(contentsOfFile: folder + "/E1.txt", encoding: .utf8) == "old one")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["statements"])
  }

  @Test("a folder without the list of what statement --all wrote is refused unless empty: its files are not ours")
  func folderWithoutList() throws {
    let (parent, folder) = try Self.scratch()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    // Empty: taken, and replaced whole.
    try Self.write([("E1.txt", "one")], into: folder)
    #expect(try Self.contents(folder) == ["E1.txt": "one"])
    #expect(
      try String(contentsOfFile: folder + "/" + StatementFolder.manifestName, encoding: .utf8) == "E1.txt\n")
    // The same names, but no list: a plan and a golden file beside them stay, and so does everything else.
    try FileManager.default.removeItem(atPath: folder + "/" + StatementFolder.manifestName)
    try "{}".write(toFile: folder + "/plan.json", atomically: false, encoding: .utf8)
    #expect(throws: OutputError.folderHoldsOtherFiles(path: folder, entry: "E1.txt")) {
      try Self.write([("E1.txt", "new")], into: folder)
    }
    #expect(try Self.contents(folder) == ["E1.txt": "one", "plan.json": "{}"])
  }
}
