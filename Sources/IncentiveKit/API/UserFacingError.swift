/// An error about what a person gave (a file, a plan, an option, a ledger), whose text says what
/// is wrong and what would be right, and which knows the exit status it ends the command with.
///
/// The command line prints `description` and exits with `exitCode`; an error that does not adopt
/// this protocol is a bug and exits 3 (SPEC section 6). A new error type that adopts it needs no
/// change anywhere else.
public protocol UserFacingError: Error, CustomStringConvertible {
  /// The process exit status: 2 for bad input or usage (SPEC section 6).
  var exitCode: Int32 { get }
  /// Whether the error is about how the command was called, so the command's usage line helps
  /// the person more than the message alone.
  var isUsageError: Bool { get }
}

extension UserFacingError {
  /// Bad input or usage: what SPEC section 6 gives anything a person got wrong.
  public var exitCode: Int32 { 2 }
  public var isUsageError: Bool { false }
}

// The library's error domains, every one about input a person gave: exit 2.

extension InputError: UserFacingError {}

extension PlanError: UserFacingError {}

extension CalculationError: UserFacingError {}

extension SensitivityError: UserFacingError {}

extension LedgerError: UserFacingError {}

extension OutputError: UserFacingError {}
