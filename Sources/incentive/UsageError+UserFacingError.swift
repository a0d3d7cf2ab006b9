import ArgumentParsing
import IncentiveKit

/// The parser knows nothing of the library, so its errors join the library's protocol here:
/// a command line the tool can't read is bad usage, exit 2, shown with the usage line.
extension UsageError: UserFacingError {
  public var isUsageError: Bool { true }
}
