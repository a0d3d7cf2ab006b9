import Foundation

/// The streamed way to read the event files: each CSV file in chunks on several threads (`ParallelCSVReader`),
/// each row read from its bytes into `EventTallies`, so memory grows with people and teams and not with events.
///
/// Rows the byte-level reader cannot take as they are (non-ASCII text, `""` escapes, a cell that does not parse,
/// a review without its teams) go through their record decoder and the same `tally` as the whole-file path.
///
/// When the whole-file path runs instead is decided in two named places, never by swallowing errors:
/// `eventReading` says before any file is read whether the dataset and options can be streamed at all
/// (`WholeFileReason`), and `compute` answers an `InputError` of the chunked event reading, and only that, by
/// reading whole, because a streamed error is a signal rather than a report (see `streamEvents`).
extension MetricsCalculator {
  /// How the event files are read.
  enum Ingestion: Sendable, Equatable {
    /// Each file read whole, row by row into records: the reference path (and the one for JSON files and
    /// what-if rewrites).
    case wholeFiles
    /// CSV files streamed in chunks of about `chunkBytes` on `threads` threads.
    case streaming(threads: Int, chunkBytes: Int = 4 << 20)

    /// Streaming on every core the process may use, up to 8: each thread holds a chunk, so memory stays bounded
    /// on a large machine, and reading from the page cache stops scaling well before that.
    static var streamingOnAllCores: Ingestion {
      .streaming(threads: min(max(1, ProcessInfo.processInfo.activeProcessorCount), 8))
    }
  }

  /// Why a calculation asked to stream reads its event files whole; each is known before any file is read.
  enum WholeFileReason: Sendable, Equatable {
    /// A what-if rewrite (`sensitivity`) replaces events as records, which the byte-level reader never builds.
    case rewrite
    /// A tool's DORA definition (`metric_options.dora`) needs each team's events whole, not tallies.
    case toolDefinition(DORADefinition)
    /// This event file is JSON or JSON Lines; only CSV can be cut into chunks.
    case notCSV(path: String)
    /// An event file can't be told apart from another format of it (`deployments.csv` beside `.json`): the
    /// whole-file path reports that where its own reading order meets it.
    case unresolvedFile(InputError)
  }

  /// How `compute` reads the event files, decided before any is read.
  enum EventReading: Sendable, Equatable {
    /// In chunks, from these CSV paths by file name (a file the dataset lacks is left out).
    case streamed([String: String])
    case whole(WholeFileReason)
  }

  /// The event files the streamed path reads, incidents first: the deployments they name count as failed.
  static let streamedFiles = [Incident.fileName, Deployment.fileName, Review.fileName, OncallShift.fileName]

  /// Whether `dataset`'s event files can be streamed under this calculator's options, and from where.
  func eventReading(_ dataset: Dataset) -> EventReading {
    if rewrite != nil { return .whole(.rewrite) }
    if options.doraDefinition != .spec { return .whole(.toolDefinition(options.doraDefinition)) }
    var paths: [String: String] = [:]
    for name in Self.streamedFiles {
      let found: String?
      do throws(InputError) {
        found = try dataset.path(forFile: name)
      } catch {
        return .whole(.unresolvedFile(error))
      }
      guard let path = found else { continue }
      guard path.hasSuffix(".csv") else { return .whole(.notCSV(path: path)) }
      paths[name] = path
    }
    return .streamed(paths)
  }

  /// The metrics, streamed, with no fallback: nil when `eventReading` says the files must be read whole (tests
  /// compare this path with the whole-file one).
  func computeStreaming(_ dataset: Dataset, threads: Int, chunkBytes: Int) throws(InputError) -> ComputedMetrics? {
    guard case .streamed(let paths) = eventReading(dataset) else { return nil }
    let events = try streamEvents(paths, progress: dataset.progress, threads: threads, chunkBytes: chunkBytes)
    return try finishStreamed(dataset, events)
  }

  /// Every thread's tallies of the event files at `paths`, merged.
  ///
  /// - Throws: the first `InputError` any worker met. It is a signal more than a report: a line is counted within
  ///   its chunk, and the worker that failed first need not hold the file's first bad row, so `compute` reads the
  ///   files whole to report the error exactly.
  func streamEvents(
    _ paths: [String: String], progress: ReadProgress.Handler?, threads: Int, chunkBytes: Int
  ) throws(InputError) -> StreamedEvents {
    let threads = max(threads, 1)
    // The roster's ids interned once, in roster order, and shared: each thread indexes a reviewer or an engineer on
    // call by their roster position (`PersonTallies`).
    let people = roster.people
    var states = Array(repeating: EventTallies(people: people, roster: people.interner()), count: threads)
    var summaries: [String: ParallelCSVReader.FoldSummary] = [:]
    func read(_ name: String, _ columns: [TableColumn], _ body: ParallelCSVReader.Body<EventTallies>) throws(InputError)
    {
      guard let path = paths[name] else { return }
      var reader = ParallelCSVReader(
        path: path, file: path, columns: columns, workers: threads, chunkBytes: chunkBytes)
      reader.progress = progress
      // Rows a fold left in a batch are added before the chunk's bytes go (`RowBatch`).
      summaries[name] = try reader.fold(into: &states, chunkEnd: { $0.addBatches() }, body)
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
    var merged = EventTallies.merged(&states)
    var inputs = InputAccounting()
    let files: [(String, WritableKeyPath<StreamedRows, FileAccounting>)] = [
      (Incident.fileName, \.incidents), (Deployment.fileName, \.deployments), (Review.fileName, \.reviews),
      (OncallShift.fileName, \.shifts),
    ]
    for (name, rows) in files {
      guard let path = paths[name], let summary = summaries[name] else { continue }
      // Taken out of `merged`, so this is the accounting's only holder and its lines are rewritten in place.
      var file = FileAccounting(file: path)
      swap(&file, &merged.rows[keyPath: rows])
      file.file = path
      file.leftOut[.emptyRow] = summary.emptyRows.rows > 0 ? summary.emptyRows : nil
      summary.chunkLines.resolve(&file)
      inputs.add(file)
    }
    return (merged.delivery, merged.reviews, merged.oncall, inputs)
  }

  typealias StreamedEvents = (
    delivery: [String: DeliveryTally], reviews: PersonTable<ReviewTally>, oncall: PersonTable<OncallTally>,
    inputs: InputAccounting
  )

  /// The streamed tallies with the small files (read whole here and on the whole-file path, so their errors are
  /// already exact) made into metrics.
  ///
  /// - Parameter background: the team signal files being read (`TeamSignalReader.inBackground`); nil reads them here.
  func finishStreamed(
    _ dataset: Dataset, _ events: StreamedEvents, background: TeamSignalReader.BackgroundRead? = nil
  ) throws(InputError) -> ComputedMetrics {
    var inputs = events.inputs
    let signals =
      if let background { try TeamSignalReader.signals(into: &inputs, from: background) } else {
        try teamSignals(dataset, into: &inputs)
      }
    return try finish(
      dataset, delivery: events.delivery, signals: signals, reviews: events.reviews, oncall: events.oncall,
      inputs: inputs)
  }

  /// The whole-file path's metrics after the streamed read of the same files failed with `error`: normally this
  /// throws the exact error. Succeeding means the two readers disagree about an input, a bug that tests must see,
  /// so a debug build stops; a release build keeps the reference path's result.
  func rereadWhole(_ dataset: Dataset, after error: InputError) throws(InputError) -> ComputedMetrics {
    let metrics = try computeWholeFiles(dataset)
    assertionFailure("the streamed read failed where the whole-file path did not: \(error)")
    return metrics
  }
}
