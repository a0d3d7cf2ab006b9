import Testing

@_spi(Synthetic) @testable import IncentiveKit

@Suite("Dates, timestamps and periods")
struct TimeTests {
  @Test("civil dates round-trip through day numbers")
  func civilDates() {
    #expect(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    #expect(CivilDate(year: 2026, month: 7, day: 1)?.dayNumber == 20_635)
    #expect(CivilDate(year: 2000, month: 3, day: 1)?.description == "2000-03-01")
    #expect(CivilDate(dayNumber: 20_635).description == "2026-07-01")
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
  }

  @Test(
    "parses ISO 8601 timestamps to UTC milliseconds",
    arguments: [
      ("2026-07-03T14:05:00Z", Int64(1_783_087_500_000)),
      ("2026-07-03T16:05:00+02:00", Int64(1_783_087_500_000)),
      ("2026-07-03T09:05:00-0500", Int64(1_783_087_500_000)),
      ("2026-07-03 14:05:00Z", Int64(1_783_087_500_000)),
      ("2026-07-03T14:05Z", Int64(1_783_087_500_000)),
      ("2026-07-03T14:05:00.250Z", Int64(1_783_087_500_250)),
    ])
  func timestamps(text: String, expected: Int64) {
    #expect(ISO8601.parseTimestamp(text) == expected)
  }

  @Test(
    "rejects timestamps without a zone or out of range",
    arguments: ["2026-07-03T14:05:00", "2026-13-01T00:00:00Z", "2026-07-03T24:00:00Z", "2026-07-03", "yesterday", "2026-07-03T14:05:00+2"])
  func rejectsTimestamps(text: String) {
    #expect(ISO8601.parseTimestamp(text) == nil)
  }

  @Test("the word-at-a-time reading of YYYY-MM-DDTHH:MM:SSZ agrees with the general one on every mutation")
  func canonicalTimestamps() {
    // Bytes beside the digits ('/' 0x2F, ':' 0x3A, 0x40), digits with the top bit set, the other separators the
    // general reader accepts ('t', ' ', 'z', '+'), and NUL.
    let alphabet = Array("0123456789/:@-Tt zZ+".utf8) + [0xB0, 0xB9, 0x00, 0x36 | 0x80]
    var random = SplitMix64(state: 3)
    var canonicalHits = 0
    for _ in 0..<4000 {
      let year = 1 + Int(random.next() % 9999)
      let month = 1 + Int(random.next() % 13)  // 13 is out of range on purpose
      let day = 1 + Int(random.next() % 31)
      let (hour, minute, second) = (Int(random.next() % 25), Int(random.next() % 61), Int(random.next() % 62))
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      let padded = String(repeating: "0", count: 4 - String(year).count) + String(year)
      var bytes = Array("\(padded)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z".utf8)
      // Half the cases as written, half with one or two bytes replaced.
      let replaced = random.next() % 2 == 0 ? 0 : 1 + Int(random.next() % 2)
      for _ in 0..<replaced {
        bytes[Int(random.next() % 20)] = alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
      bytes.withUnsafeBufferPointer { buffer in
        let general = ISO8601.parseAnyTimestamp(buffer)
        let canonical = ISO8601.parseCanonicalTimestamp(buffer)
        if canonical != nil { canonicalHits += 1 }
        #expect(canonical == nil || canonical == general, "\(String(decoding: bytes, as: UTF8.self))")
        #expect(ISO8601.parseTimestamp(buffer) == general, "\(String(decoding: bytes, as: UTF8.self))")
        // Whatever the general reader accepts in exactly this shape, the word-wide one accepts too.
        let shape = bytes.count == 20 && bytes[10] == UInt8(ascii: "T") && bytes[19] == UInt8(ascii: "Z")
        if shape, general != nil { #expect(canonical == general, "\(String(decoding: bytes, as: UTF8.self))") }
      }
    }
    #expect(canonicalHits > 1000)
  }

  @Test("formats timestamps")
  func formats() {
    #expect(ISO8601.format(milliseconds: 1_783_087_500_000) == "2026-07-03T14:05:00Z")
    #expect(ISO8601.format(milliseconds: -1000) == "1969-12-31T23:59:59Z")
  }

  @Test(
    "parses period forms with inclusive day counts",
    arguments: [
      ("2026-Q3", "2026-07-01", "2026-09-30", 92), ("2026-Q1", "2026-01-01", "2026-03-31", 90),
      ("2028-Q1", "2028-01-01", "2028-03-31", 91), ("2026-H2", "2026-07-01", "2026-12-31", 184),
      ("2026", "2026-01-01", "2026-12-31", 365), ("2028", "2028-01-01", "2028-12-31", 366),
      ("2026-02", "2026-02-01", "2026-02-28", 28), ("2026-07-01..2026-07-14", "2026-07-01", "2026-07-14", 14),
      // The shapes `Period.monthsFromBytes` reads from bytes, at their edges.
      ("0999-Q4", "0999-10-01", "0999-12-31", 92), ("9999-12", "9999-12-01", "9999-12-31", 31),
      ("2026-H1", "2026-01-01", "2026-06-30", 181), ("2026-01", "2026-01-01", "2026-01-31", 31),
      ("2024-02", "2024-02-01", "2024-02-29", 29), ("2026-10", "2026-10-01", "2026-10-31", 31),
    ])
  func periods(text: String, from: String, to: String, days: Int) {
    let period = Period(parsing: text)
    #expect(period?.from.description == from)
    #expect(period?.to.description == to)
    #expect(period?.days == days)
  }

  @Test(
    "rejects malformed periods",
    arguments: [
      "2026-Q5", "2026-H3", "26-Q1", "2026-13", "2026-09-30..2026-07-01", "Q3", "2026-Q0", "2026-H0", "2026-00",
      "0000-Q1", "0000-07", "2026-1Q", "2026-q3", "2026_Q3", "2026-Ｑ3", "2026--1", "2026-Q3 ",
    ])
  func rejectsPeriods(text: String) {
    #expect(Period(parsing: text) == nil)
  }

  @Test("an instant is in the period from the first midnight up to, not including, the midnight after the last day")
  func boundaries() {
    let q3 = Period(parsing: "2026-Q3")!
    #expect(q3.contains(milliseconds: ISO8601.parseTimestamp("2026-07-01T00:00:00Z")!))
    #expect(q3.contains(milliseconds: ISO8601.parseTimestamp("2026-09-30T23:59:59Z")!))
    #expect(!q3.contains(milliseconds: ISO8601.parseTimestamp("2026-10-01T00:00:00Z")!))
    #expect(!q3.contains(milliseconds: ISO8601.parseTimestamp("2026-06-30T23:59:59Z")!))
    // An offset moves an event across the boundary: 01:30+02:00 on Oct 1 is 23:30Z on Sep 30.
    #expect(q3.contains(milliseconds: ISO8601.parseTimestamp("2026-10-01T01:30:00+02:00")!))
    #expect(q3.daysInStartYear == 365)
  }
}
