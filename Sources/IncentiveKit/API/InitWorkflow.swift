import Foundation

/// `incentive init`: a new dataset folder with every file's header and two example rows, and a
/// plan from one of the curriculum templates, ready to validate and calculate; or, with `list`,
/// the templates described.
public enum InitWorkflow {
  public struct Options: Sendable {
    /// The folder to create; it must not exist or be empty, so nothing is ever overwritten.
    public var directory: String
    /// A `PlanTemplate.names` value.
    public var template: String
    /// `2026-Q3`, `2026-H2`, `2026`, `2026-07` or `FROM..TO`; nil for the current calendar quarter.
    public var period: String?
    /// ISO 4217 code of the plan and the example salaries.
    public var currency: String

    public init(directory: String, template: String = "product-team", period: String? = nil, currency: String = "USD") {
      self.directory = directory
      self.template = template
      self.period = period
      self.currency = currency
    }
  }

  /// The `--template` values, the default first.
  public static var templateNames: [String] { PlanTemplate.names }

  /// What `incentive init --list` prints: each template with the curriculum decisions it takes.
  public static func list() -> WorkflowResult {
    var text = "Plan templates (incentive init DIR --template NAME), built from docs/curriculum.md:\n\n"
    for template in PlanTemplate.all {
      text += "  \(template.name)\(template.name == PlanTemplate.all[0].name ? " (default)" : "")\n"
      text += PayoutReport.wrapped(template.summary, width: 96, indent: 4) + "\n"
      text += "    curriculum decisions: " + template.decisions.map { "#\($0)" }.joined(separator: ", ") + "\n"
      text += "    pays roles: " + Set(template.roles).sorted().joined(separator: ", ") + "\n\n"
    }
    return WorkflowResult(output: text)
  }

  /// - Returns: the files written and what to do next.
  /// - Throws: `OptionError` for an unknown template, period or currency; `OutputError` when the
  ///   folder exists and is not empty, or a file can't be written.
  public static func run(_ options: Options) throws -> WorkflowResult {
    guard let template = PlanTemplate.named(options.template) else {
      throw OptionError.invalidValue(option: "--template", value: options.template, allowed: PlanTemplate.names)
    }
    let periodText = options.period ?? currentQuarter()
    guard let period = Period(parsing: periodText) else {
      throw OptionError.malformedValue(
        option: "--period", value: periodText, expected: "a period (2026-Q3, 2026-H2, 2026, 2026-07 or FROM..TO)")
    }
    guard Currency(code: options.currency) != nil else {
      throw OptionError.malformedValue(option: "--currency", value: options.currency, expected: "an ISO 4217 code")
    }
    let directory = options.directory
    let manager = FileManager.default
    if let existing = try? manager.contentsOfDirectory(atPath: directory), !existing.isEmpty {
      throw OutputError.folderNotEmpty(path: directory)
    }
    do {
      try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputError.cannotCreateFolder(path: directory, reason: "\(error.localizedDescription)")
    }
    let skeleton = DatasetSkeleton(
      period: period, periodText: periodText, currency: options.currency, roles: template.roles)
    var files = skeleton.files
    files.append(("plan.json", JSONWriter.pretty(template.plan(period: periodText, currency: options.currency))))
    var written: [String] = []
    for file in files {
      let path = (directory as NSString).appendingPathComponent(file.name)
      // The roster will hold salaries: private from the start, like every file with pay data.
      try AtomicFile.write(Array(file.text.utf8), to: path, mode: file.name == "roster.csv" ? 0o600 : 0o644)
      written.append(path)
    }
    let text = """
      init: wrote \(files.count) files to \(shown: directory) (template \(template.name), period \(periodText), \(options.currency))
      Next:
        1. Put your people in roster.csv and your exports in the other files (or `incentive import`).
        2. Read plan.json's rationale and tune weights and curves; record each change there.
        3. incentive validate \(shown: ShellWord.quoted(directory + "/plan.json")) \(shown: ShellWord.quoted(directory))
        4. incentive calculate \(shown: ShellWord.quoted(directory))

      """
    return WorkflowResult(output: text, writtenFiles: written)
  }

  /// `YYYY-Qn` of today's date (UTC).
  static func currentQuarter(now: Date = Date()) -> String {
    let today = CivilDate(dayNumber: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    let (year, month, _) = today.components
    return "\(year)-Q\((month - 1) / 3 + 1)"
  }
}
