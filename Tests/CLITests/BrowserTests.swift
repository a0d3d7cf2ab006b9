import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium loads it without console messages and
/// renders the numbers. Skipped when Chromium is not installed (`Tests/browser-check.sh`
/// installs it and also writes a screenshot to look at).
@Suite("HTML report in headless Chromium")
struct BrowserTests {
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test("Chromium renders the acme report with no console messages", .enabled(if: chromium != nil))
  func render() throws {
    let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "incentive-html-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let html = directory.appendingPathComponent("acme.html")
    let written = try CLIRunner.run(["calculate", "Fixtures/acme", "--format", "html", "--output", html.path])
    #expect(written.status == 0)
    let dom = try Self.dom(of: html, profile: directory.appendingPathComponent("profile"))
    // The rendered DOM still holds the hand-derived total and all six charts.
    #expect(dom.contains("87,757.48 USD"))
    #expect(dom.components(separatedBy: "<svg ").count - 1 == 6)
  }

  @Test("Chromium renders the trend page with no console messages", .enabled(if: chromium != nil))
  func renderTrend() throws {
    let dataset = try TrendCommandTests.dataset()
    defer { try? FileManager.default.removeItem(at: dataset) }
    let html = dataset.appendingPathComponent("trend.html")
    let written = try CLIRunner.run([
      "trend", dataset.path, "--periods", "2026-Q1..2026-Q2", "--format", "html", "--output", html.path,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    let dom = try Self.dom(of: html, profile: dataset.appendingPathComponent("profile"))
    // The Q2 total worked out in TrendCommandTests: 13,650.00 + 4,574.79.
    #expect(dom.contains("18,224.79"))
  }

  /// The page as headless Chromium renders it, after checking that it exits 0 and logs no console message.
  static func dom(of html: URL, profile: URL) throws -> String {
    let flags = [
      "--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0",
      "--user-data-dir=" + profile.path,
    ]
    let dom = try CLIRunner.run(
      executable: URL(fileURLWithPath: try #require(chromium)), flags + ["--dump-dom", html.absoluteString])
    #expect(dom.status == 0)
    let console = dom.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
    #expect(console.isEmpty, "console: \(console)")
    return dom.stdout
  }
}
