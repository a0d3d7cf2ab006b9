/// With `metric_options.incident_min_severity` set, an incident whose severity has no number (`minor`, `High`, a
/// PagerDuty urgency) can't be ranked against the minimum. It used to count whatever the minimum said, so the plan's
/// filter silently did not filter: time to restore and change failure took in incidents the plan meant to leave
/// out. Such a severity is now an error naming its cell; an empty severity still counts, as documented.
enum SeverityCheck {
  /// What a severity must be, for the error; nil when `severity` can be ranked, is empty, or no minimum is set.
  static func problem(_ severity: String?, options: MetricOptions) -> String? {
    guard let minimum = options.incidentMinSeverity, options.countsIncident(rankedSeverity: severity) == nil else {
      return nil
    }
    return "a severity with a number (SEV\(minimum), P\(minimum) or \(minimum)) to rank against "
      + "metric_options.incident_min_severity SEV\(minimum); write the export's severities that way, or remove the "
      + "minimum from the plan"
  }

  /// The first unranked severity of the dataset's incidents file, as an error at its cell. The whole-file path asks
  /// this before it reads the events, so a run stops on the same cell whichever path read the file.
  static func check(_ dataset: Dataset, options: MetricOptions) throws(InputError) {
    guard options.incidentMinSeverity != nil, let path = try dataset.path(forFile: Incident.fileName) else { return }
    let reader = try TableReader(path: path, limit: InputFile.limit(forDatasetFile: Incident.fileName, path: path))
    let severity = Incident.Column.severity
    try reader.forEachRow(columns: [severity.column]) { (row: TableRow) throws(InputError) in
      let text = try row.string(0)
      if let problem = problem(text, options: options) { throw row.invalid(0, text ?? "", problem) }
    }
  }
}
