import CLibFuzzer
import Foundation

/// Hands control to libFuzzer with a Swift closure as the target.
///
/// SwiftPM links executables with `main` aliased to `<Target>_main`, so libFuzzer's own
/// `main` can't be used; its library entry `LLVMFuzzerRunDriver` can.
public enum FuzzDriver {
  nonisolated(unsafe) static var body: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

  public static func run(_ target: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    body = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      FuzzDriver.body(UnsafeBufferPointer(start: data, count: size))
      return 0
    }
    exit(status)
  }
}
