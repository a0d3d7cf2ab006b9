import Foundation

/// Everything the tool does with bytes from outside, gathered in one place so the fuzz targets
/// (`Fuzz/`) and the tests that replay their findings exercise exactly the same paths.
///
/// Each entry must return normally for any input: junk is reported through the readers' errors,
/// which these entries swallow, and anything else (a trap, a hang) is a bug.
@_spi(Testing) public enum UntrustedInput {
  /// The dataset file formats, named here so the fuzz targets need no reader internals.
  public enum Format: Sendable {
    case csv, json, jsonl

    var tableFormat: TableReader.Format {
      switch self {
      case .csv: .csv
      case .json: .json
      case .jsonl: .jsonl
      }
    }
  }

  /// Decodes `bytes` as each kind of dataset file in `format`.
  public static func readAsDatasetFiles(_ bytes: [UInt8], format: Format) {
    for type in DatasetRecordTypes.all {
      _ = try? DatasetRecordTypes.decodeAll(type, bytes: bytes, format: format.tableFormat)
    }
  }

  /// Reads `bytes` as each streamed event file the way `calculate` does (`ParallelCSVReader` over
  /// `CSVChunkSource`, two workers, small chunks so records straddle chunk ends), touching every cell
  /// through `CSVRecordBytes`' fast paths and the record decoder. The bytes go to a temporary file,
  /// removed afterwards.
  public static func readAsStreamedEventFiles(_ bytes: [UInt8]) {
    let path = NSTemporaryDirectory() + "/incentive-fuzz-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).csv"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
    defer { try? FileManager.default.removeItem(atPath: path) }
    for type in [Deployment.self, Review.self, Incident.self, OncallShift.self] as [any DatasetRecord.Type] {
      for chunkBytes in [7, 64, 4096] {
        let reader = ParallelCSVReader(path: path, file: "f.csv", columns: type.columns, workers: 2, chunkBytes: chunkBytes)
        var states = [0, 0]
        _ = try? reader.fold(into: &states) { (count, record, rows) throws(InputError) in
          for column in 0..<type.columns.count {
            _ = record.isPlainASCII
            _ = record.timestamp(column)
            _ = record.count(column)
            _ = record.bool(column)
          }
          decodeOne(type, rows.row(record))
          count += 1
        }
      }
    }
  }

  /// Runs the concrete record type's decoder behind the existential, ignoring its verdict.
  private static func decodeOne<R: DatasetRecord>(_ type: R.Type, _ row: TableRow) {
    _ = try? R(row: row)
  }

  /// Decodes `bytes` as a plan and lints what decodes (against itself as the previous version).
  public static func readAsPlan(_ bytes: [UInt8]) {
    guard let plan = try? PlanDecoder.decode(bytes, file: "plan.json") else { return }
    _ = PlanValidator(plan: plan).findings(previous: plan)
  }

  /// Parses `bytes` as formula text and evaluates it with ordinary, zero, huge and absent values.
  public static func readAsFormula(_ bytes: [UInt8]) {
    guard let formula = try? Formula(parsing: String(decoding: bytes, as: UTF8.self)) else { return }
    for values in metricValueSets {
      if let value = try? formula.evaluate({ name in values.isEmpty ? nil : values[name.name] ?? values["*"] }) {
        _ = value.rounded(toScale: 4)
      }
    }
  }

  /// `*` stands for every metric name; the empty set makes every metric absent.
  static let metricValueSets: [[String: FixedDecimal]] = [
    ["*": FixedDecimal(units: 25, scale: 1)], ["*": .zero], ["*": FixedDecimal(units: 99_999_999_999_999_999_999_999_999, scale: 6)],
    ["*": FixedDecimal(units: -1, scale: 6)], [:],
  ]
}
