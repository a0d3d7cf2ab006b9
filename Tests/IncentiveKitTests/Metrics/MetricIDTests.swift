import Testing

@testable import IncentiveKit

/// Metric ids are equal exactly when their names are, however each name was made (a literal, text read from a plan
/// or metrics.csv, a string built at run time), and sets and dictionaries keyed by them agree.
@Suite("Metric ids: equality and hashing by name")
struct MetricIDTests {
  /// The name built byte by byte, so its storage is not the literal's.
  static func built(_ name: String) -> String { String(decoding: Array(name.utf8), as: UTF8.self) }

  static let names = [
    "deployment_frequency", "substantive_review_ratio", "reviews", "review", "reviewss", "a", "",
    "attributable_rollback_rate", "attributable_rollback_ratf", "é_metric", "e\u{301}_metric", "K", "\u{212A}",
  ]

  @Test(arguments: names)
  func equalsAnIdOfTheSameNameMadeAnotherWay(name: String) {
    let literal = MetricID(name)
    let read = MetricID(Self.built(name))
    #expect(literal == read)
    #expect(literal.hashValue == read.hashValue)
    #expect(Set([literal, read]).count == 1)
  }

  /// Ids compare as their names do as `String`s: canonical equivalents (a precomposed and a combining accent, the
  /// Kelvin sign and `K`) are equal, every other pair differs.
  @Test func equalsExactlyWhenTheNamesAreEqualStrings() {
    for name in Self.names {
      for other in Self.names {
        #expect((MetricID(name) == MetricID(Self.built(other))) == (name == other), "\(name) vs \(other)")
      }
    }
    #expect(MetricID("é_metric") == MetricID("e\u{301}_metric"))
    #expect(MetricID("K") == MetricID("\u{212A}"))
    #expect(MetricID("reviews") != MetricID("review"))
  }

  @Test func keysADictionaryAndAMetricSetByName() {
    var values: [MetricID: Int] = [:]
    for (index, name) in Self.names.enumerated() { values[MetricID(Self.built(name))] = index }
    // é_metric and its decomposed spelling are one key, and so are K and the Kelvin sign.
    #expect(values.count == Self.names.count - 2)
    #expect(values[MetricID("\u{212A}")] == values[MetricID("K")])
    #expect(values[.deploymentFrequency] == 0)
    #expect(values["reviews"] == 2)
    var set = MetricSet()
    set.set(MetricID(Self.built("reviews")), FixedDecimal(7), rows: 7, source: "reviews.csv")
    #expect(set[.reviews] == FixedDecimal(7))
    #expect(set[MetricID("review")] == nil)
  }

  /// A set made with room for five takes a reviewer's three values and on-call's two without growing, and keeps
  /// them in name order as any set does.
  @Test func setWithRoomForFive() {
    var set = MetricSet(reservingCapacity: 5)
    let capacity = set.items.capacity
    #expect(set.isEmpty && capacity >= 5)
    for (name, value) in [
      ("reviews", 7), ("oncall_shifts", 3), ("cross_team_reviews", 2), ("after_hours_pages", 4),
      ("substantive_review_ratio", 1),
    ] {
      set.set(MetricID(name), FixedDecimal(value), rows: 1, source: "test")
    }
    #expect(set.items.capacity == capacity)
    #expect(
      set.items.map(\.id.name) == [
        "after_hours_pages", "cross_team_reviews", "oncall_shifts", "reviews", "substantive_review_ratio",
      ])
    #expect(set[.reviews] == FixedDecimal(7))
  }

  @Test func ordersByName() {
    #expect(MetricID("a") < MetricID("b"))
    #expect(!(MetricID("reviews") < MetricID(Self.built("reviews"))))
  }

  /// Names whose first 16 bytes are the same, or differ only in length, canonical equivalents and names that are
  /// not ASCII beside ASCII ones: ids order exactly as the names do as `String`s (a metric set keeps that order).
  static let orderedNames =
    names + [
      "attributable_rollback_rate_q2", "attributable_rollback", "attributable_rollbacK", "attributable_rollbac",
      "attributable_rollback\u{0}", "z", "Z", "_", "é", "\u{212A}elvin", "Kelvin", "zzzzzzzzzzzzzzzz",
      "zzzzzzzzzzzzzzzzz", "a\u{0}", "a\u{0}b", "a\u{7F}",
    ]

  @Test func ordersExactlyAsTheNamesDo() {
    for name in Self.orderedNames {
      for other in Self.orderedNames {
        #expect((MetricID(name) < MetricID(Self.built(other))) == (name < other), "\(name) < \(other)")
      }
    }
    // By hand: "attributable_rollback" and "attributable_rollback_rate" share their first 16 bytes.
    #expect(MetricID("attributable_rollback") < MetricID("attributable_rollback_rate"))
    #expect(!(MetricID("attributable_rollback_rate") < MetricID("attributable_rollback")))
    #expect(MetricID("Z") < MetricID("_") && MetricID("_") < MetricID("z"))
  }

  /// Each spelling prints as it was written, even after an equal spelling was met first; and an id stays two words,
  /// so a metric set's items (100,000 people's) are no larger than when an id was its name.
  @Test func keepsEachSpellingAndStaysOnePointer() {
    let precomposed = MetricID("\u{E9}_spelling")
    let decomposed = MetricID(Self.built("e\u{301}_spelling"))
    #expect(precomposed == decomposed)
    #expect(Array(precomposed.name.utf8) == [0xC3, 0xA9] + Array("_spelling".utf8))
    #expect(Array(decomposed.name.utf8) == [0x65, 0xCC, 0x81] + Array("_spelling".utf8))
    #expect(MemoryLayout<MetricID>.size == MemoryLayout<String>.size)
  }

  /// The note of a missing value is made with the name, once per mode, in the spelling it was written in: each
  /// spelling of an equal name prints its own.
  @Test(arguments: [
    (Component.OnMissing.error, "no value for \u{E9}_note: on_missing error"),
    (.zero, "no value for \u{E9}_note: on_missing zero"),
    (.target, "no value for \u{E9}_note: on_missing target"),
  ])
  func noValueNoteNamesTheMetricAndTheMode(mode: Component.OnMissing, note: String) {
    let precomposed = MetricID("\u{E9}_note")
    let decomposed = MetricID(Self.built("e\u{301}_note"))
    #expect(Array(precomposed.noValueNote(onMissing: mode).utf8) == Array(note.utf8))
    let decomposedNote = note.replacingOccurrences(of: "\u{E9}", with: "e\u{301}")
    #expect(Array(decomposed.noValueNote(onMissing: mode).utf8) == Array(decomposedNote.utf8))
    let step = PayoutStep.missing(
      subject: "T", reason: .noValue(metric: precomposed), onMissing: mode, substitute: Ratio(0, 1))
    #expect(step.note(in: Currency(code: "USD")!) == note)
  }
}

