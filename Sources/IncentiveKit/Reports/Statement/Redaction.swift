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
  let words: RedactionWords
  /// The statement's own person: their id and name are never words to take out.
  let keptID: String
  let keptName: String?

  /// - Parameters:
  ///   - roster: everyone whose name or id must not appear.
  ///   - id: the statement's own person, who is kept.
  init(roster: Roster, keeping id: String) {
    self.init(words: RedactionWords(roster: roster), roster: roster, keeping: id)
  }

  /// One person's redaction over words built once for the whole roster: how `statement --all`
  /// stays linear in people.
  init(words: RedactionWords, roster: Roster, keeping id: String) {
    self.words = words
    keptID = id
    keptName = roster[id]?.name
  }

  /// Everyone else's id or name: every roster word but the person's own id and name (and a
  /// colleague's id or name that happens to be spelled like them).
  func isRedacted(_ word: String) -> Bool { word != keptID && word != keptName }

  func apply(_ text: String) -> String {
    var result = Self.withoutAttribution(text)
    // Words are tried longest first, each over the text as the longer ones left it. Only the
    // words that stand in the text can change it, so only those are tried, in the same order;
    // after a change the text is searched again for the words still to come.
    var next = 0
    while let candidates = words.candidates(in: result, from: next) {
      var changed = false
      for rank in candidates where isRedacted(words.all[rank]) {
        next = rank + 1
        let replaced = Self.replacingWholeWord(words.all[rank], in: result)
        if replaced != result {
          result = replaced
          changed = true
          break
        }
      }
      if !changed { break }
    }
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
