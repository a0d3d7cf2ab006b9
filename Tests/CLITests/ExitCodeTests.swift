import ArgumentParsing
@testable import IncentiveKit
import Testing

@testable import incentive

/// The command line takes an error's exit code and text from `UserFacingError`, with no list of
/// error types: a new type that adopts the protocol exits with its own code.
@Suite("Exit codes come from the error")
struct ExitCodeTests {
  /// An error type the CLI has never heard of.
  struct QuotaExceeded: UserFacingError {
    var exitCode: Int32 { 4 }
    var description: String { "the monthly quota of 3 runs is used up" }
  }

  /// A new usage-like error, shown with the usage line.
  struct BadCombination: UserFacingError {
    var exitCode: Int32 { 2 }
    var isUsageError: Bool { true }
    var description: String { "--a and --b do not go together" }
  }

  /// An error that does not adopt the protocol: a bug.
  struct Unexpected: Error {}

  static let calculateUsage =
    "usage: incentive calculate [DATASET] [--plan FILE] [--period PERIOD] [--quiet] [--strict] "
    + "[--source devlake DIR] [--share] [--format table|csv|json|markdown|html] [--output FILE] [--no-thousands] "
    + "[--ledger FILE] [--reason TEXT]\nSee 'incentive calculate --help'.\n"

  @Test("a new error type exits with its own code and prints its message alone")
  func newErrorType() {
    #expect(CLI.exitCode(for: QuotaExceeded()) == 4)
    #expect(
      CLI.message(for: QuotaExceeded(), arguments: ["calculate"]) == "error: the monthly quota of 3 runs is used up\n")
  }

  @Test("a new usage error is followed by the command's usage line")
  func newUsageError() {
    #expect(CLI.exitCode(for: BadCombination()) == 2)
    #expect(
      CLI.message(for: BadCombination(), arguments: ["calculate", "x"])
        == "error: --a and --b do not go together\n" + Self.calculateUsage)
  }

  @Test("the parser's usage errors exit 2 with the usage line, or the tool's help hint without a command")
  func usageError() {
    let error = UsageError.unknownOption("--fromat", suggestion: "--format")
    #expect(CLI.exitCode(for: error) == 2)
    #expect(
      CLI.message(for: error, arguments: ["calculate", "--fromat"])
        == "error: unknown option --fromat; did you mean --format?\n" + Self.calculateUsage)
    let command = UsageError.unknownCommand("calcualte", suggestion: "calculate")
    #expect(
      CLI.message(for: command, arguments: ["calcualte"])
        == "error: unknown command calcualte; did you mean calculate?\nSee 'incentive --help'.\n")
  }

  @Test("a library error exits 2 with its message and no usage line")
  func libraryError() {
    let error = InputError.unreadable(file: "roster.csv", reason: "no such file")
    #expect(CLI.exitCode(for: error) == 2)
    #expect(CLI.message(for: error, arguments: ["calculate"]) == "error: \(error)\n")
  }

  @Test("an error that does not adopt the protocol is an internal error, exit 3")
  func internalError() {
    #expect(CLI.exitCode(for: Unexpected()) == 3)
    #expect(CLI.message(for: Unexpected(), arguments: ["calculate"]).hasPrefix("internal error: "))
  }
}
