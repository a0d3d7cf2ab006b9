extension InputAccounting {
  /// Reasons a paying command names on stderr: the ones that may hide a mistake in the data. The period, a blackout,
  /// the severity floor and mentorship milestones are the plan's own choices and stay in the accounting.
  static let reportedReasons: [LeftOutReason] = [.notProduction, .notOnRoster, .emptyRow]

  /// A finding per file and reported reason, files by name.
  var findings: [DataFinding] {
    var findings: [DataFinding] = []
    for file in byName {
      // A file none of whose rows counts, most of them dated outside the period: last quarter's export left in the
      // folder (every `2026-` a `2025-` in reviews.csv took E03 from 10,456.78 to 6,453.91 without a word).
      if file.counted == 0, let outside = file.leftOut[.outsidePeriod], outside.rows > 0 {
        findings.append(.nothingInPeriod(file: file.file, rowsRead: file.rowsRead, sample: outside))
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
