import Foundation

/// Takes other people's names and ids out of free text (adjustment approvers, reasons,
/// conflict-of-interest notes) before it goes on someone's statement, so a statement can be
/// handed over without showing who else was involved or what they were paid.
///
/// A name or id is replaced only where it stands as a whole word (not inside a longer id:
/// redacting `E1` leaves `E10` to its own rule), longest first so a full name goes before
/// a shorter id that it contains.
///
/// Matching is indexed, so redacting every statement of a roster of n people costs time linear in
/// n and the text, not n² (`statement --all`).
struct Redaction: Sendable {
  /// What replaces another person's name or id.
  static let placeholder = "[someone else]"

  /// Every id and name of a roster, indexed by the lower-cased first word (or, for a name that
  /// starts with a non-word character, that character), each bucket longest first. Built once for
  /// all the statements of a run.
  struct Catalogue: Sendable {
    fileprivate var buckets: [String: [String]] = [:]

    init(roster: Roster) {
      var words = Set<String>()
      for engineer in roster.engineers {
        words.insert(engineer.id)
        if let name = engineer.name, !name.isEmpty { words.insert(name) }
      }
      for word in words { buckets[Redaction.key(of: word[...]), default: []].append(word) }
      for key in buckets.keys {
        buckets[key]!.sort { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
      }
    }

    /// The redaction for `id`'s own statement: everyone's ids and names but the person's own.
    func redaction(keeping id: String, ownName: String?) -> Redaction {
      Redaction(catalogue: self, keptID: id, keptName: ownName)
    }
  }

  let catalogue: Catalogue
  let keptID: String
  let keptName: String?

  /// - Parameters:
  ///   - roster: everyone whose name or id must not appear.
  ///   - id: the statement's own person, who is kept.
  init(roster: Roster, keeping id: String) {
    self.init(catalogue: Catalogue(roster: roster), keptID: id, keptName: roster[id]?.name)
  }

  init(catalogue: Catalogue, keptID: String, keptName: String?) {
    self.catalogue = catalogue
    self.keptID = keptID
    self.keptName = keptName
  }

  func apply(_ text: String) -> String {
    let text = Self.withoutAttribution(text)
    var result = ""
    var position = text.startIndex
    var previous: Character?
    while position < text.endIndex {
      let character = text[position]
      // A word can start only where the character before is not a word character.
      if !Self.isWordCharacter(previous), let word = match(in: text, at: position) {
        result += Self.placeholder
        position = text.index(position, offsetBy: word.count)
        previous = text[text.index(before: position)]
        continue
      }
      result.append(character)
      previous = character
      position = text.index(after: position)
    }
    return result
  }

  /// The longest other person's id or name that stands alone at `position`, case-insensitively.
  private func match(in text: String, at position: String.Index) -> String? {
    guard let candidates = catalogue.buckets[Self.key(of: text[position...])] else { return nil }
    for word in candidates where word != keptID && word != keptName {
      guard let end = text.index(position, offsetBy: word.count, limitedBy: text.endIndex),
        text[position..<end].compare(word, options: .caseInsensitive) == .orderedSame
      else { continue }
      if end == text.endIndex || !Self.isWordCharacter(text[end]) { return word }
    }
    return nil
  }

  /// The index key of text starting here: its first word lower-cased, or its first character when it
  /// does not start with a word character.
  static func key(of text: Substring) -> String {
    let word = text.prefix { isWordCharacter($0) }
    return word.isEmpty ? String(text.prefix(1)).lowercased() : word.lowercased()
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

  static func isWordCharacter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber || character == "_" || character == "-"
  }
}
