/// `incentive audit data`: every input row accounted for, and every finding about the data, so CI can gate a
/// payout run on a clean dataset (exit 1 when a finding needs a person's decision).
public enum AuditDataWorkflow {
  public struct Options: Sendable {
    public var run: RunOptions
    /// text, json or markdown.
    public var format: OutputFormat

    public init(run: RunOptions, format: OutputFormat = .text) {
      self.run = run
      self.format = format
    }
  }

  /// The formats `audit data` prints.
  public static let formats: [OutputFormat] = [.text, .json, .markdown]

  /// - Returns: the report, exit status 1 when a finding needs a decision, 0 when the data is clean.
  /// - Throws: the errors of reading the dataset and plan (exit 2), as `calculate` would meet them.
  public static func run(_ options: Options) throws -> WorkflowResult {
    let audit = try DataAudit(try options.run.load())
    let text: String
    switch options.format {
    case .json: text = audit.renderJSON()
    case .markdown: text = audit.renderMarkdown()
    default: text = audit.renderText()
    }
    return WorkflowResult(output: text, exitCode: audit.decisions > 0 ? 1 : 0)
  }
}
