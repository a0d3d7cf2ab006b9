/// Everything that can be wrong with a dataset file, each case carrying what a person needs to
/// find and fix it: the file, the 1-based line and column (for CSV the column is the field
/// number; for JSON the character column), the column header where there is one, and the text.
public enum InputError: Error, Equatable, Sendable {
  /// A file the command needs does not exist or cannot be read.
  case unreadable(file: String, reason: String)
  /// The bytes are not a well-formed CSV/JSON document (unterminated quote, bad escape, ...).
  case malformed(file: String, line: Int, column: Int, reason: String)
  /// The header lacks a column the file format requires.
  case missingColumn(file: String, column: String)
  /// A header names the same column twice.
  case duplicateColumn(file: String, column: String)
  /// A record has a different number of fields than the header.
  case raggedRow(file: String, line: Int, expected: Int, found: Int)
  /// A cell holds text that is not what its column needs.
  case invalidValue(file: String, line: Int, column: Int, header: String, text: String, expected: String)
  /// A cell that must have a value is empty.
  case missingValue(file: String, line: Int, column: Int, header: String)
  /// A row conflicts with another row or with another file (duplicate id, unknown engineer, ...).
  case inconsistent(file: String, line: Int, reason: String)
  /// An input exceeds a documented size limit.
  case limitExceeded(file: String, line: Int, reason: String)
  /// A CSV record starting at `line` runs past `limit` bytes without ending: a stray quote, or a file
  /// without line breaks. Found by the streaming reader, which stops there instead of holding the rest
  /// of the file; exact, so no whole-file re-read follows.
  case recordTooLong(file: String, line: Int, limit: Int)
  /// A `--map` mapping leaves a required canonical column without a source column.
  case unmappedColumn(file: String, column: String, canonicalFile: String, mapping: String)
  /// Several bad rows of one file, reported together (up to `RowErrors.datasetLimit`), and how many more.
  indirect case rowErrors(file: String, errors: [InputError], more: Int)
  /// The header holds `;` or a tab instead of commas: a CSV saved in a locale that separates with them.
  case wrongSeparator(file: String, separator: String)
  /// One field too many where an unquoted number with a thousands separator (`100,000`) was cut in two.
  case thousandsSplit(file: String, line: Int, column: Int, text: String, expected: Int, found: Int)
  /// A spreadsheet workbook where a CSV (or JSON) file belongs.
  case workbook(file: String, kind: String)
  /// A path that is not a regular file (a FIFO, a device, a folder): reading it could block or never end.
  case notRegularFile(file: String, kind: String)
  /// A team or engineer id that is not on the roster but equals a roster value after case folding, trimming or
  /// NFKC: a spelling mistake that would pay a phantom team or drop a person's rows. `isTeam`: a team (mapped by the
  /// plan's `team_aliases`), else an engineer id (mapped by `identities.csv`).
  case nearMatch(file: String, line: Int, column: Int, header: String, value: String, rosterValue: String, isTeam: Bool)
  /// A deployments file with rows, none in a production environment.
  case noProductionDeployments(file: String, environments: [String: Int], accepted: [String])
  /// A header that matches no column of the file but is a near spelling of an optional column the file lacks
  /// (`HeaderSpelling`): read as written, that column would be empty in every row, which pays differently.
  case misspeltColumn(file: String, line: Int, column: Int, header: String, expected: String)
  /// A dataset file that is not as it was before the run read it (`InputSnapshot`); `change` says how.
  case changedDuringRun(file: String, change: String)
}

extension InputError {
  /// `:COLUMN`, or nothing for a cell whose column is not known (0: an imported row's value that no export column
  /// holds as it is, such as a time worked out from two): a column 0 sent people looking for a column that isn't.
  static func columnSuffix(_ column: Int) -> String { column > 0 ? ":\(column)" : "" }
}

extension InputError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(shown: file): cannot read: \(shown: reason)"
    case .malformed(let file, let line, let column, let reason):
      return "\(shown: file):\(line):\(column): \(shown: reason)"
    case .missingColumn(let file, let column):
      return "\(shown: file):1: missing required column \"\(shown: column)\""
    case .duplicateColumn(let file, let column):
      return "\(shown: file):1: column \"\(shown: column)\" appears more than once in the header"
    case .raggedRow(let file, let line, let expected, let found):
      // The column of the first field too many, or of the first one missing.
      let column = found > expected ? expected + 1 : found + 1
      return "\(shown: file):\(line):\(column): expected \(expected) fields as in the header, found \(found)"
    case .invalidValue(let file, let line, let column, let header, let text, let expected):
      let hint = NumberSpelling.fix(for: text).map { "; \($0)" } ?? ""
      return "\(shown: file):\(line)\(Self.columnSuffix(column)): \(shown: header): \"\(shown: text)\" is not \(expected)\(hint)"
    case .missingValue(let file, let line, let column, let header):
      return "\(shown: file):\(line)\(Self.columnSuffix(column)): \(shown: header): a value is required"
    case .inconsistent(let file, let line, let reason):
      return "\(shown: file):\(line): \(shown: reason)"
    case .limitExceeded(let file, let line, let reason):
      return "\(shown: file):\(line): \(shown: reason)"
    case .recordTooLong(let file, let line, let limit):
      return "\(shown: file):\(line): the record starting here runs past \(limit) bytes without ending: a stray quote "
        + "(a field opened with \" and never closed) or a file without line breaks; one record may hold at most "
        + "\(limit) bytes"
    case .unmappedColumn(let file, let column, let canonicalFile, let mapping):
      return "\(shown: file):1: nothing maps the required column \"\(shown: column)\" of "
        + "\(shown: canonicalFile).csv: add \"\(shown: column)\": \"<header in \(shown: file)>\" under \"columns\" in "
        + "\(shown: mapping), or a value under \"constants\""
    case .changedDuringRun(let file, let change):
      return "\(shown: file): changed while the run was reading it (\(change)): what was read may mix two versions "
        + "of the file, so nothing is reported; run again once the file is complete"
    default:
      return dataQualityDescription
    }
  }
}
