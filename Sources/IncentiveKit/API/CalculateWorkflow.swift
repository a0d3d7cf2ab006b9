/// `incentive calculate`: pay everyone, render the chosen format (or the shared view), record the
/// run in the ledger, then write the report.
public enum CalculateWorkflow {
  public struct Options: Sendable {
    public var run: RunOptions
    /// A tool's export folder imported on the fly over the dataset's files (`--source KIND DIR`).
    public var source: (kind: ImportSource, directory: String)?
    /// The shared view: team aggregates only, small teams suppressed (table, csv or json).
    public var share: Bool
    public var format: OutputFormat
    /// The report file, written atomically with mode 0600; nil for standard output.
    public var output: String?
    /// Whether standard output is a terminal that shows colour; a file never gets colour.
    public var terminalColor: Bool
    /// `12,345.67` rather than `12345.67` in the table.
    public var thousandsSeparators: Bool
    public var ledger: LedgerRecording?

    public init(
      run: RunOptions, source: (kind: ImportSource, directory: String)? = nil, share: Bool = false,
      format: OutputFormat = .table, output: String? = nil, terminalColor: Bool = false,
      thousandsSeparators: Bool = true, ledger: LedgerRecording? = nil
    ) {
      self.run = run
      self.source = source
      self.share = share
      self.format = format
      self.output = output
      self.terminalColor = terminalColor
      self.thousandsSeparators = thousandsSeparators
      self.ledger = ledger
    }
  }

  /// The formats with a shared view.
  public static let shareFormats: [OutputFormat] = [.table, .csv, .json]

  /// - Parameter notices: told what the ledger recorded, before the report is written.
  /// - Returns: the report for standard output, or nothing when it went to `output`.
  /// - Throws: `OptionError` for `--share` with a format it has none in, and the errors of
  ///   reading, paying, recording and writing.
  public static func run(_ options: Options, notices: NoticeHandler) throws -> WorkflowResult {
    if options.share, !shareFormats.contains(options.format) {
      throw OptionError.invalidValue(
        option: "--format", value: options.format.rawValue, allowed: shareFormats.map(\.rawValue))
    }
    let overlay = try options.source.map { try ImportOverlay(source: $0.kind, exportDirectory: $0.directory) }
    defer { overlay?.remove() }
    if let overlay { notices(overlay.result.provenance) }
    let run = try options.run.loadForPaying(overlay: overlay?.path, warn: notices)
    // JSON and CSV without a ledger are written as each person is paid: no payout is kept.
    if !options.share, options.ledger == nil, options.format == .json || options.format == .csv {
      let (shell, payouts) = try run.payingOneAtATime(strictConflicts: options.run.strictConflicts)
      run.warnAfterPaying(shell.metrics, notices)
      return try WorkflowResult.emit(to: options.output) { output in
        var sink = output
        if options.format == .json {
          try shell.writeJSON(to: &sink, payouts: payouts)
        } else {
          try shell.writeCSV(to: &sink, payouts: payouts)
        }
      }
    }
    let report = try run.payouts(strictConflicts: options.run.strictConflicts)
    run.warnAfterPaying(report.metrics, notices)
    // Recorded before the report is written, so a refused rerun of a closed period leaves no report.
    _ = try options.ledger?.record(.calculate, run: run, report: report, notices: notices)
    guard !options.share else {
      return try WorkflowResult.emit(shared(report, run: run, format: options.format), to: options.output)
    }
    // Written as it is produced: a report for 100,000 people is never one string.
    return try WorkflowResult.emit(to: options.output) { output in try write(report, options, to: output) }
  }

  private static func write(_ report: PayoutReport, _ options: Options, to output: ReportOutput) throws {
    var sink = output
    switch options.format {
    case .json: try report.writeJSON(to: &sink)
    case .csv: try report.writeCSV(to: &sink, payouts: report.keptPayouts)
    case .markdown: try sink.write(report.renderMarkdown())
    case .html: try sink.write(report.renderHTML())
    case .table, .text:
      let style = TableStyle(
        color: options.output == nil && options.terminalColor, thousandsSeparators: options.thousandsSeparators)
      try report.writeTable(style: style, to: &sink)
    }
  }

  private static func shared(_ report: PayoutReport, run: PayoutRun, format: OutputFormat) -> String {
    let shared = ShareReport(report: report, minGroupSize: run.plan.minGroupSize)
    switch format {
    case .json: return shared.renderJSON()
    case .csv: return shared.renderCSV()
    default: return shared.renderTable()
    }
  }
}
