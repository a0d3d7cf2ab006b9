import Foundation
import Testing

/// What a person at a terminal sees, and what a pipe or CI log gets instead.
@Suite("Terminal output: colour, separators, width, progress")
struct TerminalOutputTests {
  static let escape = "\u{1B}["
  /// deployments.csv lines 71-73 and 107 are `staging`, 108 is `dev` (Fixtures/acme/WORKED.md section 10).
  static let deploymentsWarning =
    "warning: Fixtures/acme/deployments.csv: 5 of 107 rows left out, not a production environment (\"staging\" 4, "
    + "\"dev\" 1); first on lines 71, 72, 73, 107, 108\n"

  @Test("a pipe gets no escape codes, from the table or the progress line")
  func pipe() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme"], environment: ["INCENTIVE_PROGRESS_DELAY": "0"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains(Self.escape))
    #expect(result.stderr == Self.deploymentsWarning)
  }

  @Test("a terminal gets a bold header; NO_COLOR turns colour off", .enabled(if: CLIRunner.hasTerminalRunner))
  func color() throws {
    let colored = try CLIRunner.runInTerminal(["calculate", "Fixtures/acme", "--quiet"])
    #expect(colored.stdout.contains("\u{1B}[1mENGINEER  NAME"))
    let plain = try CLIRunner.runInTerminal(["calculate", "Fixtures/acme", "--quiet"], environment: ["NO_COLOR": "1"])
    #expect(plain.stdout.contains("ENGINEER  NAME"))
    #expect(!plain.stdout.contains(Self.escape))
  }

  @Test(
    "a terminal shows the progress line once reading passes the delay; --quiet hides it",
    .enabled(if: CLIRunner.hasTerminalRunner))
  func progress() throws {
    // Fixtures/acme/roster.csv has 16 data rows: its end-of-file report says 16 rows.
    let shown = try CLIRunner.runInTerminal(
      ["calculate", "Fixtures/acme", "--format", "json"], environment: ["INCENTIVE_PROGRESS_DELAY": "0"])
    #expect(shown.stdout.contains("\r\u{1B}[2Kreading Fixtures/acme/roster.csv · 16 rows · "))
    // The line is erased before the report is printed.
    #expect(shown.stdout.contains("\r\u{1B}[2K" + Self.deploymentsWarning + "{\n  \"plan\""))
    let quiet = try CLIRunner.runInTerminal(
      ["calculate", "Fixtures/acme", "--format", "json", "--quiet"], environment: ["INCENTIVE_PROGRESS_DELAY": "0"])
    #expect(!quiet.stdout.contains("reading "))
    #expect(quiet.stdout.hasPrefix(Self.deploymentsWarning + "{\n  \"plan\""))
  }

  @Test(
    "the streamed event files report progress too, with their row counts",
    .enabled(if: CLIRunner.hasTerminalRunner))
  func streamedProgress() throws {
    // deployments.csv is read on the streaming path (chunks on every core), not through
    // TableReader: its reports come from the parallel reader after each chunk.
    let shown = try CLIRunner.runInTerminal(
      ["calculate", "Fixtures/acme", "--format", "json"], environment: ["INCENTIVE_PROGRESS_DELAY": "0"])
    // The count runs over the whole dataset: roster 16 + assignments 8 + incidents 12 (one
    // quoted summary holds a line break) + deployments 107 = 143 rows once deployments.csv ends.
    #expect(shown.stdout.contains("reading Fixtures/acme/deployments.csv · 143 rows · "), "\(shown.stdout.prefix(2000))")
  }

  @Test(
    "a fast run on a terminal shows no progress line with the default one-second delay",
    .enabled(if: CLIRunner.hasTerminalRunner))
  func fastRun() throws {
    let result = try CLIRunner.runInTerminal(["calculate", "Fixtures/acme", "--format", "json"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(Self.deploymentsWarning + "{\n  \"plan\""))
    #expect(!result.stdout.contains("reading "))
  }

  @Test("--no-thousands prints plain amounts")
  func noThousands() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme", "--no-thousands"])
    // expected.json: total 87757.48 over 15 engineers; E01 target 13358.90, payout 16305.34.
    #expect(result.stdout.contains("\nTOTAL            15  87757.48\n"))
    #expect(result.stdout.contains("13358.90") && result.stdout.contains("16305.34"))
    #expect(!result.stdout.contains("87,757.48"))
  }

  @Test("every line of the acme table fits 100 columns; long names end in …")
  func width() throws {
    let result = try CLIRunner.run(["calculate", "Fixtures/acme"])
    let lines = result.stdout.split(separator: "\n")
    let widest = lines.map(\.count).max() ?? 0
    #expect(widest <= 100, "widest line \(widest)")
    // "Marcus Okafor, Jr." (18) no longer fits the NAME column; ids and amounts are whole.
    #expect(result.stdout.contains("Marcus Okafor"))
    #expect(!result.stdout.contains("Marcus Okafor, Jr."))
    #expect(lines.contains { $0.hasPrefix("E02 ") && $0.contains("…") && $0.hasSuffix("4,781.55") })
  }

  /// A name holding OSC 52 (write the clipboard) and a bell, as a roster cell may: a terminal obeys it when a
  /// machine format prints it raw.
  static let hostileName = "Priya\u{1B}]52;c;cm0gLXJmIH4=\u{7}Raman"

  @Test(
    "CSV and JSON on a terminal show a control character in a name as an escape; a pipe gets the bytes as written",
    .enabled(if: CLIRunner.hasTerminalRunner))
  func machineFormatsOnATerminal() throws {
    let dataset = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: "Fixtures/acme", toPath: dataset.path)
    defer { try? FileManager.default.removeItem(at: dataset) }
    let roster = dataset.appendingPathComponent("roster.csv")
    let text = try String(contentsOf: roster, encoding: .utf8)
    try text.replacingOccurrences(of: "Priya Raman", with: Self.hostileName).write(to: roster, atomically: true, encoding: .utf8)
    for format in ["csv", "json", "payroll"] {
      let shown = try CLIRunner.runInTerminal(["calculate", dataset.path, "--format", format, "--quiet"])
      #expect(shown.status == 0)
      #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{7}"), "\(format)")
      // JSON escapes the bell itself (\u0007) and the ESC as \u001b; CSV and payroll carry both raw until shown.
      let expected = format == "json" ? #"Priya\u001b]52;c;cm0gLXJmIH4=\u0007Raman"# : #"Priya\u{1B}]52;c;cm0gLXJmIH4=\u{7}Raman"#
      #expect(shown.stdout.contains(expected), "\(format)")
      let piped = try CLIRunner.run(["calculate", dataset.path, "--format", format, "--quiet"])
      #expect(piped.stdout.contains(format == "json" ? #"Priya\u001b]52;c;cm0gLXJmIH4=\u0007Raman"# : Self.hostileName), "\(format)")
    }
  }
}
