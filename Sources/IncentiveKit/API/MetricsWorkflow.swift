/// `incentive metrics`: the computed metric values per team and engineer, with DORA levels.
public enum MetricsWorkflow {
  public struct Options: Sendable {
    public var run: RunOptions
    /// table or json.
    public var format: OutputFormat
    /// Computes the DORA metrics as this tool defines them; nil for the plan's choice.
    public var doraDefinition: DORADefinition?
    /// Whether standard output is a terminal that shows colour.
    public var terminalColor: Bool
    /// The metric catalogue instead of a dataset's values (`--list`): no dataset is read.
    public var list: Bool

    public init(
      run: RunOptions, format: OutputFormat = .table, doraDefinition: DORADefinition? = nil, terminalColor: Bool = false,
      list: Bool = false
    ) {
      self.list = list
      self.run = run
      self.format = format
      self.doraDefinition = doraDefinition
      self.terminalColor = terminalColor
    }
  }

  /// The formats of the values; the catalogue (`--list`) also has markdown.
  public static let valueFormats: [OutputFormat] = [.table, .json]

  /// - Throws: `OptionError` for markdown without `--list`, and the errors of reading the dataset.
  public static func run(_ options: Options) throws -> WorkflowResult {
    if options.list {
      switch options.format {
      case .json: return WorkflowResult(output: MetricCatalogue.renderJSON())
      case .markdown: return WorkflowResult(output: MetricCatalogue.renderMarkdown())
      default: return WorkflowResult(output: MetricCatalogue.renderText())
      }
    }
    guard valueFormats.contains(options.format) else {
      throw OptionError.invalidValue(
        option: "--format", value: options.format.rawValue, allowed: valueFormats.map(\.rawValue))
    }
    let run = try options.run.load()
    let definition = options.doraDefinition
    let report = MetricsReport(
      metrics: try run.metrics(doraDefinition: definition), benchmark: run.plan.benchmark,
      definition: definition ?? run.plan.metricOptions.doraDefinition)
    // Written as it is produced: past a few megabytes standard output is spooled to disk, not held as text.
    return try WorkflowResult.emit(to: nil) { output in
      var sink = output
      if options.format == .json {
        try report.writeJSON(to: &sink)
      } else {
        try report.writeTable(style: TableStyle(color: options.terminalColor), to: &sink)
      }
    }
  }
}
