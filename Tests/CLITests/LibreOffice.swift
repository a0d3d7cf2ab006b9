import Foundation

/// LibreOffice headless, to open a file the way a spreadsheet user would and read the cells back.
/// `.ci/run` installs it (Debian `libreoffice-calc-nogui`); where it is absent the tests that need
/// it are reported as skipped, not passed.
enum LibreOffice {
  /// `soffice` on the PATH or in Debian's install folder; nil when LibreOffice is not installed.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let candidates =
      path.split(separator: ":").flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
      + ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  static var isInstalled: Bool { executable != nil }

  /// Opens the CSV file `file` in Calc as UTF-8 (what Calc's import dialog picks for a file with
  /// a byte-order mark) and saves the sheet as CSV again; returns the sheet's cells by row.
  static func cells(ofCSV file: URL) throws -> [[String]] {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("incentive-lo-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable!)
    // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at line 1; a private profile so parallel
    // runs don't share one.
    process.arguments = [
      "-env:UserInstallation=file://\(work.path)/profile", "--headless", "--infilter=CSV:44,34,76,1",
      "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", work.appendingPathComponent("out").path,
      file.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let converted = work.appendingPathComponent("out").appendingPathComponent(file.lastPathComponent)
    return parse(try String(contentsOf: converted, encoding: .utf8))
  }

  /// Rows of cells of the CSV Calc writes: fields quoted with `"` and `""` escapes, LF or CRLF.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if character != "\r" {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}
