extension Roster {
  /// Two engineer ids that differ only in case, surrounding spaces or width (`E04`, `e04`, `E04 `, `Ｅ04`): rows
  /// written for one would be paid to the other, or to nobody.
  ///
  /// - Throws: `InputError.inconsistent` at the later of the two rows.
  static func rejectNearDuplicates(_ engineers: [Engineer], file: String) throws(InputError) {
    // The index of the first row with each key (an `Engineer` per key would be copied at every resize).
    var seen: [String: Int] = [:]
    seen.reserveCapacity(engineers.count)
    for (index, engineer) in engineers.enumerated() {
      let key = RosterNames.fold(engineer.id)
      if let firstIndex = seen[key], case let first = engineers[firstIndex], first.id != engineer.id {
        throw .inconsistent(
          file: file, line: engineer.line,
          reason: "engineer_id \"\(TerminalText.escaped(engineer.id))\" differs from \"\(TerminalText.escaped(first.id))\" "
            + "(line \(first.line)) only in case, spaces or width; rows for one would be paid as the other")
      }
      if seen[key] == nil { seen[key] = index }
    }
  }
}
