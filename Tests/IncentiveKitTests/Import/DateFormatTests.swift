import Testing

@testable import IncentiveKit

@Suite("Locale date patterns and import timestamps")
struct DateFormatTests {
  @Test(
    "patterns read locale dates as UTC",
    arguments: [
      ("dd/MMM/yy h:mm a", "14/Jul/25 3:42 PM", "2025-07-14T15:42:00Z"),
      ("dd/MMM/yy h:mm a", "01/Jan/26 12:05 AM", "2026-01-01T00:05:00Z"),
      ("dd/MMM/yy h:mm a", "01/Jan/26 12:05 PM", "2026-01-01T12:05:00Z"),
      ("M/d/yyyy HH:mm", "6/21/2025 16:14", "2025-06-21T16:14:00Z"),
      ("dd.MM.yyyy HH:mm:ss", "03.07.2026 09:08:07", "2026-07-03T09:08:07Z"),
      ("d MMMM yyyy", "3 September 2026", "2026-09-03T00:00:00Z"),
    ])
  func reads(pattern: String, text: String, expected: String) throws {
    let format = try #require(DateFormat(pattern))
    #expect(format.parse(text).map { ISO8601.format(milliseconds: $0) } == expected)
  }

  @Test(
    "text that does not fit the pattern is rejected",
    arguments: [
      "14/Jul/25 13:42 PM", "14/Jux/25 3:42 PM", "31/Feb/25 1:00 AM", "14/Jul/25 3:42", "14/Jul/25 3:42 PM extra",
    ])
  func rejects(text: String) {
    #expect(DateFormat.jira.parse(text) == nil)
  }

  @Test("unknown pattern letters are refused")
  func badPattern() {
    #expect(DateFormat("YYYY-MM-dd") == nil)
    #expect(DateFormat("EEE dd") == nil)
  }

  @Test("default import timestamps: ISO with zone, zone-less SQL datetimes and BigQuery's UTC suffix as UTC")
  func defaults() {
    let reader = TimestampReader()
    for text in [
      "2026-07-01T10:30:00Z", "2026-07-01 10:30:00", "2026-07-01 10:30:00.000", "2026-07-01 10:30:00 UTC",
      "2026-07-01T12:30:00+02:00",
    ] {
      #expect(reader.parse(text).map { ISO8601.format(milliseconds: $0) } == "2026-07-01T10:30:00Z", "\(text)")
    }
    #expect(reader.parse("yesterday") == nil)
  }
}
