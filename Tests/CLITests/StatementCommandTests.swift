import Foundation
import Testing

@Suite("incentive statement, end to end")
struct StatementCommandTests {
  /// Every roster row of Fixtures/acme: (engineer_id, name).
  static func roster(_ directory: URL = CLIRunner.root.appendingPathComponent("Fixtures/acme")) throws -> [(
    String, String
  )] {
    let text = try String(contentsOf: directory.appendingPathComponent("roster.csv"), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map { line in
      // The name is field 2; one name is quoted because it holds a comma.
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if fields[1].hasPrefix("\"") {
        return (fields[0], (fields[1] + "," + fields[2]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
      }
      return (fields[0], fields[1])
    }
  }

  /// All strings of a JSON document (keys and values), so escaped characters can't hide a name.
  static func strings(inJSON text: String) throws -> String {
    func collect(_ value: Any) -> [String] {
      if let string = value as? String { return [string] }
      if let array = value as? [Any] { return array.flatMap(collect) }
      if let object = value as? [String: Any] { return object.flatMap { [$0.key] + collect($0.value) } }
      return []
    }
    return collect(try JSONSerialization.jsonObject(with: Data(text.utf8))).joined(separator: "\n")
  }

  @Test(
    "with --all, every acme roster row's statement (every format) names no other engineer",
    arguments: ["text", "markdown", "html", "json"])
  func noOneElse(format: String) throws {
    let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "statements-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run([
      "statement", "Fixtures/acme", "--all", "--format", format, "--output", directory.path,
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let roster = try Self.roster()
    #expect(roster.count == 16)
    let ext = ["text": "txt", "markdown": "md", "html": "html", "json": "json"][format]!
    for (id, name) in roster {
      let path = directory.appendingPathComponent("\(id).\(ext)").path
      guard id != "E16" else {
        // E16 left before the period: no payout, so no statement.
        #expect(!FileManager.default.fileExists(atPath: path))
        continue
      }
      let raw = try String(contentsOfFile: path, encoding: .utf8)
      let text = format == "json" ? try Self.strings(inJSON: raw) : raw
      #expect(text.contains(id) && text.contains(name), "\(id)'s own statement should name them")
      for (otherID, otherName) in roster where otherID != id {
        #expect(!text.contains(otherID), "\(id)'s \(format) statement mentions \(otherID)")
        #expect(!text.contains(otherName), "\(id)'s \(format) statement mentions \(otherName)")
      }
    }
  }

  @Test("--all writes one file per paid person, each with mode 0600")
  func allFilesPrivate() throws {
    let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "statements-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["statement", "Fixtures/acme", "--all", "--output", directory.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    // 16 roster rows, E16 not employed in the period: 15 files E01.txt ... E15.txt, and the folder's list of them.
    #expect(files == [".incentive-statements"] + (1...15).map { String(format: "E%02d.txt", $0) })
    #expect(
      try String(contentsOf: directory.appendingPathComponent(".incentive-statements"), encoding: .utf8)
        == (1...15).map { String(format: "E%02d.txt\n", $0) }.joined())
    for file in files {
      let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(file)")
    }
  }

  @Test("E04's statement shows the figures of Fixtures/acme/WORKED.md and their own teams only")
  func figures() throws {
    let result = try CLIRunner.run(["statement", "Fixtures/acme", "--engineer", "E04"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // Target 171,000 × 12.5 % × 92/365 = 5,387.67; multiplier 1.137515; payout 6,128.56.
    for figure in ["5,387.67", "1.137515", "6,128.56", "92 of 92 days"] {
      #expect(result.stdout.contains(figure), "missing \(figure)")
    }
    // Moved mobile → platform on 08-10: 40 + 52 credited days, blended.
    #expect(result.stdout.contains("Team mobile: 40 of your days are credited to this team"))
    #expect(result.stdout.contains("Team platform: 52 of your days are credited to this team"))
    #expect(result.stdout.contains("(40 × 0.8870 + 52 × 1.0087) / 92"))
    #expect(!result.stdout.contains("Team payments"))
  }

  @Test(
    "eligibility, guards and the cap are explained in words",
    arguments: [
      ("E07", "your own oncall_shifts had to be at least 2; yours was 1, so this component pays 0."),
      (
        "E07",
        "Counter-metric substantive_review_ratio must be at least 0.25; it was 0.24, so this part is capped at 1."
      ),
      ("E10", "the components add up to 1.50535, above the plan's cap of 1.5"),
      ("E11", "your move to mobile on 2026-09-14 came within the plan's cooling-off window"),
      ("E13", "had no value; the plan pays a missing value as zero."),
    ])
  func plainWords(id: String, phrase: String) throws {
    let result = try CLIRunner.run(["statement", "Fixtures/acme", "--engineer", id])
    #expect(result.status == 0)
    #expect(result.stdout.contains(phrase), "\(id): \(result.stdout)")
  }

  @Test("an adjustment's approver and free-text reason never reach the statement; the date does")
  func redactsAdjustments() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    try
      "engineer_id,component,multiplier,amount,reason,approved_by,date,period\nE04,reviews,1.2,,matched olivia's 1.5 rating; per hannah becker,E08,2026-10-05,\n"
      .write(to: directory.appendingPathComponent("adjustments.csv"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["statement", directory.path, "--engineer", "E04"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout.contains(
        "Adjusted from 1.5000 to 1.2000 (approved on 2026-10-05; the reason is on file with your manager)."))
    for leak in ["E08", "hannah", "Hannah", "olivia", "Olivia", "1.5 rating"] { #expect(!result.stdout.contains(leak), "\(leak)") }
  }

  @Test("HTML is one self-contained page with every value escaped")
  func html() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let rosterURL = directory.appendingPathComponent("roster.csv")
    let roster = try String(contentsOf: rosterURL, encoding: .utf8)
      .replacingOccurrences(of: "E04,Daniel Cho,", with: "E04,\"Daniel <b>Cho</b> & \"\"Co\"\"\",")
    try roster.write(to: rosterURL, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["statement", directory.path, "--engineer", "E04", "--format", "html"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.contains("Daniel &lt;b&gt;Cho&lt;/b&gt; &amp; &quot;Co&quot;"))
    #expect(!result.stdout.contains("<b>"))
    #expect(!result.stdout.contains("<script") && !result.stdout.contains("src=") && !result.stdout.contains("href="))
  }

  @Test(
    "usage and input errors exit 2 without output",
    arguments: [
      // E99 is one edit (9 → 0) from E09 and two from E19…: only E09 of acme's E01–E16 is that close.
      (["statement", "Fixtures/acme", "--engineer", "E99"], "no engineer \"E99\" in the roster; did you mean E09?"),
      // e10 differs from E10 only in case, which the suggestion ignores.
      (["explain", "Fixtures/acme", "--engineer", "e10"], "no engineer \"e10\" in the roster; did you mean E10?"),
      // Nothing on acme's roster is within two edits of "nobody": no suggestion.
      (["explain", "Fixtures/acme", "--engineer", "nobody"], "no engineer \"nobody\" in the roster\n"),
      (["statement", "Fixtures/acme", "--engineer", "E16"], "E16 was not employed"),
      (["statement", "Fixtures/acme"], "give either --engineer ID or --all"),
      (["statement", "Fixtures/acme", "--all"], "missing required option --output"),
      (["statement", "Fixtures/acme", "--engineer", "E04", "--format", "pdf"], "is not one of"),
    ])
  func errors(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
  }
}

extension StatementCommandTests {
  /// Signals at delays across the second half of the run, 60 times: the clean-up empties the staging folder file by
  /// file, and a rename of the folder in the middle of that published 2 to 9 of the 15 files in about one run in
  /// fifteen (60 runs of the old release build: 4 partial folders). Publishing now waits for the clean-up or never
  /// happens.
  @Test("SIGTERM during statement --all leaves neither statements nor temporary files")
  func terminated() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("statements")
    // The signals are spread over the run's own length (a debug build's is several times a release build's), from
    // half of it to a little past its end, where the staging folder is full and renamed.
    let started = DispatchTime.now().uptimeNanoseconds
    #expect(try CLIRunner.run(["statement", directory.path, "--all", "--output", output.path]).status == 0)
    let length = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000
    for attempt in 0..<60 {
      try? FileManager.default.removeItem(at: output)
      let process = Process()
      process.executableURL = CLIRunner.binary
      process.arguments = ["statement", directory.path, "--all", "--output", output.path]
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32(length * (0.5 + Double(attempt) / 100)))
      process.terminate()
      process.waitUntilExit()
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      #expect(!names.contains { $0.contains("incentive-tmp") }, "attempt \(attempt): \(names)")
      // Either the run finished before the signal (all 15 statements and the folder's list of them) or it left
      // nothing.
      let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
      #expect(written.isEmpty || written.count == 16, "attempt \(attempt): \(written)")
    }
  }

  @Test("SIGTERM while statements are being written removes the half-filled staging folder, pay data and all")
  func terminatedWhileWriting() throws {
    // 3,000 people: their statements take a second or more to write, so the signal lands while files are added.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-sigterm-" + UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: directory) }
    let dataset = directory.appendingPathComponent("org")
    let generated = try CLIRunner.run([
      "generate", dataset.path, "--engineers", "3000", "--events", "20000", "--seed", "3",
    ])
    #expect(generated.status == 0)
    let output = dataset.appendingPathComponent("statements")
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["statement", dataset.path, "--all", "--output", output.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Until the staging folder holds a hundred statements: with that many, the old handler's removal, racing the
    // writer adding more, failed and left the folder behind on every try.
    var staged = false
    for _ in 0..<20_000 where !staged {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dataset.path)) ?? []
      if let folder = names.first(where: { $0.contains("incentive-tmp") }) {
        let path = dataset.appendingPathComponent(folder).path
        staged = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).count >= 100
      }
      if !staged { usleep(500) }
    }
    #expect(staged, "the statements were written before the signal could land among them")
    process.terminate()
    process.waitUntilExit()
    let names = try FileManager.default.contentsOfDirectory(atPath: dataset.path)
    #expect(!names.contains { $0.contains("incentive-") }, "\(names)")
    if staged {
      #expect(process.terminationStatus == 128 + SIGTERM)
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }
}

/// `statement --all --output DIR` into a folder that exists: entirely the old statements or entirely the new ones.
@Suite("incentive statement --all into an existing folder")
struct StatementFolderCommandTests {
  static let plan = PayrollStagingTests.plan
  static let header = "engineer_id,name,team,role,start_date,base_salary,target_bonus_pct\n"

  /// A scratch dataset of three people at 100,000, 110,000 and 120,000 (10 %), and its statements folder.
  static func scratch() throws -> (URL, String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-st-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try plan.write(to: directory.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
    try roster(percent: 10).write(to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    return (directory, directory.appendingPathComponent("statements").path)
  }

  static func roster(percent: Int, thirdStarts: String = "2020-01-01") -> String {
    header + "E1,Ann,alpha,ic,2020-01-01,100000,\(percent)\nE2,Bob,alpha,ic,2020-01-01,110000,\(percent)\n"
      + "E3,Cid,alpha,ic,\(thirdStarts),120000,\(percent)\n"
  }

  /// Each regular file's "Target bonus" figure.
  static func targets(_ folder: String) throws -> [String: String] {
    var targets: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
      if isFolder.boolValue { continue }
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      let line = text.split(separator: "\n").first { $0.hasPrefix("Target bonus") } ?? ""
      targets[name] = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first.map(String.init)
    }
    return targets
  }

  @Test("a folder one statement can't replace (a folder named E2.txt) is refused whole: every old statement stays")
  func unreplaceable() throws {
    let (directory, statements) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CLIRunner.run(["statement", directory.path, "--all", "--output", statements]).status == 0)
    // 100,000 / 110,000 / 120,000 × 10 % × 92/365 = 2,520.55 / 2,772.60 / 3,024.66.
    #expect(try Self.targets(statements) == ["E1.txt": "2,520.55", "E2.txt": "2,772.60", "E3.txt": "3,024.66"])
    try Self.roster(percent: 12).write(
      to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: statements + "/E2.txt")
    try FileManager.default.createDirectory(atPath: statements + "/E2.txt", withIntermediateDirectories: false)
    let result = try CLIRunner.run(["statement", directory.path, "--all", "--output", statements])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: \(statements): the folder holds \"E2.txt\", which statement --all did not write there; statements "
        + "replace their folder whole, so choose a new or empty folder, or one holding only earlier statements "
        + "(nothing in it was changed)\n")
    #expect(try Self.targets(statements) == ["E1.txt": "2,520.55", "E3.txt": "3,024.66"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "plan.json", "roster.csv", "statements",
      ])
  }

