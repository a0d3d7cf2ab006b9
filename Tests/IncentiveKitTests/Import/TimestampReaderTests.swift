import Testing

@testable import IncentiveKit

/// The times SQL clients and DevLake's own files write, each with the instant it stands for (UTC),
/// worked out by hand.
@Suite("Import timestamps")
struct TimestampReaderTests {
  @Test(
    "SQL datetimes, PostgreSQL zones and fractions, and DevLake's unpadded times",
    arguments: [
      ("2023-04-11 04:51:47", "2023-04-11T04:51:47Z"),
      // DevLake's e2e files: no zero padding.
      ("2023-4-11 4:51:47", "2023-04-11T04:51:47Z"),
      ("2023-4-9 14:5:07", "2023-04-09T14:05:07Z"),
      // PostgreSQL timestamptz: `+00`, `+05:30`, fractions of any length (kept to the millisecond).
      ("2023-04-11 04:51:47+00", "2023-04-11T04:51:47Z"),
      ("2023-04-11 04:51:47.25+00", "2023-04-11T04:51:47.250Z"),
      ("2023-04-11 10:21:47.123456+05:30", "2023-04-11T04:51:47.123Z"),
      // MySQL DATETIME(3) through mysql --batch.
      ("2023-04-11 04:51:47.000", "2023-04-11T04:51:47Z"),
      // BigQuery.
      ("2023-4-11 4:51:47 UTC", "2023-04-11T04:51:47Z"),
    ])
  func reads(text: String, expected: String) {
    #expect(TimestampReader().parse(text).map { ISO8601.format(milliseconds: $0) } == expected)
  }

  @Test(
    "text that only looks like a time is still refused",
    arguments: ["2023-4-11", "2023-4-111 4:51:47", "23-4-11 4:51:47", "2023-4-11 4:51:47 pm", "soon"])
  func refuses(text: String) {
    #expect(TimestampReader().parse(text) == nil)
  }
}
