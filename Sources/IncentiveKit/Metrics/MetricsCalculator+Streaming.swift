import Foundation

/// The streamed way to read the event files: each CSV file in chunks on several threads (`ParallelCSVReader`),
/// each row read from its bytes into `EventTallies`, so memory grows with people and teams and not with events.
///
/// Rows the byte-level reader cannot take as they are (non-ASCII text, `""` escapes, a cell that does not parse,
/// a review without its teams) go through their record decoder and the same `tally` as the whole-file path. Any
/// error sends the whole calculation back to the whole-file path, which reports it with its exact line.
extension MetricsCalculator {
  /// How the event files are read.
  public enum Ingestion: Sendable, Equatable {
    /// Each file read whole, row by row into records: the reference path (and the one for JSON files and
    /// what-if rewrites).
    case wholeFiles
    /// CSV files streamed in chunks of about `chunkBytes` on `threads` threads.
    case streaming(threads: Int, chunkBytes: Int = 4 << 20)

    /// Streaming on every core the process may use, up to 8: each thread holds a chunk, so memory stays bounded
    /// on a large machine, and reading from the page cache stops scaling well before that.
    public static var streamingOnAllCores: Ingestion {
      .streaming(threads: min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8))
    }
  }

  /// The metrics, streamed when every event file present is CSV; nil when they are not (the caller reads whole).
  func computeStreaming(_ dataset: Dataset, threads: Int, chunkBytes: Int) throws -> ComputedMetrics? {
    var paths: [String: String] = [:]
    for name in [Incident.fileName, Deployment.fileName, Review.fileName, OncallShift.fileName] {
      guard let path = try dataset.path(forFile: name) else { continue }
      guard path.hasSuffix(".csv") else { return nil }
      paths[name] = path
    }
    let threads = max(threads, 1)
    var states = Array(repeating: EventTallies(), count: threads)
    func read(_ name: String, _ columns: [TableColumn], _ body: ParallelCSVReader.Body<EventTallies>) throws(InputError)
    {
      guard let path = paths[name] else { return }
      var reader = ParallelCSVReader(
        path: path, file: path, columns: columns, workers: threads, chunkBytes: chunkBytes)
      reader.progress = dataset.progress
      try reader.fold(into: &states, body)
    }
    try read(Incident.fileName, Incident.columns) { (state, record, rows) throws(InputError) in
      try foldIncident(record, rows, into: &state)
    }
    let causing = CausingDeployments(states.reduce(into: Set<String>()) { $0.formUnion($1.causingDeployments) })
    try read(Deployment.fileName, Deployment.columns) { (state, record, rows) throws(InputError) in
      try foldDeployment(record, rows, causing: causing, into: &state)
    }
    try read(Review.fileName, Review.columns) { (state, record, rows) throws(InputError) in
      try foldReview(record, rows, into: &state)
    }
    try read(OncallShift.fileName, OncallShift.columns) { (state, record, rows) throws(InputError) in
      try foldShift(record, rows, into: &state)
    }
    let (delivery, reviews, oncall) = EventTallies.merged(&states)
    return try finish(
      dataset, delivery: delivery, signals: try teamSignals(dataset), reviews: reviews, oncall: oncall)
  }
}
