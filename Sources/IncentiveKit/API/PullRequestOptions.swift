/// The options that shape a pull-request comment (`--detail`, `--previous-plan`), which mean
/// something only for `--format markdown`: given with another format they are refused rather
/// than silently ignored.
enum PullRequestOptions {
  /// - Throws: `OptionError` naming `--format` when a comment option comes with another format.
  static func check(format: OutputFormat, detail: Bool, previousPlan: String?) throws(OptionError) {
    guard format != .markdown, detail || previousPlan != nil else { return }
    throw OptionError.invalidValue(
      option: "--format", value: format.rawValue + " with " + (detail ? "--detail" : "--previous-plan"),
      allowed: ["markdown"])
  }
}
