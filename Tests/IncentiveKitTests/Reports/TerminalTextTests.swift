import Foundation
import TestSupport
import Testing

@testable import IncentiveKit

@Suite("Control characters from the data never act on a terminal")
struct TerminalTextTests {
  @Test(
    "control characters, DEL, C1 and bidi overrides are escaped; other text is untouched",
    arguments: [
      ("\u{1B}[8mhidden", "\\u{1B}[8mhidden"),
      ("a\rb", "a\\u{D}b"),
      ("a\nb", "a\\u{A}b"),
      ("tab\there", "tab\\u{9}here"),
      ("\u{7F}\u{9B}", "\\u{7F}\\u{9B}"),
      ("evil\u{202E}txt.exe", "evil\\u{202E}txt.exe"),
      ("Tomás Herrera", "Tomás Herrera"),
      ("back\\slash", "back\\slash"),
    ])
  func escaped(text: String, expected: String) {
    #expect(TerminalText.escaped(text) == expected)
    #expect(TerminalText.escaped(expected) == expected, "escaping twice changes nothing")
  }

  @Test(
    "a machine format for a terminal keeps its line feeds and a CR before one, and escapes every other control",
    arguments: [
      ("a,b\nc,d\n", "a,b\nc,d\n"),
      ("a,b\r\nc\u{1B}]52;c;x\u{7},d\r\n", "a,b\r\nc\\u{1B}]52;c;x\\u{7},d\r\n"),
      ("mid\rline\n", "mid\\u{D}line\n"),
      ("\"x\u{202E}y\"\n\n", "\"x\\u{202E}y\"\n\n"),
      ("no line end\t", "no line end\\u{9}"),
    ])
  func escapedLines(text: String, expected: String) {
    #expect(TerminalText.escapedLines(text) == expected)
  }

  /// What the audit found: `E0\u{200B}4` showed exactly like `E04` in the table, HTML and Markdown. Every
  /// Bidi_Control and Default_Ignorable_Code_Point scalar, and the line and paragraph separators, now show.
  @Test(
    "bidirectional controls, invisible scalars and U+2028/U+2029 are escaped; visible marks are not",
    arguments: [
      ("E0\u{200B}4", "E0\\u{200B}4"),
      ("a\u{200C}b\u{200D}c", "a\\u{200C}b\\u{200D}c"),
      ("a\u{200E}b\u{200F}c\u{61C}", "a\\u{200E}b\\u{200F}c\\u{61C}"),
      ("x\u{2067}y\u{2069}", "x\\u{2067}y\\u{2069}"),
      ("soft\u{AD}hyphen", "soft\\u{AD}hyphen"),
      ("cgj\u{34F}", "cgj\\u{34F}"),
      ("\u{115F}\u{180B}\u{180F}", "\\u{115F}\\u{180B}\\u{180F}"),
      ("\u{2060}\u{2064}\u{206F}", "\\u{2060}\\u{2064}\\u{206F}"),
      ("=\u{FE0F}\u{FE00}", "=\\u{FE0F}\\u{FE00}"),
      ("\u{FEFF}E04", "\\u{FEFF}E04"),
      ("tag\u{E0041}\u{E0FFF}", "tag\\u{E0041}\\u{E0FFF}"),
      ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
      // Format characters Unicode does not call ignorable, which a browser and glibc's wcwidth draw as nothing (the
      // second audit): interlinear annotation, Egyptian hieroglyph format controls, Arabic number signs, and others.
      ("E0\u{FFF9}4\u{FFFA}\u{FFFB}", "E0\\u{FFF9}4\\u{FFFA}\\u{FFFB}"),
      ("\u{13430}\u{13438}", "\\u{13430}\\u{13438}"),
      ("\u{600}\u{605}\u{6DD}\u{70F}\u{8E2}\u{110BD}", "\\u{600}\\u{605}\\u{6DD}\\u{70F}\\u{8E2}\\u{110BD}"),
      ("e\u{301} \u{915}\u{903} 日本 Ｅ04", "e\u{301} \u{915}\u{903} 日本 Ｅ04"),
    ])
  func invisibleScalars(text: String, expected: String) {
    #expect(TerminalText.escaped(text) == expected)
    #expect(TerminalText.escaped(expected) == expected, "escaping twice changes nothing")
  }

  @Test("calculate's table shows an escape sequence in a name as text, on the name's own row")
  func tableOutput() throws {
    let dataset = try TemporaryDataset(
      copying: WorkflowFixtures.acme,
      editing: ["roster.csv": { $0.replacingOccurrences(of: "E04,Daniel Cho,", with: "E04,\"Daniel\u{1B}[8m Cho\",") }])
    let result = try CalculateWorkflow.run(.init(run: RunOptions(dataset: dataset.path)), notices: { _ in })
    #expect(!result.output.contains("\u{1B}"))
    // The name column is abbreviated to fit, so only its start is checked.
    #expect(result.output.contains("E04       Daniel\\u{"))
  }

  @Test("ledger history escapes a user and a reason holding escape sequences and line breaks")
  func ledgerHistory() throws {
    try GovernanceFixtures.withScratchDirectory { directory in
      let ledger = Ledger(path: directory + "/ledger.jsonl")
      var entry = GovernanceFixtures.entry(minute: 0, reason: "fix\u{1B}[2J\nline 2: forged")
      entry.user = "eve\u{1B}[8m"
      try ledger.append(entry)
      let text = try LedgerWorkflow.history(ledger.path).output
      #expect(!text.contains("\u{1B}"))
      #expect(text.contains("eve\\u{1B}[8m"))
      #expect(text.contains("fix\\u{1B}[2J\\u{A}line 2: forged"))
      // Header and one row: the reason's newline did not make a line of its own.
      #expect(text.split(separator: "\n").count == 2)
    }
  }
}
