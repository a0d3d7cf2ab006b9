import Foundation

/// Takes other people's names and ids out of free text (adjustment approvers, reasons,
/// conflict-of-interest notes) before it goes on someone's statement, so a statement can be
/// handed over without showing who else was involved or what they were paid.
///
/// A name or id is replaced only where it stands as a whole word (not inside a longer id:
/// redacting `E1` leaves `E10` to its own rule), longest first so a full name goes before
/// a shorter id that it contains.
struct Redaction: Sendable {
  /// What replaces another person's name or id.
  static let placeholder = "[someone else]"
  let words: [String]

  /// - Parameters:
  ///   - roster: everyone whose name or id must not appear.
  ///   - id: the statement's own person, who is kept.
  init(roster: Roster, keeping id: String) {
    let own = roster[id]
    var words = Set<String>()
    for engineer in roster.engineers where engineer.id != id {
      if engineer.id != own?.name { words.insert(engineer.id) }
      if let name = engineer.name, !name.isEmpty, name != own?.name, name != id { words.insert(name) }
    }
    self.words = words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  }

  func apply(_ text: String) -> String {
    var result = Self.withoutAttribution(text)
    for word in words { result = Self.replacingWholeWord(word, in: result) }
    return result
  }

  /// An adjustment's attribution (`by APPROVER on 2026-10-05: REASON`, see `Adjustment`) is free
  /// text someone typed: it may name colleagues or their pay in any spelling, so a statement
  /// keeps only the date and says where the reason is.
  static func withoutAttribution(_ text: String) -> String {
    var result = text
    var searchEnd = result.endIndex
    while let by = result.range(of: " by ", options: .backwards, range: result.startIndex..<searchEnd) {
      searchEnd = by.lowerBound
      guard let on = result.range(of: " on ", range: by.upperBound..<result.endIndex) else { continue }
      let dateEnd = result.index(on.upperBound, offsetBy: 12, limitedBy: result.endIndex) ?? result.endIndex
      let date = result[on.upperBound..<dateEnd]
      guard date.count == 12, date.hasSuffix(": "), ISO8601.parseDate(String(date.dropLast(2))) != nil else { continue }
      result =
        String(result[..<by.lowerBound]) + " (approved on \(date.dropLast(2)); the reason is on file with your manager)"
    }
    return result
  }

  static func replacingWholeWord(_ word: String, in text: String) -> String {
    var result = ""
    var rest = text[...]
    while let range = rest.range(of: word, options: .caseInsensitive) {
      let before = range.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: range.lowerBound)]
      let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
      let standsAlone = !Self.isWordCharacter(before) && !Self.isWordCharacter(after)
      result += rest[..<range.lowerBound]
      result += standsAlone ? placeholder : String(rest[range])
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  static func isWordCharacter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber || character == "_" || character == "-"
  }
}
