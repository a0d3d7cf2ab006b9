import Foundation

/// `incentive import`: a tool's export files turned into canonical dataset files.
public enum ImportWorkflow {
  public struct Options: Sendable {
    public var source: ImportSource
    /// Export files or folders of them (DevLake and Four Keys: named after their table or view).
    public var files: [String]
    /// The dataset folder to write into (created when missing).
    public var output: String
    /// Team of every row; with DevLake's project_mapping, the project to keep.
    public var team: String?
    /// How the export writes times, as typed (`dd/MMM/yy h:mm a`, read as UTC).
    public var dateFormat: String?
    /// Comma-separated issue types that are incidents, as typed (`Incident,Bug+outage`).
    public var incidentTypes: String?
    /// Column mapping file for a custom CSV.
    public var mapping: String?
    /// CSV (from, team) renaming the tool's teams and projects to roster teams.
    public var teamMap: String?
    /// identities.csv linking tool users to engineers.
    public var identities: String?

    public init(
      source: ImportSource, files: [String], output: String, team: String? = nil, dateFormat: String? = nil,
      incidentTypes: String? = nil, mapping: String? = nil, teamMap: String? = nil, identities: String? = nil
    ) {
      self.source = source
      self.files = files
      self.output = output
      self.team = team
      self.dateFormat = dateFormat
      self.incidentTypes = incidentTypes
      self.mapping = mapping
      self.teamMap = teamMap
      self.identities = identities
    }
  }

  /// - Returns: rows, skipped rows with reasons and the date range, for standard output;
  ///   `writtenFiles` lists the canonical files.
  /// - Throws: `OptionError` for a date format that is not one, and the errors of reading the
  ///   exports and writing the dataset.
  public static func run(_ options: Options) throws -> WorkflowResult {
    var importOptions = ImportOptions(team: options.team)
    if let pattern = options.dateFormat {
      guard let format = DateFormat(pattern) else {
        throw OptionError.invalidValue(
          option: "date-format", value: pattern, allowed: ["yyyy yy MMM MM dd HH hh mm ss a"])
      }
      importOptions.timestamps = TimestampReader(format: format)
    }
    if let types = options.incidentTypes {
      importOptions.incidentTypes = types.split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
    }
    if let mapping = options.mapping {
      importOptions.mapping = try ColumnMapping(file: try ImportFile(path: mapping))
    }
    let (files, ignored) = try ImportFile.exportFiles(at: options.files)
    var result = try options.source.read(files, options: importOptions)
    result.ignoredFiles += ignored
    if let path = options.identities { result.link(try IdentityMap(file: try ImportFile(path: path))) }
    if let path = options.teamMap { result.rename(try TeamMap(file: try ImportFile(path: path))) }
    var inputs = ProtectedFiles()
    inputs.add(files.map(\.path), role: "an export file")
    inputs.add([options.mapping, options.identities, options.teamMap].compactMap { $0 }, role: "an input file")
    let written = try result.write(to: options.output, protecting: inputs)
    return WorkflowResult(output: result.summary(), writtenFiles: written)
  }
}
