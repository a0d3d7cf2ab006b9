extension Roster {
  /// Two engineer ids that differ only in case, surrounding spaces or width (`E04`, `e04`, `E04 `, `Ｅ04`): rows
  /// written for one would be paid to the other, or to nobody.
  ///
  /// - Throws: `InputError.inconsistent` at the later of the two rows.
  static func rejectNearDuplicates(_ engineers: [Engineer], file: String) throws(InputError) {
    var seen: [String: Engineer] = [:]
    for engineer in engineers {
      let key = RosterNames.fold(engineer.id)
      if let first = seen[key], first.id != engineer.id {
        throw .inconsistent(
          file: file, line: engineer.line,
          reason: "engineer_id \"\(TerminalText.escaped(engineer.id))\" differs from \"\(TerminalText.escaped(first.id))\" "
            + "(line \(first.line)) only in case, spaces or width; rows for one would be paid as the other")
      }
      if seen[key] == nil { seen[key] = engineer }
    }
  }
}
