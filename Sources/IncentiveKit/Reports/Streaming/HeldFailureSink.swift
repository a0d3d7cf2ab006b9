/// A sink that keeps its first failure to hand bytes on instead of throwing it, and hands nothing on after it: for a
/// report written as people are paid whose write errors must come after paying's own and the warnings
/// (`calculate --ledger`, as when every payout was kept and written afterwards).
struct HeldFailureSink<Sink: ReportSink>: ReportSink {
  private var sink: Sink
  private var failure: OutputError?

  init(_ sink: Sink) { self.sink = sink }

  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    guard failure == nil else { return }
    do throws(OutputError) { try sink.write(bytes) } catch { failure = error }
  }

  /// The first failure, once the report has been written as far as it goes.
  func throwHeldFailure() throws(OutputError) {
    if let failure { throw failure }
  }
}
