/// The team signal files (coverage, costs, surveys), read whole on one thread: read on a thread of their own while
/// the event files stream, for at 100,000 people they hold about 260,000 rows.
extension MetricsCalculator {
  /// Each team's signals and the accounting of the files they came from.
  typealias TeamSignals = (signals: [String: TeamSignalTally], inputs: InputAccounting)

  /// `teamSignals` on a thread of its own, started before the event files stream; its error is thrown where
  /// `wait()` is called, where the same read would have thrown it on the calling thread. Read without a progress
  /// line, which would interleave with the event files'.
  func readInBackground(_ dataset: Dataset) -> BackgroundWork<TeamSignals, InputError> {
    var quiet = dataset
    quiet.progress = nil
    let calculator = self
    return BackgroundWork { [quiet] () throws(InputError) -> TeamSignals in
      var inputs = InputAccounting()
      let signals = try calculator.teamSignals(quiet, into: &inputs)
      return (signals, inputs)
    }
  }
}
