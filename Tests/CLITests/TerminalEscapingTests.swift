import Foundation
import Testing

/// Standard error end to end: a value with a line feed, `ESC[2J` and U+202E, from a cell or an
/// option, is shown escaped inside its message, which stays one line; the usage line after a usage
/// error is still a line of its own.
@Suite("Standard error shows data and arguments escaped, end to end")
struct TerminalEscapingTests {
  static let hostile = "x\n\u{1B}[2J\u{202E}y"
  static let shown = "x\\u{A}\\u{1B}[2J\\u{202E}y"
  static let warning = TerminalOutputTests.deploymentsWarning
  static let calculateUsage =
    "usage: incentive calculate [DATASET] [--plan FILE] [--period PERIOD] [--quiet] [--strict] [--source devlake DIR] "
    + "[--share] [--format table|csv|json|markdown|html|payroll] [--excel] [--output FILE] [--no-thousands] [--detail] "
    + "[--ledger FILE] [--reason TEXT] [--key-file FILE]\nSee 'incentive calculate --help'.\n"

  @Test(
    "an option's value or a stray argument is escaped in the error it causes",
    arguments: [
      (
        ["explain", "Fixtures/acme", "--engineer", hostile],
        warning + "error: no engineer \"\(shown)\" in the roster\n"
      ),
      (
        ["sensitivity", "Fixtures/acme", "--team", hostile],
        "error: no one is paid on team \"\(shown)\" in this period; teams: mobile, payments, platform\n"
      ),
      (
        // Headers are matched in lower case, so the column asked for is named lowered: [2j.
        ["audit", "bias", "Fixtures/acme", "--attribute", hostile],
        warning + "error: Fixtures/acme/demographics.csv:1: missing required column \"x\\u{A}\\u{1B}[2j\\u{202E}y\"\n"
      ),
      (
        ["calculate", "Fixtures/acme", "--period", hostile],
        "error: --period: \"\(shown)\" is not one of YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM, FROM..TO\n" + calculateUsage
      ),
      (["calculate", "Fixtures/acme", hostile], "error: unexpected argument \"\(shown)\"\n" + calculateUsage),
    ])
  func argument(arguments: [String], expected: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr == expected)
  }

  @Test("a line feed in a roster cell can't forge a second error line")
  func forgedErrorLine() throws {
    let directory = try CLIRunner.copyFixture("acme")
    defer { try? FileManager.default.removeItem(at: directory) }
    // E01 is roster line 2; start_date is its 9th field.
    try CLIRunner.edit(
      directory, "roster.csv", replacing: "2019-04-15",
      with: "\"2019-04-15\nerror: E02 is not on the roster; nothing was calculated\"")
    let result = try CLIRunner.run(["calculate", directory.path])
    #expect(result.status == 2)
    #expect(
      result.stderr == "error: \(directory.path)/roster.csv:2:9: start_date: \"2019-04-15\\u{A}error: E02 is not on "
        + "the roster; nothing was calculated\" is not a date (YYYY-MM-DD)\n")
  }
}
