/// `incentive validate`: lint a plan and report its findings.
public enum ValidateWorkflow {
  public struct Options: Sendable {
    /// The plan file.
    public var plan: String
    /// A dataset whose metrics.csv names count as known and whose roster levels are checked.
    public var dataset: String?
    /// The plan's previous version, whose changes the rationale must cover.
    public var previous: String?
    /// text or json.
    public var format: OutputFormat

    public init(plan: String, dataset: String? = nil, previous: String? = nil, format: OutputFormat = .text) {
      self.plan = plan
      self.dataset = dataset
      self.previous = previous
      self.format = format
    }
  }

  /// - Returns: every finding with its JSON path and the counts; exit status 1 when any finding
  ///   is an error (warnings alone pass).
  public static func run(_ options: Options) throws -> WorkflowResult {
    let path = options.plan
    let findings = try PlanValidator.findings(
      planPath: path, datasetPath: options.dataset, previousPath: options.previous)
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.count - errors
    let text: String
    if options.format == .json {
      let items = findings.map { finding -> JSONValue in
        .object([
          ("severity", .string(finding.severity.rawValue)), ("path", .string(finding.path)),
          ("message", .string(finding.message)),
        ])
      }
      text = JSONWriter.pretty(
        .object([
          ("plan", .string(path)), ("errors", .number(String(errors))), ("warnings", .number(String(warnings))),
          ("findings", .array(items)),
        ]).stampedWithToolVersion())
    } else {
      // The text escapes the plan path and each finding (component ids and keys come from the plan); the JSON
      // above keeps them as written, for its writer escapes them.
      text =
        findings.map { "\(shown: path): \(shown: $0.description)\n" }.joined()
        + "\(shown: path): \(errors) error(s), \(warnings) warning(s)\n"
    }
    return WorkflowResult(output: text, exitCode: errors > 0 ? 1 : 0)
  }
}
