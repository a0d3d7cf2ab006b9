#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call's `errno`, captured at once (before anything else can overwrite it) so the
/// error enums can quote the operating system's own reason.
struct POSIXFailure: Error, Sendable {
  let code: Int32

  /// The failure described by the current value of `errno`.
  static func current() -> POSIXFailure { POSIXFailure(code: errno) }

  /// The `strerror` text, e.g. "Permission denied".
  var text: String { String(cString: strerror(code)) }
}
