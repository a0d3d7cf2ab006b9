@testable import IncentiveKit
import Testing

/// Every error a person can cause says how the command ends: exit 2, bad input or usage, and
/// only the option errors ask for the usage line.
@Suite("Errors carry their exit code")
struct UserFacingErrorTests {
  static let period = Period(parsing: "2026-Q3")!

  @Test(
    "each error domain of the library exits 2",
    arguments: [
      (InputError.unreadable(file: "roster.csv", reason: "no such file") as any UserFacingError, false),
      (PlanError.unreadable(file: "plan.json", reason: "no such file"), false),
      (CalculationError.noPeriod, false),
      (SensitivityError.unknownEngineer(id: "E99"), false),
      (LedgerError.unreadable(path: "ledger.jsonl", reason: "locked"), false),
      (OutputError.cannotWrite(path: "out.json", reason: "disk full"), false),
      (PayoutLookupError.notInRoster(id: "E99"), false),
      (OptionError.invalidValue(option: "--format", value: "html", allowed: ["table", "csv", "json"]), true),
    ])
  func exitCodes(error: any UserFacingError, isUsage: Bool) {
    #expect(error.exitCode == 2)
    #expect(error.isUsageError == isUsage)
  }

  @Test("a new error type states its own code, or is bad input (2) by default; usage defaults to no")
  func newType() {
    struct Overdrawn: UserFacingError {
      var exitCode: Int32 { 5 }
      var description: String { "the budget is overdrawn by 12.00 USD" }
    }
    struct Unpaid: UserFacingError {
      var description: String { "no one is paid in 2026-Q4" }
    }
    let errors: [any Error] = [Overdrawn(), Unpaid()]
    #expect(errors.map { ($0 as? any UserFacingError)?.exitCode } == [5, 2])
    #expect(errors.map { ($0 as? any UserFacingError)?.isUsageError } == [false, false])
  }

  @Test(
    "option and lookup messages, word for word",
    arguments: [
      (
        OptionError.invalidValue(option: "--format", value: "markdown", allowed: ["table", "csv", "json"])
          as any UserFacingError,
        "--format: \"markdown\" is not one of table, csv, json"
      ),
      (
        OptionError.malformedValue(option: "--tolerance", value: "-1", expected: "a non-negative amount"),
        "--tolerance: \"-1\" is not a non-negative amount"
      ),
      (PayoutLookupError.notInRoster(id: "E99"), "no engineer \"E99\" in the roster"),
      (
        PayoutLookupError.notEmployed(id: "E16", period: period),
        "E16 was not employed on any day of 2026-07-01 to 2026-09-30"
      ),
    ])
  func messages(error: any UserFacingError, message: String) {
    #expect(error.description == message)
  }
}
