import Foundation

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
    /// CSV for Excel: byte-order mark and CRLF (`--excel`; csv and payroll only).
    public var excel: Bool = false
    /// Markdown: add the named per-person tables (for a private channel).
    public var detail: Bool

    public init(
      run: RunOptions, source: (kind: ImportSource, directory: String)? = nil, share: Bool = false,
      format: OutputFormat = .table, output: String? = nil, terminalColor: Bool = false,
      thousandsSeparators: Bool = true, ledger: LedgerRecording? = nil, detail: Bool = false
    ) {
      self.detail = detail
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
    try PullRequestOptions.check(format: options.format, detail: options.detail, previousPlan: nil)
    if options.share, !shareFormats.contains(options.format) {
      throw OptionError.invalidValue(
        option: "--format", value: options.format.rawValue, allowed: shareFormats.map(\.rawValue))
    }
    let overlay = try options.source.map { try ImportOverlay(source: $0.kind, exportDirectory: $0.directory) }
    defer { overlay?.remove() }
    if let overlay { notices(overlay.result.provenance) }
    let run = try options.run.loadForPaying(overlay: overlay?.path, warn: notices)
    try checkExcel(options)
    if options.excel, let warning = spreadsheetWarning(run, options) { notices("warning: \(warning)\n") }
    // A payroll file goes with its control totals, written beside it.
    let control = options.format == .payroll ? options.output.map(PayrollFile.controlPath(for:)) : nil
    if let output = options.output {
      var protected = try run.protectedFiles(ledger: options.ledger?.path)
      protected.add(overlay?.exportFiles ?? [], role: "an export file")
      try protected.check(output: output)
      if let control { try protected.check(output: control) }
    }
    let dialect: CSVDialect = options.excel ? .excel : .plain
    // JSON, CSV and the table are written as each person is paid: no payout is kept.
    if !options.share, [.json, .csv, .table].contains(options.format) {
      let (shell, paying) = try run.paying(strictConflicts: options.run.strictConflicts)
      // Worked out while people are paid.
      let warnings = run.dataWarningsInBackground(shell.metrics)
      func write<Sink: ReportSink>(_ sink: inout Sink, _ payouts: PayoutReport.Payouts) throws {
        switch options.format {
        case .json: try shell.writeJSON(to: &sink, payouts: payouts, runs: ComponentMemberRuns(plan: run.plan))
        case .csv: try shell.writeCSV(to: &sink, payouts: payouts, dialect: dialect)
        default: try shell.writeTable(style: tableStyle(options), to: &sink, payouts: payouts)
        }
      }
      defer { Allocator.keepUntilExit((run, shell)) }
      guard let ledger = options.ledger else {
        // Said once the report is written or has failed: nothing else goes to standard error meanwhile, and standard
        // output gets the report only after this returns. Said on a failure too, before its error: a roster's 1000 %
        // bonus target explains the payout too large to be an amount.
        defer { warnings.wait().forEach(notices) }
        return try WorkflowResult.emit(to: options.output) { output in
          var sink = output
          // JSON a block of people at a time, with nothing kept or copied per person.
          if options.format == .json {
            try shell.writeJSON(to: &sink, paying: paying, runs: ComponentMemberRuns(plan: run.plan))
          } else {
            try write(&sink, paying.payouts)
          }
        }
      }
      // What the ledger records is taken as people are paid (each one's pay, and the JSON digested beside the chosen
      // format), and recorded once the report is written in full, before it is renamed into place. As when every
      // payout was kept: paying's errors come first, then the warnings, then the report's own failures (a file
      // that cannot be made or written), and a run that fails leaves no entry.
      let recorder = LedgerEntry.Paid.Recorder(paying, shell: shell, runs: ComponentMemberRuns(plan: run.plan))
      func sayWarnings() { warnings.wait().forEach(notices) }
      return try paying.payingFirst(warn: sayWarnings) { started in
        try WorkflowResult.emit(to: options.output) { output in
          started()
          var sink = HeldFailureSink(output)
          try write(&sink, recorder.payouts)
          sayWarnings()
          try sink.throwHeldFailure()
        } record: {
          try ledger.record(.calculate, run: run, paid: recorder.paid, notices: notices)
        } withdraw: { entry in
          ledger.withdraw(entry, notices: notices)
        }
      }
    }
    let report = try run.payouts(strictConflicts: options.run.strictConflicts)
    run.warnAfterPaying(report.metrics, notices)
    try checkCurrencies(options, report: report)
    let payroll = options.format == .payroll ? PayrollFile(report: report, codes: run.plan.earningsCodes) : nil
    // Written as it is produced (a report for 100,000 people is never one string), then recorded
    // before it is renamed into place, so a refused rerun of a closed period leaves no report.
    // A payroll file's control totals are staged beside it the same way and renamed only once the run is
    // recorded, just before the payroll file: a run that fails anywhere leaves both files as they were (and
    // neither temporary file), so the pair on disk always reconciles.
    var stagedControl: AtomicFileWriter?
    // Once the trailer has landed, what it replaced (nil: nothing), put back if the payroll file then fails to land.
    var controlLanded = false
    var controlBefore: [UInt8]?
    var result: WorkflowResult
    do {
      result = try WorkflowResult.emit(to: options.output) { output in
        var sink = output
        if let payroll {
          if let control {
            let writer = try AtomicFileWriter(path: control, mode: 0o600)
            try writer.write(payroll.renderControl(dialect))
            stagedControl = writer
          }
          try sink.write(payroll.render(dialect))
        } else if options.share {
          try sink.write(shared(report, run: run, format: options.format, dialect: options.excel ? .excel : .plain))
        } else {
          try write(report, options, minGroupSize: run.plan.minGroupSize, to: output)
        }
      } record: {
        let recorded = try options.ledger.map { recording in
          (recording, try recording.record(.calculate, run: run, report: report, notices: notices))
        }
        if let stagedControl {
          controlBefore = FileManager.default.contents(atPath: stagedControl.path).map { Array($0) }
          try commit(stagedControl) { if let recorded { recorded.0.withdraw(recorded.1, notices: notices) } }
          controlLanded = true
        }
        return recorded
      } withdraw: { recording, entry in
        recording.withdraw(entry, notices: notices)
      }
    } catch {
      // The payroll file did not land (a folder in its place, say): the trailer goes back to what it was.
      if controlLanded, let control, !Self.landed(error) { restore(control, to: controlBefore) }
      throw error
    }
    if let payroll {
      notices(payroll.controlSummary)
      result.writtenFiles = (control.map { [$0] } ?? []) + result.writtenFiles
    }
    return result
  }

  /// Renames the staged control file into place (the trailer lands first: a payroll file never lands without the
  /// totals that check it). On a failure before the rename, `undo` takes back the ledger entry, since the report's
  /// own commit will not run; a folder sync that failed after the rename is left to the payroll file's commit,
  /// which renames into the same folder and syncs it again (and reports it if that fails too).
  private static func commit(_ staged: AtomicFileWriter, undo: () -> Void) throws {
    do {
      try staged.commit()
    } catch .notDurable {
    } catch {
      undo()
      throw error
    }
  }

  /// Whether `error` still means the file was renamed into place (its folder's sync failed afterwards).
  private static func landed(_ error: Error) -> Bool {
    if case .notDurable? = error as? OutputError { return true }
    return false
  }

  /// Puts back the control file's previous bytes, or removes it when there was none: best effort, as the run is
  /// already failing with the error that says why.
  private static func restore(_ control: String, to previous: [UInt8]?) {
    if let previous {
      try? AtomicFile.write(previous, to: control, mode: 0o600)
    } else {
      unlink(control)
    }
  }

  /// `--excel` only with a CSV format.
  private static func checkExcel(_ options: Options) throws {
    let csvFormats: [OutputFormat] = [.csv, .payroll]
    if options.excel, !csvFormats.contains(options.format) {
      throw OptionError.invalidValue(
        option: "--format", value: options.format.rawValue + " with --excel", allowed: csvFormats.map(\.rawValue))
    }
  }

  /// Which ids, names, teams and codes of a file written for a spreadsheet (`--excel`) the spreadsheet would show as
  /// something else (`00123` as 123): said before the file is written, which keeps its bytes.
  private static func spreadsheetWarning(_ run: PayoutRun, _ options: Options) -> String? {
    var values: [(what: String, value: String)] = []
    var teams = Set<String>()
    // The people the file lists (those employed in the period), each team once.
    for engineer in run.roster.engineers where engineer.employment(in: run.period) != nil {
      values.append(("engineer_id", engineer.id))
      if let name = engineer.name { values.append(("name", name)) }
      if options.format == .csv, teams.insert(engineer.team).inserted { values.append(("team", engineer.team)) }
    }
    if options.format == .payroll {
      for component in run.plan.tracks.flatMap(\.components) {
        values.append(("earnings_code", run.plan.earningsCodes.code(forComponent: component.id)))
        values.append(("pay_line", component.id))
      }
    }
    return SpreadsheetConversion.warning(file: options.output ?? "the report", values: values)
  }

  /// A run in several currencies only in formats that show each person's own currency.
  private static func checkCurrencies(_ options: Options, report: PayoutReport) throws {
    if report.isMultiCurrency, options.share || !PayoutReport.multiCurrencyFormats.contains(options.format) {
      throw OptionError.invalidValue(
        option: "--format",
        value: options.format.rawValue + (options.share ? " --share" : "") + " (several currencies)",
        allowed: PayoutReport.multiCurrencyFormats.map(\.rawValue))
    }
  }

  private static func write(
    _ report: PayoutReport, _ options: Options, minGroupSize: Int, to output: ReportOutput
  ) throws {
    var sink = output
    switch options.format {
    case .json: try report.writeJSON(to: &sink)
    case .csv: try report.writeCSV(to: &sink, payouts: report.keptPayouts, dialect: options.excel ? .excel : .plain)
    case .markdown: try sink.write(report.renderMarkdown(detail: options.detail, minGroupSize: minGroupSize))
    case .html: try sink.write(report.renderHTML())
    case .table, .text, .payroll:
      try report.writeTable(style: tableStyle(options), to: &sink, payouts: report.keptPayouts)
    }
  }

  /// Colour only on a terminal, never in a file.
  private static func tableStyle(_ options: Options) -> TableStyle {
    TableStyle(color: options.output == nil && options.terminalColor, thousandsSeparators: options.thousandsSeparators)
  }

  private static func shared(
    _ report: PayoutReport, run: PayoutRun, format: OutputFormat, dialect: CSVDialect
  ) -> String {
    let shared = ShareReport(report: report, minGroupSize: run.plan.minGroupSize)
    switch format {
    case .json: return shared.renderJSON()
    case .csv: return shared.renderCSV(dialect)
    default: return shared.renderTable()
    }
  }
}
