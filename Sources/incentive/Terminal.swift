import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process is writing to: a terminal a person watches, or a pipe or file.
enum Terminal {
  /// Whether the descriptor is a terminal (`isatty`).
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Colour only on a terminal and never when `NO_COLOR` is set to anything but the empty
  /// string (https://no-color.org).
  static func colorAllowed(
    on descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    isTerminal(descriptor) && (environment["NO_COLOR"] ?? "").isEmpty
  }
}
