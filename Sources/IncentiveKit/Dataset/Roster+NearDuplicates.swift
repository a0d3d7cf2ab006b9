extension Roster {
  /// Two engineer ids that differ only in case, surrounding spaces, width or invisible characters (`E04`, `e04`,
  /// `E04 `, `Ｅ04`, `E0\u{200B}4`): rows written for one would be paid to the other, or to nobody.
  ///
  /// - Throws: `InputError.inconsistent` at the later of the two rows.
  static func rejectNearDuplicates(_ engineers: [Engineer], file: String) throws(InputError) {
    // The index of the first row with each key (an `Engineer` per key would be copied at every resize).
    var seen: [String: Int] = [:]
    seen.reserveCapacity(engineers.count)
    for (index, engineer) in engineers.enumerated() {
      let key = nearDuplicateKey(engineer.id)
      // One hash per person: the insert hands back the first row of the key, put back (the rare case) so later rows
      // are still named against it.
      guard let firstIndex = seen.updateValue(index, forKey: key) else { continue }
      seen[key] = firstIndex
      if case let first = engineers[firstIndex], first.id != engineer.id {
        let difference =
          RosterNames.fold(engineer.id) == RosterNames.fold(first.id)
          ? "only in case, spaces or width" : "only in invisible characters (shown as \\u{…})"
        throw .inconsistent(
          file: file, line: engineer.line,
          reason:
            "engineer_id \"\(TerminalText.escaped(engineer.id))\" differs from \"\(TerminalText.escaped(first.id))\" "
            + "(line \(first.line)) \(difference); rows for one would be paid as the other")
      }
    }
  }

  /// `RosterNames.fold` of the id without its invisible code points (U+200B zero-width space, U+00AD soft hyphen,
  /// U+2060 word joiner, U+FEFF, variation selectors, U+FFF9 and the other format characters, ...; `isInvisible`),
  /// which every font draws as nothing:
  /// `E0\u{200B}4` looks exactly like `E04` in every report. ASCII ids, almost all of them, have none and are
  /// folded as they are.
  static func nearDuplicateKey(_ id: String) -> String {
    guard id.utf8.contains(where: { $0 >= 0x80 }) else { return RosterNames.fold(id) }
    var visible = String.UnicodeScalarView()
    visible.append(contentsOf: id.unicodeScalars.lazy.filter { !$0.isInvisible })
    return RosterNames.fold(String(visible))
  }
}
