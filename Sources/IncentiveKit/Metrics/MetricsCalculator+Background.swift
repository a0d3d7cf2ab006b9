/// The files a streamed calculation reads whole on one thread, read on a thread of their own while the event files
/// stream: at 100,000 people the team signal files and the second reading of the roster (for its row accounting)
/// take the best part of a second, and the streaming leaves a core idle while it merges its tallies.
extension MetricsCalculator {
  /// What `readInBackground` read, each part with its own outcome, so an error is thrown where the same read
  /// would have thrown it on the calling thread: the team signals before the mentorship file, the roster files
  /// after `metrics.csv`.
  struct BackgroundReads: Sendable {
    /// Each team's signals and the accounting of the files they came from.
    typealias Signals = (signals: [String: TeamSignalTally], inputs: InputAccounting)

    var signals: Result<Signals, InputError>
    var rosterFiles: Result<InputAccounting, InputError>
  }

  /// `teamSignals` and `accountRosterFiles` on a thread of their own, started before the event files stream.
  /// Read without a progress line, which would interleave with the event files' (these files are small or were
  /// read once already, for the roster).
  func readInBackground(_ dataset: Dataset) -> BackgroundWork<BackgroundReads, Never> {
    var quiet = dataset
    quiet.progress = nil
    let calculator = self
    return BackgroundWork { [quiet] () -> BackgroundReads in
      let signals = Result { () throws(InputError) -> BackgroundReads.Signals in
        var inputs = InputAccounting()
        let signals = try calculator.teamSignals(quiet, into: &inputs)
        return (signals, inputs)
      }
      let rosterFiles = Result { () throws(InputError) -> InputAccounting in
        var inputs = InputAccounting()
        try calculator.accountRosterFiles(quiet, into: &inputs)
        return inputs
      }
      return BackgroundReads(signals: signals, rosterFiles: rosterFiles)
    }
  }
}