  @Test("a rerun leaves no statement of someone no longer paid, and the new ones at 12 % with mode 0600")
  func staleRemoved() throws {
    let (directory, statements) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CLIRunner.run(["statement", directory.path, "--all", "--output", statements]).status == 0)
    // E3 now starts after the period: not paid, no statement. 12 %: 3,024.66 and 3,327.12.
    try Self.roster(percent: 12, thirdStarts: "2026-10-01").write(
      to: directory.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["statement", directory.path, "--all", "--output", statements])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "wrote 2 statements to \(statements)\n")
    #expect(try Self.targets(statements) == ["E1.txt": "3,024.66", "E2.txt": "3,327.12"])
    for name in ["E1.txt", "E2.txt"] {
      let attributes = try FileManager.default.attributesOfItem(atPath: statements + "/" + name)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
    let attributes = try FileManager.default.attributesOfItem(atPath: statements)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "plan.json", "roster.csv", "statements",
      ])
  }

  @Test("--output . (the folder the command runs in) is refused: swapped whole, it would leave the shell in a deleted folder")
  func currentFolder() throws {
    let (directory, _) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run(["statement", directory.path, "--all", "--output", "."], in: directory)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: .: cannot replace the file: it is the current folder or holds it, and statements replace their folder "
        + "whole; give another folder, e.g. --output statements; the previous file, if any, is unchanged\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["plan.json", "roster.csv"])
  }

  @Test("an input of the run in the folder is never removed by the swap, even when the folder's list names it")
  func listNamingAnInput() throws {
    let (directory, statements) = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try CLIRunner.run(["statement", directory.path, "--all", "--output", statements]).status == 0)
    let plan = statements + "/plan.json"
    try FileManager.default.copyItem(atPath: directory.appendingPathComponent("plan.json").path, toPath: plan)
    let list = statements + "/.incentive-statements"
    try (String(contentsOfFile: list, encoding: .utf8) + "plan.json\n").write(toFile: list, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["statement", directory.path, "--all", "--plan", plan, "--output", statements])
    #expect(result.status == 2)
    #expect(result.stderr.contains("the folder holds \"plan.json\""), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: plan))
  }
}
