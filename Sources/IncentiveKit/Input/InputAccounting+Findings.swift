extension InputAccounting {
  /// Reasons a paying command names on stderr: the ones that may hide a mistake in the data. The period, a blackout,
  /// the severity floor and mentorship milestones are the plan's own choices and stay in the accounting.
  static let reportedReasons: [LeftOutReason] = [.notProduction, .notOnRoster, .emptyRow]

  /// The fewest rows, all outside the period, that make a file another period's export rather than a quiet one.
  static let otherPeriodRows = 10

  /// A finding per file and reported reason, files by name.
  var findings: [DataFinding] {
    var findings: [DataFinding] = []
    for file in byName {
      // A file every row of which is dated outside the period: last quarter's export left in the folder (every
      // `2026-` a `2025-` in reviews.csv took E03 from 10,456.78 to 6,453.91 without a word). Rows in the period left
      // out for another reason, or a handful of rows (a quarter without a promotion in a small mentorship file), are
      // no sign of it.
      if file.counted == 0, let outside = file.leftOut[.outsidePeriod], outside.rows >= Self.otherPeriodRows,
        outside.rows == file.rowsRead - (file.leftOut[.emptyRow]?.rows ?? 0)
      {
        findings.append(.nothingInPeriod(file: file.file, sample: outside))
      }
      if !file.mapped.isEmpty { findings.append(.aliasesMapped(file: file.file, aliases: file.mapped)) }
      for reason in Self.reportedReasons {
        guard let sample = file.leftOut[reason], sample.rows > 0 else { continue }
        let values: [String: Int] =
          switch reason {
          case .notProduction: file.environments
          case .notOnRoster: file.notOnRoster.mapValues(\.rows)
          default: [:]
          }
        findings.append(
          .rowsLeftOut(file: file.file, rowsRead: file.rowsRead, reason: reason, sample: sample, values: values))
      }
    }
    return findings
  }
}
