import ArgumentParsing

/// A `metrics.csv` row whose metric no component reads, but whose name is a near spelling of one the plan pays on
/// (`Internal_Customer_Satisfaction`, a trailing space, a dropped letter): read as written it pays nothing, and the
/// component it was meant for pays by `on_missing` with only a note. `PlanMetricCheck` catches a plan metric that
/// nothing supplies; this catches the row when another row (another period's) supplies the plan's spelling, which
/// let acme's E08 be paid at target instead of 1.15 without a word.
struct ExportedMetricSpelling {
  /// Every metric a component of the plan reads, in byte order (the first near one is named).
  private let read: [String]
  /// Names of rows already looked at and found near none: an export repeats one metric on every row.
  private var cleared = Set<String>()

  init(plan: Plan) {
    read = plan.metricsRead.map(\.name).sorted()
  }

  /// - Throws: `InputError.inconsistent` at the row's line when its metric is not read by the plan, is not one the
  ///   tool computes, and is the same as a read one once case and surrounding spaces are set aside, or within two
  ///   edits of one of eight or more letters.
  mutating func check(_ row: ExternalMetric, file: String) throws(InputError) {
    let name = row.metric.name
    guard !cleared.contains(name) else { return }
    guard !read.contains(name), row.metric.definition == nil, let meant = meant(by: name) else {
      cleared.insert(name)
      return
    }
    throw .inconsistent(
      file: file, line: row.line,
      reason: "metric \"\(name)\" is read by no component of the plan but looks like \(meant), which the plan pays "
        + "on; correct the name, or the value pays nothing and \(meant) pays by its on_missing")
  }

  private func meant(by name: String) -> String? {
    let folded = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if let same = read.first(where: { $0.lowercased() == folded }) { return same }
    return read.first { candidate in
      candidate.count >= 8 && EditDistance.between(folded, candidate.lowercased()) <= 2
    }
  }
}
