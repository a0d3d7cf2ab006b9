import ArgumentParsing

/// A `metrics.csv` row whose metric no component reads, but whose name is a near spelling of one the plan pays on
/// (`Internal_Customer_Satisfaction`, a trailing space, a dropped letter): read as written it pays nothing, and the
/// component it was meant for pays by `on_missing` with only a note. `PlanMetricCheck` catches a plan metric that
/// nothing supplies; this catches the row when another row (another period's) supplies the plan's spelling, which
/// let acme's E08 be paid at target instead of 1.15 without a word.
struct ExportedMetricSpelling {
  /// Every metric a component of the plan reads.
  let read: Set<String>

  init(plan: Plan) {
    read = Set(plan.tracks.flatMap { $0.components.flatMap { $0.metricsRead.map(\.name) } })
  }

  /// - Throws: `InputError.inconsistent` at the row's line when its metric is not read by the plan, is not one the
  ///   tool computes, and is the same as a read one once case and surrounding spaces are set aside, or within two
  ///   edits of one of eight or more letters.
  func check(_ row: ExternalMetric, file: String) throws(InputError) {
    let name = row.metric.name
    guard !read.contains(name), row.metric.definition == nil, let meant = meant(by: name) else { return }
    throw .inconsistent(
      file: file, line: row.line,
      reason: "metric \"\(name)\" is read by no component of the plan but looks like \(meant), which the plan pays "
        + "on; correct the name, or the value pays nothing and \(meant) pays by its on_missing")
  }

  private func meant(by name: String) -> String? {
    let folded = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    let candidates = read.sorted()
    if let same = candidates.first(where: { $0.lowercased() == folded }) { return same }
    return candidates.first { candidate in
      candidate.count >= 8 && EditDistance.between(folded, candidate.lowercased()) <= 2
    }
  }
}
