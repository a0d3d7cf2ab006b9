/// Every kind of file a dataset may hold, listed once, so everything that treats them alike
/// (the fuzz targets, the ledger's list of input files) covers all of them.
enum DatasetRecordTypes {
  static let all: [any DatasetRecord.Type] = [
    Engineer.self, Assignment.self, Deployment.self, Incident.self, Review.self, Change.self, OncallShift.self,
    SurveyResult.self, MentorshipEvent.self, CostEntry.self, CoverageSample.self, ExternalMetric.self,
    Adjustment.self, ExchangeRate.self, Identity.self,
  ]

  /// Decodes every row of `bytes` as records of `type`, as loading the dataset would, and
  /// returns how many rows there were; the first bad cell or row throws.
  static func decodeAll(
    _ type: any DatasetRecord.Type, bytes: [UInt8], format: TableReader.Format
  ) throws(InputError) -> Int {
    var reader = TableReader(file: "\(type.fileName).\(format.rawValue)", format: format, bytes: bytes)
    reader.checksHeaderSpelling = true
    return try count(type, reader)
  }

  private static func count<R: DatasetRecord>(_ type: R.Type, _ reader: TableReader) throws(InputError) -> Int {
    var rows = 0
    try reader.forEachRow(columns: R.columns) { (row: TableRow) throws(InputError) in
      _ = try R(row: row)
      rows += 1
    }
    return rows
  }
}
