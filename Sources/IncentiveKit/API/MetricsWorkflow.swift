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

    public init(
      run: RunOptions, format: OutputFormat = .table, doraDefinition: DORADefinition? = nil, terminalColor: Bool = false
    ) {
      self.run = run
      self.format = format
      self.doraDefinition = doraDefinition
      self.terminalColor = terminalColor
    }
  }

  public static func run(_ options: Options) throws -> WorkflowResult {
    let run = try options.run.load()
    let definition = options.doraDefinition
    let report = MetricsReport(
      metrics: try run.metrics(doraDefinition: definition), benchmark: run.plan.benchmark,
      definition: definition ?? run.plan.metricOptions.doraDefinition)
    return WorkflowResult(
      output: options.format == .json
        ? report.renderJSON() : report.renderTable(style: TableStyle(color: options.terminalColor)))
  }
}
